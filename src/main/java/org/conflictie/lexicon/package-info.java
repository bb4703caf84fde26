/**
 * Loaders for the rule and lexicon data files under {@code models/} (trigger words, casualty
 * outcomes, factuality cues, attribution verbs, number words). Each file is tab-separated with a
 * {@code #} comment header; a {@link org.conflictie.lexicon.ModelFiles} reads them from a folder
 * (for experiments) or from the classpath copy bundled in the jar.
 */
package org.conflictie.lexicon;

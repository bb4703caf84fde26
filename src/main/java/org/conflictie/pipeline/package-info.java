/**
 * Pipeline set-up: the CoreNLP pipelines (one for mixed-case text, one with caseless models for
 * all-caps wire copy), built once per JVM from the properties files in {@code models/pipeline/},
 * and {@link org.conflictie.pipeline.DocumentAnnotator}, which annotates one document with a time
 * limit and never hands on a half-annotated document.
 */
package org.conflictie.pipeline;

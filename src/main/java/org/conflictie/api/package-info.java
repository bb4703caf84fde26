/**
 * The Java API for notebooks and programs: build an {@link org.conflictie.api.Extractor} once
 * (it loads about 1 GB of CoreNLP models), then call {@code extract} from any thread.
 */
package org.conflictie.api;

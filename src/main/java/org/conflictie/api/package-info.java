/**
 * The Java API for notebooks and programs: build an {@link org.conflictie.api.Extractor} once
 * (it loads about 1 GB of CoreNLP models), then call {@code extract} from any thread. A
 * {@link org.conflictie.api.BatchRunner} extracts many documents and reports each one to a
 * {@link org.conflictie.api.ProgressListener}; {@link org.conflictie.api.Tables} shows events and
 * reports as Markdown, HTML or text tables (see {@code examples/}).
 */
package org.conflictie.api;

/**
 * Reading and writing format v1: gold folders ({@code <doc_id>.json}), predictions ({@code .jsonl}),
 * the validator and the brat standoff converter. No CoreNLP here.
 */
package org.conflictie.format;

/**
 * Measuring the quote extractor against gold attributions: readers for PolNeAR's BRAT standoff and
 * the project's own gold JSON, a content-overlap scorer, and CoreNLP's quote annotator as a
 * baseline. A measurement, not part of the pipeline: nothing here is used by {@code analyze}.
 */
package org.newsgraph.eval;

package org.newsgraph.pipeline;

/**
 * One step of the analysis: immutable input in, immutable output out. Implementations are stateless
 * or thread-safe; heavy resources are loaded once and passed to the constructor.
 */
@FunctionalInterface
public interface Stage<I, O> {
  O apply(I input);
}

package org.newsgraph.pipeline;

import java.util.function.Supplier;

/**
 * A value made on first use, once, by the supplier it wraps: the analysis pipeline or the NLP
 * models, which take seconds to load and may not be needed at all.
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> make;
  private T value;

  public Lazy(Supplier<T> make) {
    this.make = make;
  }

  @Override
  public synchronized T get() {
    if (value == null) {
      value = make.get();
    }
    return value;
  }
}

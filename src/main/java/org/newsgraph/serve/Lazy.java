package org.newsgraph.serve;

import java.util.function.Supplier;

/** A value made on first use, once, by the supplier it wraps (the analysis pipeline: seconds). */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> make;
  private T value;

  Lazy(Supplier<T> make) {
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

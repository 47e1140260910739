package org.newsgraph.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage and tokens seen, summed over every article and thread. */
public final class StageTimes {
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
  private final LongAdder tokens = new LongAdder();

  StageTimes(String... stages) {
    for (String s : stages) {
      nanos.put(s, new LongAdder());
    }
  }

  void add(String stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  void addTokens(int n) {
    tokens.add(n);
  }

  /** Tokens analyzed so far. */
  public long tokens() {
    return tokens.sum();
  }

  /** Milliseconds per stage, in pipeline order. */
  public Map<String, Long> millis() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
    return out;
  }
}

package org.newsgraph.store.query;

/** How an actor value given by a user matches one side (source, target) of an event row. */
final class ActorMatch {
  private ActorMatch() {}

  /**
   * The condition for {@code side} ("source" or "target"): its code, its country (so {@code RUS}
   * takes in {@code RUSGOV}) or its exact name; three {@code ?} for the same value.
   */
  static String side(String side) {
    String p = "e." + side;
    return p + "_code = ? OR " + p + "_country = ? OR " + p + "_name = ?";
  }
}

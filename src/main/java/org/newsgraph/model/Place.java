package org.newsgraph.model;

import java.util.List;

/** A place the article names, resolved where possible, with all its mentions. */
public record Place(String name, String country, Double lat, Double lon, List<Mention> mentions) {
  public Place {
    mentions = List.copyOf(mentions);
  }
}

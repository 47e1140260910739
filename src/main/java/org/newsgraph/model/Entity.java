package org.newsgraph.model;

import java.util.List;

/**
 * A person, organization or place, with every mention of it in the article merged.
 *
 * @param type PERSON, ORGANIZATION, LOCATION or GROUP
 * @param title the person's office or role as the article gives it, or null
 * @param actor the actor code, or null when the lexicon and context give none
 */
public record Entity(
    String id, String name, String type, String title, Actor actor, List<Mention> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}

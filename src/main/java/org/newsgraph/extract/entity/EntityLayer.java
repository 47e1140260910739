package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;

/**
 * The entities of one article, with lookups by id and by offset for the later extractors. Offsets
 * are UTF-16 indexes into the article text.
 */
public record EntityLayer(List<Entity> entities) {
  public EntityLayer {
    entities = List.copyOf(entities);
  }

  /** The entity with this id, or null. */
  public Entity byId(String id) {
    for (Entity e : entities) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The entity one of whose mentions overlaps [start, end), preferring the mention that covers most
   * of the range; null if none.
   */
  public Entity at(int start, int end) {
    Entity best = null;
    int bestOverlap = 0;
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
        if (overlap > bestOverlap) {
          best = e;
          bestOverlap = overlap;
        }
      }
    }
    return best;
  }

  /**
   * The layer with each mention given to the entity it is mapped to (by id), taken from any other
   * entity that had it: the quote layer's word on who a speaking pronoun is.
   */
  public EntityLayer rebind(Map<Mention, String> mentions) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<Mention> kept = new ArrayList<>();
      for (Mention m : e.mentions()) {
        if (mentions.keySet().stream().noneMatch(b -> b.start() == m.start())) {
          kept.add(m);
        }
      }
      mentions.forEach(
          (m, id) -> {
            if (id.equals(e.id())) {
              kept.add(m);
            }
          });
      kept.sort(Comparator.comparingInt(Mention::start));
      out.add(new Entity(e.id(), e.name(), e.type(), e.title(), e.actor(), kept));
    }
    return new EntityLayer(out);
  }
}

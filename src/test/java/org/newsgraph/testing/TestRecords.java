package org.newsgraph.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Actor;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Location;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;

/**
 * Analysis records built by hand, without CoreNLP, for tests of the store's read side: a text, then
 * the entities, quotations and events it holds, each located by the words it quotes.
 */
public final class TestRecords {
  private final String text;
  private final String title;
  private final String publisher;
  private final String published;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  private TestRecords(String title, String publisher, String published, String text) {
    this.title = title;
    this.publisher = publisher;
    this.published = published;
    this.text = text;
  }

  /** An article to fill. */
  public static TestRecords article(String title, String publisher, String published, String text) {
    return new TestRecords(title, publisher, published, text);
  }

  /** The mention of the first occurrence of {@code words} in the text. */
  public Mention at(String words) {
    int i = text.indexOf(words);
    if (i < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in the text");
    }
    return Mention.of(text, i, i + words.length());
  }

  /** An entity named as in the text; {@code code} like RUSGOV, VEN, or null. */
  public TestRecords entity(String name, String type, String title, String code) {
    entities.add(
        new Entity("E" + (entities.size() + 1), name, type, title, actor(code), List.of(at(name))));
    return this;
  }

  private static Actor actor(String code) {
    if (code == null) {
      return null;
    }
    return Actor.of(code.substring(0, 3), code.length() > 3 ? code.substring(3) : null);
  }

  private Entity entity(String name) {
    return entities.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no entity " + name));
  }

  /** A quotation of the words in the text by the named entity. */
  public TestRecords quote(String kind, String words, String speaker) {
    Mention m = at(words);
    quotes.add(
        new Quote(
            "Q" + (quotes.size() + 1),
            kind,
            words,
            m.start(),
            m.end(),
            new EntityRef(entity(speaker).id(), speaker),
            "said",
            null));
    return this;
  }

  /** An event read from {@code evidence}; source and target are entity names or null. */
  public TestRecords event(
      String type,
      String cameo,
      String source,
      String target,
      String date,
      Location place,
      String evidence,
      int mentions) {
    Mention ev = at(evidence);
    List<Mention> all = new ArrayList<>();
    for (int i = 0; i < mentions; i++) {
      all.add(ev);
    }
    events.add(
        new Event(
            "V" + (events.size() + 1),
            type,
            null,
            cameo,
            side(source),
            side(target),
            date,
            "text",
            place,
            false,
            false,
            ev,
            ev,
            0.8,
            quadClass(type),
            -2.0,
            null,
            all));
    return this;
  }

  private EventActor side(String name) {
    if (name == null) {
      return null;
    }
    Entity e = entity(name);
    return new EventActor(e.id(), e.name(), e.actor());
  }

  private static String quadClass(String type) {
    return switch (type) {
      case "AGREE", "CONSULT", "SUPPORT", "CONCEDE" -> "VERBAL_COOPERATION";
      case "ACCUSE", "REJECT", "THREATEN", "REQUEST" -> "VERBAL_CONFLICT";
      case "COOPERATE", "AID", "RETREAT" -> "MATERIAL_COOPERATION";
      default -> "MATERIAL_CONFLICT";
    };
  }

  /** The record; its id is made from the text, as the cleaner's SHA-256 would be unique. */
  public AnalysisRecord build() {
    String id = String.format(Locale.ROOT, "%064x", (long) text.hashCode() & 0xffffffffL);
    Article a =
        new Article(
            id,
            "https://news.example/" + id.substring(56),
            title,
            publisher,
            published,
            "given",
            "en",
            text,
            List.of(),
            List.of(),
            List.of());
    return new AnalysisRecord(
        AnalysisRecord.SCHEMA, a, entities, quotes, events, List.of(), List.of());
  }
}

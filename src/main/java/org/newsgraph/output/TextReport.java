package org.newsgraph.output;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Actor;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Embed;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removed;

/**
 * A readable report for a person: who said what, who did what to whom, when and where, each with
 * the words it was read from.
 */
public final class TextReport {
  private static final int WIDTH = 100;

  private TextReport() {}

  /** The report for one record. */
  public static String render(AnalysisRecord r) {
    StringBuilder out = new StringBuilder();
    Map<String, Entity> byId = new HashMap<>();
    r.entities().forEach(e -> byId.put(e.id(), e));
    header(out, r.article());
    quotes(out, r.quotes(), byId, r.article().text());
    events(out, r.events());
    entities(out, r.entities());
    dates(out, r.dates());
    cleaning(out, r.article());
    return out.toString();
  }

  private static void header(StringBuilder out, Article a) {
    out.append(a.title() == null ? "(untitled)" : a.title()).append('\n');
    StringBuilder meta = new StringBuilder();
    if (a.publisher() != null) {
      meta.append(a.publisher()).append(" · ");
    }
    meta.append(
        a.published() == null ? "date unknown" : a.published() + " (" + a.publishedSource() + ")");
    if (a.url() != null) {
      meta.append(" · ").append(a.url());
    }
    out.append(meta).append('\n');
    out.append("id ").append(a.id(), 0, Math.min(16, a.id().length())).append('\n');
  }

  private static void quotes(
      StringBuilder out, List<Quote> quotes, Map<String, Entity> byId, String text) {
    section(out, "Who said what", quotes.size());
    for (Quote q : quotes) {
      out.append("  ").append(who(q.speaker(), byId));
      out.append(' ').append(q.cue() == null ? "said" : q.cue());
      if (q.via() != null) {
        out.append(" (via ").append(q.via().name()).append(')');
      }
      out.append("  [").append(q.kind()).append("]\n");
      out.append(wrap("“" + q.text() + "”", "      ")).append('\n');
    }
  }

  private static String who(EntityRef ref, Map<String, Entity> byId) {
    if (ref == null) {
      return "(unknown)";
    }
    Entity e = ref.entity() == null ? null : byId.get(ref.entity());
    if (e == null) {
      return ref.name();
    }
    StringBuilder s = new StringBuilder(e.name());
    String detail = join(e.title(), e.actor() == null ? null : e.actor().code());
    if (detail != null) {
      s.append(" (").append(detail).append(')');
    }
    return s.toString();
  }

  private static void events(StringBuilder out, List<Event> events) {
    section(out, "Who did what to whom", events.size());
    for (Event e : events) {
      out.append("  ").append(e.date() == null ? "????-??-??" : e.date());
      if ("published".equals(e.dateSource())) {
        out.append('*');
      }
      out.append("  ").append(e.type());
      if (e.mode() != null) {
        out.append('/').append(e.mode());
      }
      if (e.cameo() != null) {
        out.append(" (CAMEO ").append(e.cameo()).append(')');
      }
      out.append("  ").append(actor(e.source())).append(" → ").append(actor(e.target()));
      if (e.location() != null) {
        out.append("  in ").append(e.location().name());
        if (e.location().country() != null && !e.location().country().equals(e.location().name())) {
          out.append(" (").append(e.location().country()).append(')');
        }
      }
      if (e.negated()) {
        out.append("  NEGATED");
      }
      if (e.hypothetical()) {
        out.append("  HYPOTHETICAL");
      }
      out.append('\n');
      if (e.evidence() != null) {
        out.append(wrap("from: " + e.evidence().text(), "      ")).append('\n');
      }
    }
    if (events.stream().anyMatch(e -> "published".equals(e.dateSource()))) {
      out.append("  * date of publication; the article does not date the action\n");
    }
  }

  private static String actor(EventActor a) {
    if (a == null) {
      return "—";
    }
    Actor code = a.actor();
    return code == null ? a.name() : a.name() + " [" + code.code() + "]";
  }

  private static void entities(StringBuilder out, List<Entity> entities) {
    section(out, "Entities", entities.size());
    for (Entity e : entities) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-28s %-12s %-8s %s%n",
              e.name(),
              e.type(),
              e.actor() == null ? "" : e.actor().code(),
              join(
                  e.title(),
                  e.mentions().size() + " mention" + (e.mentions().size() == 1 ? "" : "s"))));
    }
  }

  private static void dates(StringBuilder out, List<DateMention> dates) {
    section(out, "When", dates.size());
    for (DateMention d : dates) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-28s %s%s%n",
              "“" + d.text() + "”",
              d.value() == null ? "(unresolved)" : d.value(),
              "on".equals(d.relation()) || d.relation() == null ? "" : "  (" + d.relation() + ")"));
    }
  }

  private static void cleaning(StringBuilder out, Article a) {
    if (a.removed().isEmpty() && a.embeds().isEmpty()) {
      return;
    }
    section(out, "Removed in cleaning", a.removed().size());
    for (Removed r : a.removed()) {
      out.append("  [").append(r.kind()).append("] ").append(r.text().strip()).append('\n');
    }
    for (Embed e : a.embeds()) {
      out.append("  embed: ").append(e.platform()).append(' ').append(e.author());
      if (e.handle() != null) {
        out.append(" (").append(e.handle()).append(')');
      }
      if (e.date() != null) {
        out.append(' ').append(e.date());
      }
      out.append('\n');
    }
  }

  private static void section(StringBuilder out, String title, int count) {
    out.append('\n').append(title).append(" (").append(count).append(")\n");
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + ", " + b;
  }

  /** Wraps text at the report width, every line indented. */
  static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder(indent);
    int col = indent.length();
    for (String word : text.replace('\n', ' ').split(" +")) {
      if (col + word.length() > WIDTH && col > indent.length()) {
        out.append('\n').append(indent);
        col = indent.length();
      } else if (col > indent.length()) {
        out.append(' ');
        col++;
      }
      out.append(word);
      col += word.length();
    }
    return out.toString();
  }
}

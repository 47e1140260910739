package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;

/**
 * Writes an article's events as rows, each a mention of a stored-once event: its {@code cluster} is
 * the {@code article:id} of the first stored mention with the same identity, else its own.
 *
 * <p>Identity: the same PLOVER type, the same source and target actor codes, the same date (or both
 * undated), and the same polarity (negated, hypothetical: "did not attack" is not "attacked").
 * Within one story (near-duplicate group) that is enough. Across stories it also needs both actor
 * codes and a whole day: GDELT merges by dyad, type and day too, but an event with an unknown actor
 * or no day ("police clashed with protesters") would then merge unrelated happenings. See
 * docs/store.md.
 */
final class EventClusters {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  static final String[] SCHEMA = {
    "CREATE INDEX IF NOT EXISTS events_cluster ON events(cluster)",
    "CREATE INDEX IF NOT EXISTS events_identity"
        + " ON events(type, source_code, target_code, date)",
    // One row a stored-once event: its first mention's columns and GDELT's three counts, computed
    // for the rows a query keeps (correlated subqueries on the cluster index), not for all.
    """
    CREATE VIEW IF NOT EXISTS event_summary AS
    SELECT e.*,
      (SELECT sum(m.mentions) FROM events m WHERE m.cluster = e.cluster) AS num_mentions,
      (SELECT count(DISTINCT m.article) FROM events m WHERE m.cluster = e.cluster) AS num_articles,
      (SELECT count(DISTINCT coalesce(a.publisher, a.id)) FROM events m
         JOIN articles a ON a.id = m.article WHERE m.cluster = e.cluster) AS num_sources
    FROM events e WHERE e.cluster = e.article || ':' || e.id""",
  };

  private static final String SAME =
      " e.type = ? AND e.source_code IS ? AND e.target_code IS ? AND e.date IS ?"
          + " AND e.negated = ? AND e.hypothetical = ? LIMIT 1";

  /** A strong identity: any stored row with it, found on the identity index. */
  private static final String FIND_ANYWHERE = "SELECT e.cluster FROM events e WHERE" + SAME;

  /**
   * A weak identity: a row of an article of the same story. CROSS JOIN makes SQLite walk the
   * story's few articles first; the identity index alone would walk every undated, actor-less event
   * of the type (thousands at 10,000 articles).
   */
  private static final String FIND_IN_STORY =
      "SELECT e.cluster FROM articles a CROSS JOIN events e ON e.article = a.id"
          + " WHERE a.story = ? AND"
          + SAME;

  private static final String INSERT =
      "INSERT INTO events (article, id, type, mode, cameo, quad_class, goldstein,"
          + " source_name, source_code, source_country, source_sector,"
          + " target_name, target_code, target_country, target_sector,"
          + " date, place, place_country, negated, hypothetical, evidence, cluster, mentions,"
          + " place_lat, place_lon, evidence_start, evidence_end)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?)";

  private EventClusters() {}

  /** Stores the events of an article of this story, one row each, in clusters. */
  static void insert(Connection db, String article, String story, List<Event> events)
      throws SQLException {
    try (PreparedStatement anywhere = db.prepareStatement(FIND_ANYWHERE);
        PreparedStatement inStory = db.prepareStatement(FIND_IN_STORY);
        PreparedStatement insert = db.prepareStatement(INSERT)) {
      for (Event e : events) {
        String cluster = find(anywhere, inStory, e, story);
        List<Object> v = new ArrayList<>(List.of(article, e.id(), e.type()));
        v.add(e.mode());
        v.add(e.cameo());
        v.add(e.quadClass());
        v.add(e.goldstein());
        addActor(v, e.source());
        addActor(v, e.target());
        v.add(e.date());
        v.add(e.location() == null ? null : e.location().name());
        v.add(e.location() == null ? null : e.location().country());
        v.add(e.negated() ? 1 : 0);
        v.add(e.hypothetical() ? 1 : 0);
        v.add(e.evidence() == null ? null : e.evidence().text());
        v.add(cluster != null ? cluster : article + ":" + e.id());
        v.add(Math.max(1, e.mentions().size()));
        v.addAll(ReadColumns.values(e));
        for (int i = 0; i < v.size(); i++) {
          insert.setObject(i + 1, v.get(i));
        }
        // One at a time: a later event of the same article may join an earlier one's cluster.
        insert.executeUpdate();
      }
    }
  }

  /** The cluster a stored event with the same identity is in, or null. */
  private static String find(
      PreparedStatement anywhere, PreparedStatement inStory, Event e, String story)
      throws SQLException {
    String source = code(e.source());
    String target = code(e.target());
    boolean strong =
        source != null && target != null && e.date() != null && DAY.matcher(e.date()).matches();
    List<Object> values = new ArrayList<>();
    PreparedStatement p = strong ? anywhere : inStory;
    if (!strong) {
      values.add(story);
    }
    values.addAll(
        Arrays.asList(
            e.type(), source, target, e.date(), e.negated() ? 1 : 0, e.hypothetical() ? 1 : 0));
    for (int i = 0; i < values.size(); i++) {
      p.setObject(i + 1, values.get(i));
    }
    try (ResultSet r = p.executeQuery()) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private static String code(EventActor actor) {
    return actor == null || actor.actor() == null ? null : actor.actor().code();
  }

  private static void addActor(List<Object> v, EventActor actor) {
    var code = actor == null ? null : actor.actor();
    v.add(actor == null ? null : actor.name());
    v.add(code == null ? null : code.code());
    v.add(code == null ? null : code.country());
    v.add(code == null ? null : code.sector());
  }
}

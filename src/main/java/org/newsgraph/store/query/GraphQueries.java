package org.newsgraph.store.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregates for maps and graphs: the actor network and the places of events. */
public final class GraphQueries {
  /** Edges and places returned at most, the heaviest first: 500. */
  public static final int MAX_ITEMS = 500;

  private final ReadDb db;

  public GraphQueries(ReadDb db) {
    this.db = db;
  }

  /** The network of the events the filter takes; edges lighter than {@code min} are left out. */
  public Network network(EventFilter filter, int min) {
    Where w = filter.where().and("e.source_code IS NOT NULL AND e.target_code IS NOT NULL");
    List<Object> params = new ArrayList<>(w.params());
    params.add(min);
    String sql =
        "SELECT e.source_code, max(e.source_country), max(e.source_sector), e.target_code,"
            + " max(e.target_country), max(e.target_sector), e.type, count(*) AS weight"
            + " FROM "
            + EventCounts.EVENTS
            + " e"
            + w.sql()
            + " GROUP BY e.source_code, e.target_code, e.type HAVING count(*) >= ?"
            + " ORDER BY weight DESC, 1, 4, 7 LIMIT "
            + MAX_ITEMS;
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    List<Network.Edge> edges =
        db.read(
            c ->
                Rows.list(
                    c,
                    sql,
                    params,
                    r -> {
                      var edge =
                          new Network.Edge(
                              r.getString(1), r.getString(4), r.getString(7), r.getLong(8));
                      labels.putIfAbsent(
                          edge.source(),
                          CountryNames.label(edge.source(), r.getString(2), r.getString(3)));
                      labels.putIfAbsent(
                          edge.target(),
                          CountryNames.label(edge.target(), r.getString(5), r.getString(6)));
                      counts.merge(edge.source(), edge.weight(), Long::sum);
                      if (!edge.target().equals(edge.source())) {
                        counts.merge(edge.target(), edge.weight(), Long::sum);
                      }
                      return edge;
                    }));
    List<Network.Node> nodes = new ArrayList<>();
    labels.forEach((id, label) -> nodes.add(new Network.Node(id, label, counts.get(id))));
    return new Network(nodes, edges);
  }

  /** The places of the events the filter takes, most events first. */
  public List<PlaceCount> places(EventFilter filter) {
    Where w = filter.where().and("e.place IS NOT NULL");
    String sql =
        "SELECT e.place, e.place_country, avg(e.place_lat) AS lat, avg(e.place_lon) AS lon, count(*)"
            + " FROM "
            + EventCounts.EVENTS
            + " e"
            + w.sql()
            + " GROUP BY e.place, e.place_country ORDER BY count(*) DESC, 1 LIMIT "
            + MAX_ITEMS;
    return db.read(
        c ->
            Rows.list(
                c,
                sql,
                w.params(),
                r ->
                    new PlaceCount(
                        r.getString(1),
                        r.getString(2),
                        Rows.optDouble(r, "lat"),
                        Rows.optDouble(r, "lon"),
                        r.getLong(5))));
  }
}

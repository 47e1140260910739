package org.newsgraph.store.query;

import java.util.List;

/** Who acts on whom: actor codes as nodes, events between them as weighted edges by type. */
public record Network(List<Node> nodes, List<Edge> edges) {
  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * An actor code.
   *
   * @param label the country's name and the sector: "Russia (GOV)"
   * @param events events it is on either side of, among the edges
   */
  public record Node(String id, String label, long events) {}

  /** Events of one type from one actor code to another. */
  public record Edge(String source, String target, String type, long weight) {}
}

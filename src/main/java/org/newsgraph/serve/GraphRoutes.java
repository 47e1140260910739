package org.newsgraph.serve;

import io.javalin.Javalin;
import java.util.Map;
import org.newsgraph.store.query.GraphQueries;

/** GET /api/network and /api/places: who acts on whom, and where. */
final class GraphRoutes implements Routes {
  private final GraphQueries graphs;

  GraphRoutes(GraphQueries graphs) {
    this.graphs = graphs;
  }

  @Override
  public void register(Javalin app) {
    app.get(
        "/api/network",
        ctx ->
            ctx.json(
                graphs.network(
                    Filters.events(ctx),
                    Params.integer(ctx, "min", 1, 1, Integer.MAX_VALUE, "an integer from 1"))));
    app.get("/api/places", ctx -> ctx.json(Map.of("items", graphs.places(Filters.events(ctx)))));
  }
}

package org.newsgraph.serve;

import io.javalin.Javalin;
import org.newsgraph.store.query.EventQueries;

/** GET /api/events: events by type, actor, place and date. */
final class EventRoutes implements Routes {
  private final EventQueries events;

  EventRoutes(EventQueries events) {
    this.events = events;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/events", ctx -> ctx.json(events.list(Filters.events(ctx), Params.page(ctx))));
  }
}

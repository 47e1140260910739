package org.newsgraph.serve;

import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.store.query.CountQueries;
import org.newsgraph.store.query.Interval;

/** GET /api/counts: events by period and type. */
final class CountRoutes implements Routes {
  private final CountQueries counts;

  CountRoutes(CountQueries counts) {
    this.counts = counts;
  }

  @Override
  public void register(Javalin app) {
    app.get(
        "/api/counts",
        ctx -> {
          String name = Params.text(ctx, "interval");
          Interval interval;
          try {
            interval = name == null ? Interval.MONTH : Interval.parse(name);
          } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
          }
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("interval", interval.label());
          body.put("series", counts.counts(interval, Filters.events(ctx)));
          ctx.json(body);
        });
  }
}

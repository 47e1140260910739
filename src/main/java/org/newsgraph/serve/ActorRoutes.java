package org.newsgraph.serve;

import io.javalin.Javalin;
import io.javalin.http.NotFoundResponse;
import org.newsgraph.store.query.ActorQueries;

/** GET /api/actors and /api/actors/{key}: actor codes, and one actor's profile. */
final class ActorRoutes implements Routes {
  private final ActorQueries actors;

  ActorRoutes(ActorQueries actors) {
    this.actors = actors;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/actors", ctx -> ctx.json(actors.list(Params.text(ctx, "q"), Params.page(ctx))));
    app.get(
        "/api/actors/{key}",
        ctx -> {
          String key = ctx.pathParam("key");
          ctx.json(
              actors
                  .profile(key, Params.page(ctx))
                  .orElseThrow(() -> new NotFoundResponse("no actor code or name '" + key + "'")));
        });
  }
}

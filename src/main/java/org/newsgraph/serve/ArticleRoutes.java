package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.newsgraph.store.query.ArticleFilter;
import org.newsgraph.store.query.ArticleQueries;

/**
 * /api/articles: GET lists and searches, GET /{id} gives the analysis record, POST (with the token)
 * analyzes and stores articles.
 */
final class ArticleRoutes implements Routes {
  private final ArticleQueries articles;
  private final ArticleIntake intake;
  private final TokenGuard guard;
  private final ObjectMapper json;

  ArticleRoutes(
      ArticleQueries articles, ArticleIntake intake, TokenGuard guard, ObjectMapper json) {
    this.articles = articles;
    this.intake = intake;
    this.guard = guard;
    this.json = json;
  }

  @Override
  public void register(Javalin app) {
    app.get(
        "/api/articles",
        ctx ->
            ctx.json(
                articles.list(
                    new ArticleFilter(
                        Params.text(ctx, "q"), Params.dates(ctx), Params.text(ctx, "publisher")),
                    Params.page(ctx))));
    app.get(
        "/api/articles/{id}",
        ctx -> {
          String id = ctx.pathParam("id");
          var stored =
              articles
                  .get(id)
                  .orElseThrow(() -> new NotFoundResponse("no article with id '" + id + "'"));
          ObjectNode record = (ObjectNode) json.readTree(stored.recordJson());
          record.put("story", stored.story());
          ctx.contentType("application/json").result(json.writeValueAsString(record));
        });
    app.post(
        "/api/articles",
        ctx -> {
          guard.check(ctx);
          ctx.status(HttpStatus.CREATED).json(intake.take(ctx.body()));
        });
  }
}

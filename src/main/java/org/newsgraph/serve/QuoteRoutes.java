package org.newsgraph.serve;

import io.javalin.Javalin;
import org.newsgraph.store.query.QuoteQueries;

/** GET /api/quotes: quotations by speaker, words and date. */
final class QuoteRoutes implements Routes {
  private final QuoteQueries quotes;

  QuoteRoutes(QuoteQueries quotes) {
    this.quotes = quotes;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/quotes", ctx -> ctx.json(quotes.list(Filters.quotes(ctx), Params.page(ctx))));
  }
}

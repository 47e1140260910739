package org.newsgraph.serve;

import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.store.query.ArticleFilter;
import org.newsgraph.store.query.ArticleQueries;
import org.newsgraph.store.query.DateRange;
import org.newsgraph.store.query.EventFilter;
import org.newsgraph.store.query.EventQueries;
import org.newsgraph.store.query.PageRequest;
import org.newsgraph.store.query.QuoteFilter;
import org.newsgraph.store.query.QuoteQueries;

/** GET /api/search?q=: articles, quotations and events with the words, one page of each. */
final class SearchRoutes implements Routes {
  private final ArticleQueries articles;
  private final QuoteQueries quotes;
  private final EventQueries events;

  SearchRoutes(ArticleQueries articles, QuoteQueries quotes, EventQueries events) {
    this.articles = articles;
    this.quotes = quotes;
    this.events = events;
  }

  @Override
  public void register(Javalin app) {
    app.get(
        "/api/search",
        ctx -> {
          String q = Params.required(ctx, "q");
          DateRange dates = Params.dates(ctx);
          PageRequest page = Params.page(ctx);
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("articles", articles.list(new ArticleFilter(q, dates, null), page));
          body.put("quotes", quotes.list(new QuoteFilter(null, null, q, dates, null, null), page));
          body.put(
              "events",
              events.list(
                  new EventFilter(null, null, null, null, null, null, dates, q, null), page));
          ctx.json(body);
        });
  }
}

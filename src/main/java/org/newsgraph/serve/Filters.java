package org.newsgraph.serve;

import io.javalin.http.Context;
import org.newsgraph.store.query.EventFilter;
import org.newsgraph.store.query.QuoteFilter;

/** The filter records built from a request's query parameters. */
final class Filters {
  private Filters() {}

  /** type, actor, source, target, country, place, from, to, q. */
  static EventFilter events(Context ctx) {
    return new EventFilter(
        Params.text(ctx, "type"),
        Params.text(ctx, "actor"),
        Params.text(ctx, "source"),
        Params.text(ctx, "target"),
        Params.text(ctx, "country"),
        Params.text(ctx, "place"),
        Params.dates(ctx),
        Params.text(ctx, "q"),
        null);
  }

  /** speaker, actor (the speaker's code), about, q, from, to. */
  static QuoteFilter quotes(Context ctx) {
    return new QuoteFilter(
        Params.text(ctx, "speaker"),
        Params.text(ctx, "actor"),
        Params.text(ctx, "q"),
        Params.dates(ctx),
        Params.text(ctx, "about"),
        null);
  }
}

package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsgraph.ingest.FeedFollower;
import org.newsgraph.ingest.IngestLimits;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.output.RecordJson;
import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.pipeline.Lazy;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.query.ActorQueries;
import org.newsgraph.store.query.ArticleQueries;
import org.newsgraph.store.query.CountQueries;
import org.newsgraph.store.query.EventQueries;
import org.newsgraph.store.query.GraphQueries;
import org.newsgraph.store.query.QuoteQueries;
import org.newsgraph.store.query.ReadDb;

/**
 * The HTTP API over one store (the contract: API-CONTRACT.md; docs/api.md): JSON, paged lists,
 * errors as {@code {"error": "..."}} naming the bad parameter, the security headers on every
 * response. Reads go through read-only connections, so an {@code ingest} into the same store from
 * another process runs alongside; posted articles are written through the store's own connection.
 *
 * <p>{@code plugins} configure the app before routes are added: the web UI registers its static
 * files this way.
 */
public final class ApiServer implements AutoCloseable {
  /** The largest request body accepted, in bytes: 16 MB (a batch of posted articles). */
  public static final long MAX_REQUEST_BYTES = 16L * 1024 * 1024;

  private final SqliteArticleStore store;
  private final ReadDb reads;
  private final Javalin app;
  private final FeedRoutes feeds;
  private final ArticleIntake intake;

  /**
   * An API over the store in {@code dataDir}, not started yet.
   *
   * @param token the bearer token writes need; null or blank: writes are refused
   * @param pipeline makes the analysis pipeline, called on the first posted article
   * @param plugins configure the app before the API's routes are added (the web UI's files)
   */
  public ApiServer(
      Path dataDir,
      String token,
      Supplier<AnalysisPipeline> pipeline,
      List<Consumer<JavalinConfig>> plugins) {
    this(dataDir, token, pipeline, plugins, IngestLimits.DEFAULTS);
  }

  /** The same, with a bound on each posted article's analysis time. */
  public ApiServer(
      Path dataDir,
      String token,
      Supplier<AnalysisPipeline> pipeline,
      List<Consumer<JavalinConfig>> plugins,
      IngestLimits limits) {
    this.store = SqliteArticleStore.open(dataDir);
    try {
      this.reads = ReadDb.open(dataDir);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    ObjectMapper json = RecordJson.mapper().copy();
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.jsonMapper(new JavalinJackson(json, false));
              plugins.forEach(p -> p.accept(config));
            });
    app.before(SecurityHeaders::apply);
    app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(
        StoreException.class, (e, ctx) -> error(ctx, 500, "the store failed: " + e.getMessage()));
    // Anything else is a defect: a JSON 500 naming its kind, never a stack trace to the client.
    app.exception(
        Exception.class,
        (e, ctx) -> error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + ")"));
    app.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
          }
        });
    Supplier<AnalysisPipeline> sharedPipeline = new Lazy<>(pipeline);
    TokenGuard guard = new TokenGuard(token);
    this.feeds =
        new FeedRoutes(
            () ->
                new FeedFollower(
                    new Ingester(sharedPipeline.get(), store, 1, limits), step -> {}, poll -> {}),
            guard,
            json);
    this.intake = new ArticleIntake(store, sharedPipeline, limits, json);
    var articles = new ArticleQueries(reads);
    var quotes = new QuoteQueries(reads);
    var events = new EventQueries(reads);
    List<Routes> routes =
        List.of(
            new OpenApiRoute(),
            new SearchRoutes(articles, quotes, events),
            new ArticleRoutes(articles, intake, guard, json),
            feeds,
            new QuoteRoutes(quotes),
            new EventRoutes(events),
            new ActorRoutes(new ActorQueries(reads)),
            new CountRoutes(new CountQueries(reads)),
            new GraphRoutes(new GraphQueries(reads)));
    routes.forEach(r -> r.register(app));
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }

  /** Starts serving on the host and port (0: any free port); returns this. */
  public ApiServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  /** The port served on, once started. */
  public int port() {
    return app.port();
  }

  /** Every route, as "METHOD /path" ({@code GET /api/events}), for checks against the docs. */
  public List<String> routes() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .filter(h -> h.getEndpoint().getMethod().isHttpMethod())
        .map(h -> h.getEndpoint().getMethod().name() + " " + h.getEndpoint().getPath())
        .toList();
  }

  /** Stops serving and closes the store. */
  @Override
  public void close() {
    try {
      app.stop();
      feeds.close();
      intake.close();
    } finally {
      reads.close();
      store.close();
    }
  }
}

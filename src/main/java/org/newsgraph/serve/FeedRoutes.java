package org.newsgraph.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsgraph.ingest.FeedFollower;

/**
 * /api/feeds: POST (with the token) follows a feed while the server runs, GET lists the followed
 * feeds with their last poll. The follower (and with it the pipeline) is made on the first POST.
 */
final class FeedRoutes implements Routes, AutoCloseable {
  private final Supplier<FeedFollower> factory;
  private final TokenGuard guard;
  private final ObjectMapper json;
  private FeedFollower follower;

  FeedRoutes(Supplier<FeedFollower> factory, TokenGuard guard, ObjectMapper json) {
    this.factory = factory;
    this.guard = guard;
    this.json = json;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/feeds", ctx -> ctx.json(Map.of("items", feeds())));
    app.post(
        "/api/feeds",
        ctx -> {
          guard.check(ctx);
          JsonNode body = body(ctx.body());
          URI url = url(body.path("url").asText(null));
          JsonNode seconds = body.path("interval");
          Duration interval = FeedFollower.DEFAULT_INTERVAL;
          if (!seconds.isMissingNode() && !seconds.isNull()) {
            if (!seconds.canConvertToLong()) {
              throw new BadRequest("interval must be a number of seconds, got " + seconds);
            }
            interval = Duration.ofSeconds(seconds.asLong());
          }
          try {
            ctx.status(HttpStatus.CREATED).json(follower().follow(url, interval));
          } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
          }
        });
  }

  private JsonNode body(String text) {
    try {
      JsonNode node = json.readTree(text);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JsonProcessingException e) {
      // Reported below.
    }
    throw new BadRequest("the body must be a JSON object {\"url\": ..., \"interval\": seconds}");
  }

  private static URI url(String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequest("url is required");
    }
    try {
      return new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new BadRequest("url is not a URL: " + e.getMessage());
    }
  }

  private synchronized List<FeedFollower.Feed> feeds() {
    return follower == null ? List.of() : follower.feeds();
  }

  private synchronized FeedFollower follower() {
    if (follower == null) {
      follower = factory.get();
    }
    return follower;
  }

  @Override
  public synchronized void close() {
    if (follower != null) {
      follower.close();
    }
  }
}

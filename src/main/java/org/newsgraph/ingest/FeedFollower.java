package org.newsgraph.ingest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Follows feed URLs: polls each at its interval, with a conditional GET (the last response's {@code
 * ETag} and {@code Last-Modified} sent back, so an unchanged feed costs a 304), and ingests the
 * items that are new. Polls run one at a time on one background thread, the first right away; the
 * next poll of a feed starts its interval after the last one ended. What is stored survives a
 * restart (the store skips what it holds); the validators do not, so the first poll after a restart
 * reads the whole feed, and items whose link is stored are skipped without fetching their page.
 */
public final class FeedFollower implements AutoCloseable {
  /** The interval when none is given: 15 minutes. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

  /** The shortest interval allowed: one minute, so a feed's server is not hammered. */
  public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

  /**
   * One followed feed, as it stands.
   *
   * @param lastPoll when the last poll ended (ISO 8601 UTC), null before the first
   * @param lastResult what it did ("3 new, 17 already stored, 0 failed", "not modified"), or why it
   *     failed
   * @param stored articles stored from this feed since it was followed
   */
  public record Feed(
      String url,
      long intervalSeconds,
      String lastPoll,
      String lastResult,
      long stored,
      long polls) {}

  /** One poll of one feed, for progress: what it ingested. */
  public record Poll(URI url, IngestReport report) {}

  private final Ingester ingester;
  private final Consumer<Ingester.Step> steps;
  private final Consumer<Poll> polls;
  private final Duration minInterval;
  private final ScheduledExecutorService scheduler;
  private final Map<URI, State> feeds = new LinkedHashMap<>();

  /**
   * A follower storing through {@code ingester}, telling {@code steps} of each document (errors
   * included) and {@code polls} of each poll.
   */
  public FeedFollower(Ingester ingester, Consumer<Ingester.Step> steps, Consumer<Poll> polls) {
    this(ingester, steps, polls, MIN_INTERVAL);
  }

  /** For tests: a follower allowing intervals down to {@code minInterval}. */
  FeedFollower(
      Ingester ingester,
      Consumer<Ingester.Step> steps,
      Consumer<Poll> polls,
      Duration minInterval) {
    this.ingester = Objects.requireNonNull(ingester, "ingester");
    this.steps = Objects.requireNonNull(steps, "steps");
    this.polls = Objects.requireNonNull(polls, "polls");
    this.minInterval = minInterval;
    ScheduledThreadPoolExecutor s =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "newsgraph-feeds");
              t.setDaemon(true);
              return t;
            });
    s.setRemoveOnCancelPolicy(true);
    this.scheduler = s;
  }

  /**
   * Starts following a feed (http or https); following one already followed changes its interval.
   *
   * @throws IllegalArgumentException naming the URL or the interval when either is unusable
   */
  public synchronized Feed follow(URI url, Duration interval) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new IllegalArgumentException(url + ": not an http(s) URL");
    }
    if (interval.compareTo(minInterval) < 0) {
      throw new IllegalArgumentException(
          "interval must be at least " + minInterval.toSeconds() + " s, got " + interval);
    }
    State old = feeds.remove(url);
    if (old != null) {
      old.task.cancel(false);
    }
    State state = new State(url, interval);
    if (old != null) {
      state.validators = old.validators;
      state.stored = old.stored;
      state.polls = old.polls;
    }
    feeds.put(url, state);
    state.task =
        scheduler.scheduleWithFixedDelay(
            () -> poll(state),
            old == null ? 0 : interval.toMillis(),
            interval.toMillis(),
            TimeUnit.MILLISECONDS);
    return state.snapshot();
  }

  /** Stops following a feed; false when it was not followed. */
  public synchronized boolean unfollow(URI url) {
    State state = feeds.remove(url);
    if (state != null) {
      state.task.cancel(false);
    }
    return state != null;
  }

  /** The followed feeds, in the order they were followed. */
  public synchronized List<Feed> feeds() {
    List<Feed> out = new ArrayList<>();
    for (State s : feeds.values()) {
      out.add(s.snapshot());
    }
    return out;
  }

  private void poll(State state) {
    Ingester.Polled polled;
    try {
      polled = ingester.ingestUrl(state.url, state.validators, steps);
    } catch (RuntimeException e) {
      // A store failure must not end the schedule: the next poll tries again.
      synchronized (this) {
        state.polls++;
        state.lastPoll = Instant.now().toString();
        state.lastResult = "failed: " + e.getMessage();
      }
      return;
    }
    IngestReport report = polled.report();
    synchronized (this) {
      state.validators = polled.validators();
      state.polls++;
      state.stored += report.stored();
      state.lastPoll = Instant.now().toString();
      state.lastResult = report.summary();
    }
    polls.accept(new Poll(state.url, report));
  }

  /** Stops every poll; one running is interrupted. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A followed feed's mutable state, guarded by the follower. */
  private static final class State {
    final URI url;
    final Duration interval;
    HttpGet.Validators validators = HttpGet.Validators.NONE;
    ScheduledFuture<?> task;
    String lastPoll;
    String lastResult;
    long stored;
    long polls;

    State(URI url, Duration interval) {
      this.url = url;
      this.interval = interval;
    }

    Feed snapshot() {
      return new Feed(url.toString(), interval.toSeconds(), lastPoll, lastResult, stored, polls);
    }
  }
}

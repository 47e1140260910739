package org.newsgraph.cli;

import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.newsgraph.ingest.IngestLimits;
import org.newsgraph.serve.ApiServer;
import org.newsgraph.serve.WebAssets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: the HTTP API over the store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serves the store as a JSON API (docs/api.md; the OpenAPI document at /openapi.json)"
            + " on 127.0.0.1 unless --host says otherwise, until interrupted.")
final class ServeCommand implements Callable<Integer> {
  /** The environment variable a token may come from instead of --token. */
  static final String TOKEN_ENV = "NEWSGRAPH_TOKEN";

  @Option(names = "--port", paramLabel = "PORT", description = "The port (default: 7777).")
  int port = 7777;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "The address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "The bearer token POST requests must carry (default: $"
              + TOKEN_ENV
              + "); without one, writes are refused.")
  String token;

  @Mixin AnalysisTimeoutOption timeout;

  @Mixin DataOption data;

  @Mixin PipelineOptions pipelineOptions;

  @Spec CommandSpec spec;

  /** What configures the app besides the API; the web UI's static files register here. */
  static List<Consumer<JavalinConfig>> plugins() {
    return new ArrayList<>(List.of(WebAssets::configure));
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, got " + port);
    }
    IngestLimits limits = timeout.limits(spec);
    String writeToken = token != null ? token : System.getenv(TOKEN_ENV);
    ApiServer server =
        new ApiServer(data.dir, writeToken, pipelineOptions::pipeline, plugins(), limits)
            .start(host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "newsgraph-serve-stop"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    System.out.println("newsgraph: serving http://" + shown + ":" + server.port() + "/");
    System.err.println(
        "newsgraph: store "
            + data.dir.toAbsolutePath()
            + "; writes "
            + (writeToken == null || writeToken.isBlank()
                ? "refused (no --token)"
                : "need the token")
            + "; Ctrl-C stops");
    stopped.await();
    return 0;
  }
}

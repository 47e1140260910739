package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document cannot drift from the app: every route is in it and nothing else. */
class OpenApiDocumentTest {
  @TempDir Path dir;

  @Test
  void everyRouteOfTheAppIsDocumentedAndEveryDocumentedRouteExists() {
    try (ApiServer server = new ApiServer(dir, null, () -> null, List.of()).start("127.0.0.1", 0)) {
      Http.Response r = new Http(server.port()).get("/openapi.json");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("application/json");
      JsonNode doc = r.json();
      assertThat(doc.get("openapi").asText()).startsWith("3.0");
      List<String> documented = new ArrayList<>();
      doc.get("paths")
          .fields()
          .forEachRemaining(
              p ->
                  p.getValue()
                      .fieldNames()
                      .forEachRemaining(
                          m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
      assertThat(server.routes()).isNotEmpty().containsExactlyInAnyOrderElementsOf(documented);
    }
  }
}

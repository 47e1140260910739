package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.NewsFixture;

/** The read API over real HTTP, on a store holding the three fixture stories. */
class ApiServerTest {
  @TempDir static Path dir;
  static ApiServer server;
  static Http http;

  @BeforeAll
  static void start() {
    NewsFixture.fill(dir);
    server =
        new ApiServer(
                dir,
                "s3cret",
                () -> {
                  throw new AssertionError("no analysis in the read tests");
                },
                List.of())
            .start("127.0.0.1", 0);
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode ok(String path) {
    Http.Response r = http.get(path);
    assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<String> texts(JsonNode items, String field) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.at(field).asText()));
    return out;
  }

  @Test
  void eventsFilterByTypeAndCarryTheirPlaceAndCounts() {
    JsonNode page = ok("/api/events?type=coerce");
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode e = page.get("items").get(0);
    assertThat(e.get("articleTitle").asText()).isEqualTo("Troops seize tanker off La Guaira");
    assertThat(e.at("/source/code").asText()).isEqualTo("VENMIL");
    assertThat(e.at("/place/name").asText()).isEqualTo("La Guaira");
    assertThat(e.at("/place/lat").asDouble()).isEqualTo(10.6);
    assertThat(e.at("/evidence/text").asText()).isEqualTo("Venezuelan troops seized a tanker");
    assertThat(e.get("numMentions").asInt()).isEqualTo(2);
    assertThat(e.get("numArticles").asInt()).isEqualTo(1);
  }

  @Test
  void anActorCountryTakesInItsCodesAndDatesArePrefixes() {
    assertThat(texts(ok("/api/events?actor=RUS").get("items"), "/type"))
        .containsExactlyInAnyOrder("ACCUSE", "AGREE", "SUPPORT");
    assertThat(texts(ok("/api/events?target=VENGOV").get("items"), "/type"))
        .containsExactly("AGREE");
    assertThat(texts(ok("/api/events?from=2025-12&to=2025-12").get("items"), "/type"))
        .containsExactly("COERCE", "ACCUSE");
    assertThat(ok("/api/events?to=2025").get("total").asInt()).isEqualTo(2);
    assertThat(ok("/api/events?place=caracas").get("total").asInt()).isEqualTo(1);
    assertThat(ok("/api/events?country=VEN").get("total").asInt()).isEqualTo(2);
  }

  @Test
  void pagesSplitTheListAndSayTheTotal() {
    JsonNode p2 = ok("/api/events?size=1&page=2");
    assertThat(p2.get("page").asInt()).isEqualTo(2);
    assertThat(p2.get("size").asInt()).isEqualTo(1);
    assertThat(p2.get("total").asInt()).isEqualTo(4);
    assertThat(p2.get("items")).hasSize(1);
    assertThat(ok("/api/events?size=2&page=3").get("items")).isEmpty();
  }

  @Test
  void badParametersAre400WithAMessageNamingThem() {
    assertError("/api/events?size=abc", 400, "size must be an integer from 1 to 200, got 'abc'");
    assertError("/api/quotes?size=500", 400, "size must be an integer from 1 to 200, got '500'");
    assertError("/api/articles?page=0", 400, "page must be an integer from 1, got '0'");
    assertError("/api/events?from=yesterday", 400, "from must be an ISO date");
    assertError("/api/counts?interval=year", 400, "interval must be day, week or month");
    assertError("/api/network?min=x", 400, "min must be an integer from 1");
    assertError("/api/search", 400, "q is required");
  }

  private static void assertError(String path, int status, String message) {
    Http.Response r = http.get(path);
    assertThat(r.status()).as(path).isEqualTo(status);
    assertThat(r.json().get("error").asText()).as(path).startsWith(message);
  }

  @Test
  void articlesSearchHighlightsMatchesAndEscapesTheRest() {
    JsonNode page = ok("/api/articles?q=tanker");
    assertThat(page.get("total").asInt()).isEqualTo(1);
    String snippet = page.at("/items/0/snippet").asText();
    assertThat(snippet).contains("<mark>tanker</mark>").contains("&amp;");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
    // U.S.-style words are FTS5 syntax errors: they are searched as plain words instead.
    assertThat(ok("/api/articles?q=" + Http.enc("\"Shipping &")).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void articlesListLatestFirstByPublisherAndDate() {
    assertThat(texts(ok("/api/articles?publisher=example%20wire").get("items"), "/published"))
        .containsExactly("2026-01-05", "2025-12-10");
    assertThat(texts(ok("/api/articles?from=2025-12-11").get("items"), "/title"))
        .containsExactly(
            "Russia and Venezuela sign energy deal", "Troops seize tanker off La Guaira");
    String opening = ok("/api/articles?publisher=Harbor%20Times").at("/items/0/snippet").asText();
    assertThat(opening).startsWith("CARACAS (Harbor Times)").contains("&lt;Panama&gt;");
  }

  @Test
  void anArticleIsItsAnalysisRecordWithItsStory() {
    String id = NewsFixture.SEIZURE.article().id();
    JsonNode record = ok("/api/articles/" + id);
    assertThat(record.get("schema").asText()).isEqualTo("newsgraph.analysis/1");
    assertThat(record.at("/article/title").asText()).isEqualTo("Troops seize tanker off La Guaira");
    assertThat(record.get("story").asText()).as("an article alone is its own story").isEqualTo(id);
    assertError("/api/articles/feed", 404, "no article with id 'feed'");
  }

  @Test
  void quotesBySpeakerNameCodeAndWords() {
    assertThat(ok("/api/quotes?speaker=lavrov").get("total").asInt()).isEqualTo(2);
    assertThat(ok("/api/quotes?speaker=RUSGOV").get("total").asInt()).isEqualTo(2);
    JsonNode q = ok("/api/quotes?q=lawful").at("/items/0");
    assertThat(q.get("speaker").asText()).isEqualTo("Nicolas Maduro");
    assertThat(q.get("speakerCode").asText()).isEqualTo("VENGOV");
    assertThat(q.get("kind").asText()).isEqualTo("indirect");
    assertThat(ok("/api/quotes?speaker=lavrov&from=2026").get("total").asInt()).isEqualTo(1);
  }

  @Test
  void quotesByAnActorAndAboutOneTakeCodeCountryAndName() {
    assertThat(ok("/api/quotes?actor=RUSGOV").get("total").asInt()).isEqualTo(2);
    assertThat(ok("/api/quotes?actor=RUS").get("total").asInt()).isEqualTo(2);
    assertThat(ok("/api/quotes?actor=Sergei%20Lavrov").get("total").asInt()).isEqualTo(2);
    assertThat(ok("/api/quotes?actor=VENGOV").at("/items/0/text").asText())
        .isEqualTo("the seizure was lawful");
    JsonNode about = ok("/api/quotes?about=VEN");
    assertThat(texts(about.get("items"), "/text"))
        .containsExactly("Moscow would support Venezuela through the winter");
    assertThat(ok("/api/quotes?about=Venezuela").get("total").asInt()).isEqualTo(1);
    assertThat(ok("/api/quotes?about=RUSGOV").get("total").asInt())
        .as("Lavrov's words name no Russian official")
        .isZero();
  }

  @Test
  void searchFindsArticlesQuotesAndEventsAtOnce() {
    JsonNode r = ok("/api/search?q=support");
    assertThat(r.at("/articles/total").asInt()).isEqualTo(1);
    assertThat(r.at("/quotes/total").asInt()).isEqualTo(1);
    assertThat(r.at("/events/items/0/type").asText()).isEqualTo("SUPPORT");
  }

  @Test
  void anActorsProfileGathersItsQuotesEventsAndCounterparts() {
    JsonNode p = ok("/api/actors/RUSGOV");
    assertThat(p.get("country").asText()).isEqualTo("RUS");
    assertThat(p.get("sector").asText()).isEqualTo("GOV");
    assertThat(texts(p.get("names"), "")).containsExactly("Sergei Lavrov");
    assertThat(texts(p.get("titles"), "")).containsExactly("Foreign Minister");
    assertThat(p.at("/quotesBy/total").asInt()).isEqualTo(2);
    assertThat(p.at("/eventsAsSource/total").asInt()).isEqualTo(3);
    assertThat(p.at("/eventsAsTarget/total").asInt()).isZero();
    assertThat(texts(p.get("counterparts"), "/code")).contains("VENGOV", "VENOPP", "VEN");
    assertThat(texts(p.get("countsByMonth"), "/period")).contains("2025-12", "2026-01");
  }

  @Test
  void aProfileByNameAndQuotesAboutAnActor() {
    JsonNode p = ok("/api/actors/Nicolas%20Maduro");
    assertThat(p.get("code").asText()).isEqualTo("VENGOV");
    assertThat(p.at("/eventsAsTarget/items/0/type").asText()).isEqualTo("AGREE");
    assertThat(p.at("/quotesBy/items/0/text").asText()).isEqualTo("the seizure was lawful");
    JsonNode ven = ok("/api/actors/VEN");
    assertThat(ven.at("/quotesAbout/items/0/speaker").asText()).isEqualTo("Sergei Lavrov");
    assertError("/api/actors/NOBODY", 404, "no actor code or name 'NOBODY'");
  }

  @Test
  void actorsListCodesWithTheirCounts() {
    JsonNode page = ok("/api/actors?q=lavrov");
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode a = page.at("/items/0");
    assertThat(a.get("code").asText()).isEqualTo("RUSGOV");
    assertThat(a.get("name").asText()).isEqualTo("Sergei Lavrov");
    assertThat(a.get("quotes").asInt()).isEqualTo(2);
    assertThat(a.get("eventsAsSource").asInt()).isEqualTo(3);
    assertThat(texts(ok("/api/actors").get("items"), "/code"))
        .containsExactlyInAnyOrder("RUSGOV", "VENGOV", "VENMIL", "VENOPP", "VEN");
    JsonNode pastTheEnd = ok("/api/actors?page=4&size=2");
    assertThat(pastTheEnd.get("items")).isEmpty();
    assertThat(pastTheEnd.get("total").asInt()).as("a page past the end still counts").isEqualTo(5);
    assertThat(ok("/api/actors?page=2&size=2").get("total").asInt()).isEqualTo(5);
  }

  @Test
  void countsByMonthDayAndWeek() {
    JsonNode r = ok("/api/counts?interval=month");
    assertThat(r.get("interval").asText()).isEqualTo("month");
    assertThat(texts(r.get("series"), "/period"))
        .containsExactly("2025-12", "2025-12", "2026-01", "2026-01");
    JsonNode w = ok("/api/counts?interval=week&type=AGREE");
    assertThat(w.at("/series/0/period").asText()).isEqualTo("2026-W02");
    assertThat(w.at("/series/0/count").asInt()).isEqualTo(1);
    assertThat(ok("/api/counts?interval=day&actor=VENMIL").at("/series/0/period").asText())
        .isEqualTo("2025-12-10");
  }

  @Test
  void networkAndPlaces() {
    JsonNode n = ok("/api/network");
    assertThat(texts(n.get("edges"), "/target")).contains("VENGOV", "VENOPP", "VEN");
    assertThat(texts(n.get("nodes"), "/label")).contains("Russia (GOV)", "Venezuela");
    assertThat(ok("/api/network?min=2").get("edges")).isEmpty();
    JsonNode places = ok("/api/places");
    assertThat(texts(places.get("items"), "/name"))
        .containsExactlyInAnyOrder("Moscow", "La Guaira", "Caracas");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path : List.of("/api/events", "/api/events?size=x", "/nowhere", "/openapi.json")) {
      Http.Response r = http.get(path);
      SecurityHeaders.HEADERS.forEach(
          (name, value) -> assertThat(r.header(name)).as(path + " " + name).isEqualTo(value));
    }
    assertThat(http.get("/nowhere").status()).isEqualTo(404);
    assertThat(http.get("/nowhere").json().get("error").asText()).contains("/nowhere");
  }

  @Test
  void writesNeedTheToken() {
    Http.Response none = http.post("/api/articles", "{\"text\": \"x\"}", null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(http.post("/api/articles", "{\"text\": \"x\"}", "guess").status()).isEqualTo(401);
    assertThat(ok("/api/articles").get("total").asInt()).isEqualTo(3);
  }

  @Test
  void withoutATokenWritesAreRefused(@TempDir Path other) {
    NewsFixture.fill(other);
    try (ApiServer readOnly =
        new ApiServer(other, null, () -> null, List.of()).start("127.0.0.1", 0)) {
      Http.Response r = new Http(readOnly.port()).post("/api/articles", "{}", "anything");
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.json().get("error").asText()).contains("--token");
    }
  }
}

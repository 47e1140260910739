package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.store.IngestError;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.testing.Pipelines;
import org.newsgraph.testing.SharedData;

/** Ingest: every kind of source into the store, once, with failures recorded. */
class IngesterTest {
  static final String HARBOR =
      """
      Harbor deal signed

      The port authority of Riverton signed an agreement with Norway on Friday.
      "This deal secures our future," said director Ana Ruiz.
      """;

  static final String DROUGHT =
      """
      Farmers in Keldor asked the government for emergency aid on Monday after a third dry summer.
      Agriculture minister Paul Sato said the request would be answered within a week.
      """;

  @TempDir Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  private IngestReport ingest(SqliteArticleStore store, Path... sources) {
    return new Ingester(Pipelines.shared(), store, 2).ingest(List.of(sources), step -> {});
  }

  @Test
  void reingestingTheSameArticleStoresItOnce() throws IOException {
    Path a = write("in/harbor.txt", HARBOR);
    Path copy = write("in/copy-of-harbor.txt", HARBOR);

    try (SqliteArticleStore store = SqliteArticleStore.open(data())) {
      IngestReport first = ingest(store, a, copy);
      IngestReport second = ingest(store, dir.resolve("in"));

      assertThat(first.summary()).isEqualTo("1 new, 1 already stored, 0 failed");
      assertThat(second.summary()).isEqualTo("0 new, 2 already stored, 0 failed");
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void aBadFileIsRecordedAndTheRestIsStored() throws IOException {
    Path good = write("in/a-drought.txt", DROUGHT);
    Path empty = write("in/b-empty.txt", "   \n");
    Path noBody = write("in/c-nobody.html", "<html><head><title>x</title></head></html>");
    Path html = write("in/d-harbor.html", "<article><p>" + HARBOR.strip() + "</p></article>");
    Path missing = dir.resolve("in/nowhere.txt");

    try (SqliteArticleStore store = SqliteArticleStore.open(data())) {
      IngestReport report = ingest(store, dir.resolve("in"), missing);

      assertThat(report.summary()).isEqualTo("2 new, 0 already stored, 3 failed");
      assertThat(store.errors())
          .extracting(IngestError::input, IngestError::reason)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(missing.toString(), "no such file or directory"),
              org.assertj.core.groups.Tuple.tuple(empty.toString(), "empty file (only whitespace)"),
              org.assertj.core.groups.Tuple.tuple(
                  noBody.toString(), "no main text: no <article> and no paragraphs in the page"));
      assertThat(store.count()).isEqualTo(2);
      assertThat(good).exists();
      assertThat(html).exists();
    }
  }

  @Test
  void aJsonLinesFileStoresEachLineWithItsMetadataAndRecordsTheBadLine() throws IOException {
    Path file =
        write(
            "wire.jsonl",
            "{\"text\": \"Farmers in Keldor asked the government for emergency aid.\", \"title\":"
                + " \"Aid request\", \"published\": \"2031-07-04\", \"publisher\": \"Example"
                + " Wire\", \"url\": \"https://wire.example/aid\"}\n"
                + "not json at all\n");

    try (SqliteArticleStore store = SqliteArticleStore.open(data())) {
      IngestReport report = ingest(store, file);

      assertThat(report.summary()).isEqualTo("1 new, 0 already stored, 1 failed");
      assertThat(store.errors()).extracting(IngestError::input).containsExactly(file + ":2");
      AnalysisRecord r =
          store.search(org.newsgraph.store.SearchQuery.of("Keldor")).hits().stream()
              .map(h -> store.get(h.id()).orElseThrow())
              .findFirst()
              .orElseThrow();
      assertThat(r.article().title()).isEqualTo("Aid request");
      assertThat(r.article().published()).isEqualTo("2031-07-04");
      assertThat(r.article().publisher()).isEqualTo("Example Wire");
      assertThat(r.article().url()).isEqualTo("https://wire.example/aid");
    }
  }

  @Test
  void anArticleOverTheTimeLimitIsRecordedAndIngestedOnTheNextRun() throws IOException {
    Path a = write("in/harbor.txt", HARBOR);

    try (SqliteArticleStore store = SqliteArticleStore.open(data())) {
      IngestReport slow =
          new Ingester(
                  Pipelines.shared(), store, 1, new IngestLimits(java.time.Duration.ofNanos(1)))
              .ingest(List.of(a), step -> {});

      assertThat(slow.summary()).isEqualTo("0 new, 0 already stored, 1 failed");
      assertThat(store.errors())
          .singleElement()
          .satisfies(e -> assertThat(e.reason()).startsWith("analysis took longer than 0 ms"));

      IngestReport normal = ingest(store, a);

      assertThat(normal.summary()).isEqualTo("1 new, 0 already stored, 0 failed");
      assertThat(store.errors()).isEmpty();
    }
  }

  @Test
  void aDocumentThatIsOnlyBoilerplateIsAnErrorNotAnEmptyArticle() throws IOException {
    Path notice = write("in/notice.txt", "(c) 2031 Example Wire. All rights reserved.\n");

    try (SqliteArticleStore store = SqliteArticleStore.open(data())) {
      IngestReport report = ingest(store, notice);

      assertThat(report.summary()).isEqualTo("0 new, 0 already stored, 1 failed");
      assertThat(store.errors())
          .extracting(IngestError::reason)
          .containsExactly("no text left after cleaning (only boilerplate)");
    }
  }

  @Test
  void polnearDevIngestsAll84Articles() {
    Path texts = SharedData.require("data/polnear/dev/text");

    try (SqliteArticleStore store = SqliteArticleStore.open(data())) {
      IngestReport report =
          new Ingester(Pipelines.shared(), store, Runtime.getRuntime().availableProcessors())
              .ingest(List.of(texts), step -> {});

      assertThat(report.failed()).isZero();
      assertThat(report.stored() + report.alreadyStored()).isEqualTo(84);
      assertThat(store.count()).isEqualTo(report.stored());
      assertThat(store.search(org.newsgraph.store.SearchQuery.of("said")).total())
          .isGreaterThan(50);
    }
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }
}

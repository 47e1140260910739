package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines: one article a line, a bad line reported without losing the others. */
class JsonLinesReaderTest {
  @TempDir Path dir;

  @Test
  void jsonLinesLineBecomesAnArticle() throws Exception {
    Path file =
        write(
            "{\"text\": \"Ministers met in Oslo.\\nThey agreed on quotas.\", \"title\": \"Quota"
                + " talks\", \"url\": \"https://wire.example/1\", \"published\":"
                + " \"2031-06-01T12:00:00Z\", \"publisher\": \"Example Wire\"}\n");
    List<RawDocument> docs = new ArrayList<>();

    new JsonLinesReader().read(file, docs::add);

    assertThat(docs)
        .containsExactly(
            new RawDocument(
                file + ":1",
                "Ministers met in Oslo.\nThey agreed on quotas.",
                new DocumentMetadata(
                    "https://wire.example/1", "Quota talks", "Example Wire", "2031-06-01")));
  }

  @Test
  void theBylineIsReadFromAnAuthorsListOrAnAuthorString() throws Exception {
    Path file =
        write(
            "{\"text\": \"A.\", \"authors\": [\"Lena Moss\", \"Ravi Patel\"]}\n"
                + "{\"text\": \"B.\", \"author\": \"Ana Ruiz, Ben Cole and Cy Dale\"}\n");
    List<RawDocument> docs = new ArrayList<>();

    new JsonLinesReader().read(file, docs::add);

    assertThat(docs.get(0).metadata().authors()).containsExactly("Lena Moss", "Ravi Patel");
    assertThat(docs.get(1).metadata().authors()).containsExactly("Ana Ruiz", "Ben Cole", "Cy Dale");
  }

  @Test
  void aBadLineIsReportedByNumberAndTheOtherLinesAreRead() throws Exception {
    Path file =
        write(
            "{\"text\": \"First story.\"}\n"
                + "{not json\n"
                + "\n"
                + "{\"title\": \"no text here\"}\n"
                + "{\"text\": \"Second story.\"}\n");
    List<RawDocument> docs = new ArrayList<>();
    List<ReadException> problems = new ArrayList<>();

    new JsonLinesReader().read(file, docs::add, problems::add);

    assertThat(docs).extracting(RawDocument::text).containsExactly("First story.", "Second story.");
    assertThat(problems).extracting(ReadException::input).containsExactly(file + ":2", file + ":4");
    assertThat(problems.get(1)).hasMessageEndingWith("no \"text\"");
  }

  @Test
  void aFileWithNoArticleIsRefused() throws Exception {
    Path file = write("[1, 2, 3]\n");
    assertThatThrownBy(() -> new JsonLinesReader().read(file, d -> {}, e -> {}))
        .isInstanceOf(ReadException.class)
        .hasMessageContaining("no article in it");
  }

  private Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("articles.jsonl"), content, StandardCharsets.UTF_8);
  }
}

package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's own gold JSON: texts located by search, not offsets. */
class GoldJsonTest {
  static Path goldDir() throws Exception {
    return Path.of(GoldJsonTest.class.getResource("/eval/gold").toURI());
  }

  @Test
  void directoryOfGoldFilesIsReadInNameOrder() throws Exception {
    List<GoldArticle> gold = GoldReader.read(goldDir());
    assertThat(gold)
        .extracting(GoldArticle::name)
        .containsExactly("lusaka-talks", "riverton-flood", "ruiz-bill");
    assertThat(gold.get(0).published()).isEqualTo("2031-04-02");
    assertThat(gold.get(2).published()).isNull();
  }

  @Test
  void quoteTextIsLocatedInTheArticle() throws Exception {
    GoldArticle a = GoldReader.read(goldDir().resolve("lusaka-talks.json")).get(0);
    GoldAttribution direct = a.attributions().get(1);
    assertThat(a.text().substring(direct.contentStart(), direct.contentEnd()))
        .isEqualTo("We will not accept these terms,");
    assertThat(direct.kind()).isEqualTo(Kinds.DIRECT);
    assertThat(direct.source()).isEqualTo("Okafor");
    assertThat(direct.sourceIsName()).isTrue();
  }

  @Test
  void repeatedTextIsFoundAfterThePreviousQuote() throws Exception {
    String json =
        """
        {"text": "Yes, he said. Later: yes, she said.",
         "quotes": [{"kind": "indirect", "text": "Yes", "speaker": "he"},
                    {"kind": "indirect", "text": "yes", "speaker": "she"}]}
        """;
    GoldArticle a = GoldJson.parse("yes", json);
    assertThat(a.attributions().get(1).contentStart()).isEqualTo(21);
    assertThat(a.attributions()).noneMatch(GoldAttribution::sourceIsName);
  }

  @Test
  void quoteNotInTheTextFailsWithArticleAndNumber() {
    String json =
        """
        {"text": "Nothing was said.",
         "quotes": [{"kind": "direct", "text": "Nothing was said.", "speaker": null},
                    {"kind": "direct", "text": "Something else", "speaker": "he"}]}
        """;
    assertThatThrownBy(() -> GoldJson.parse("nothing", json))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nothing: quote 2");
  }

  @Test
  void unknownKindIsRefused() {
    String json =
        "{\"text\": \"He spoke.\", \"quotes\": [{\"kind\": \"verbatim\", \"text\": \"spoke\"}]}";
    assertThatThrownBy(() -> GoldJson.parse("kind", json)).hasMessageContaining("verbatim");
  }
}

package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML pages: the main text without the page around it, and what the page says of itself. */
class HtmlReaderTest {
  static final String PAGE =
      """
      <!doctype html>
      <html><head>
        <title>Harbor deal | The Coastal Ledger</title>
        <meta property="og:title" content="Og title that JSON-LD overrides">
        <meta property="og:site_name" content="Coastal Ledger">
        <link rel="canonical" href="https://ledger.example/harbor-deal">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Coastal Ledger"},
          {"@type": "NewsArticle", "headline": "Port authority signs harbor deal with Norway",
           "datePublished": "2031-03-14T08:30:00+01:00",
           "author": [{"@type": "Person", "name": "Ida Brenner"}, {"name": "Tomas Lind"}],
           "publisher": {"@type": "Organization", "name": "The Coastal Ledger"}}]}
        </script>
      </head><body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <aside><p>Most read: a cat rescued from a crane, and other stories.</p></aside>
        <article>
          <h1>Port authority signs harbor deal with Norway</h1>
          <figure><figcaption>The harbor at dawn.</figcaption></figure>
          <p>The port authority of Riverton signed an agreement with Norway on Friday.</p>
          <p>"This deal secures our future," said director Ana Ruiz.</p>
          <div class="share">Share on X</div>
        </article>
        <footer><p>Copyright 2031 The Coastal Ledger.</p></footer>
      </body></html>
      """;

  @Test
  void htmlPageGivesMainTextAndJsonLdMetadata() throws ReadException {
    HtmlReader.Page page = HtmlReader.parse("harbor.html", PAGE, null);

    assertThat(page.text())
        .isEqualTo(
            "The port authority of Riverton signed an agreement with Norway on Friday.\n"
                + "\"This deal secures our future,\" said director Ana Ruiz.\n");
    assertThat(page.metadata())
        .isEqualTo(
            new DocumentMetadata(
                "https://ledger.example/harbor-deal",
                "Port authority signs harbor deal with Norway",
                "The Coastal Ledger",
                "2031-03-14",
                List.of("Ida Brenner", "Tomas Lind")));
  }

  @Test
  void withoutArticleTheLargestBlockOfParagraphsIsTheText() throws ReadException {
    String html =
        """
        <html><head><title>Flood warning</title>
        <meta property="article:published_time" content="2031-05-02">
        <meta property="og:site_name" content="Valley Post"></head><body>
        <div id="menu"><p>Sections</p></div>
        <div id="story">
          <p>The river rose two meters overnight in Lowfield.</p>
          <p>The mayor ordered the old town evacuated.</p>
        </div>
        <div id="more"><p>Weather tomorrow: rain.</p></div>
        </body></html>
        """;

    HtmlReader.Page page = HtmlReader.parse("flood.html", html, null);

    assertThat(page.text())
        .isEqualTo(
            "The river rose two meters overnight in Lowfield.\n"
                + "The mayor ordered the old town evacuated.\n");
    assertThat(page.metadata())
        .isEqualTo(new DocumentMetadata(null, "Flood warning", "Valley Post", "2031-05-02"));
  }

  @Test
  void aPageWithNoBodyIsRefusedWithTheReason() {
    assertThatThrownBy(
            () ->
                HtmlReader.parse(
                    "empty.html",
                    "<html><head><title>Nothing</title></head><body></body></html>",
                    null))
        .isInstanceOf(ReadException.class)
        .hasMessage("empty.html: no main text: no <article> and no paragraphs in the page");
  }
}

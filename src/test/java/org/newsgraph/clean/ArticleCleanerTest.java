package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Embed;
import org.newsgraph.model.Removed;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.RawDocument;

class ArticleCleanerTest {
  private static final ArticleCleaner CLEANER = new ArticleCleaner();

  private static Article clean(String fixture) {
    return CLEANER.apply(Fixtures.raw(fixture));
  }

  private static Article cleanText(String text) {
    return CLEANER.apply(new RawDocument("test", text, DocumentMetadata.NONE));
  }

  @Test
  void embedOffsetIsWhereItsSignatureStoodInTheCleanText() {
    Article a =
        new ArticleCleaner()
            .apply(
                new org.newsgraph.read.RawDocument(
                    "test",
                    "Before the post.\nQ: \"Any comment?\"\n— Port Desk (@portdesk) June 28, 2030\nAfter.\n",
                    org.newsgraph.read.DocumentMetadata.NONE));

    assertThat(a.embeds())
        .singleElement()
        .satisfies(e -> assertThat(a.text().substring(e.offset())).startsWith("After."));
  }

  @Test
  void copyrightLineLeavesBodyAndIsListedAsRemoved() {
    Article a = clean("copyright-line.txt");

    assertThat(a.text())
        .isEqualTo(
            "PORT HALVEN, March 3 (Example Wire) - The harbour authority said on Tuesday it would"
                + " reopen the northern quay after repairs.\n"
                + "Officials expect cargo traffic to resume within a week.\n");
    assertThat(a.removed())
        .containsExactly(new Removed("copyright", "© 2031 Example Wire. All rights reserved."));
  }

  @Test
  void copyrightGluedToLastParagraphIsCutOff() {
    Article a = clean("copyright-glued.txt");

    assertThat(a.text())
        .endsWith("The mayor said the vote ended months of uncertainty.\n")
        .doesNotContain("Copyright")
        .doesNotContain("reproduce");
    assertThat(a.removed())
        .containsExactly(
            new Removed(
                "copyright",
                "Copyright 2031 Example Wire. All rights reserved. Do not reproduce without"
                    + " permission."));
  }

  @Test
  void tweetSignatureBecomesEmbedWithAuthorHandleAndDate() {
    Article a = clean("tweet-signature.txt");

    assertThat(a.embeds())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("offset")
        .containsExactly(new Embed("x", "The Example Desk", "@exampledesk", "2025-12-11", null));
    assertThat(a.removed())
        .containsExactly(
            new Removed("embed", "— The Example Desk (@exampledesk) December 11, 2025"));
    assertThat(a.text()).doesNotContain("@exampledesk");
  }

  @Test
  void picTwitterLinkIsRemovedButLineKept() {
    Article a = clean("pic-twitter-link.txt");

    assertThat(a.text())
        .contains("Supporters outside the court this morning.\n")
        .doesNotContain("pic.twitter.com");
    assertThat(a.removed())
        .contains(new Removed("embed", "pic.twitter.com/AbC123xyz"))
        .contains(new Removed("embed", "- Jane Roe (@janeroe) Dec 11, 2025"));
    assertThat(a.embeds())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("offset")
        .containsExactly(
            new Embed(
                "x", "Jane Roe", "@janeroe", "2025-12-11", "https://pic.twitter.com/AbC123xyz"));
  }

  @Test
  void embedPostTextStaysInBody() {
    Article a = clean("embed-post-text.txt");

    assertThat(a.text())
        .isEqualTo(
            "A reporter asked the spokesman about the decision.\n"
                + "Q: \"Will the minister resign?\"\n"
                + "The spokesman declined to comment.\n");
    assertThat(a.embeds())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("offset")
        .containsExactly(new Embed("x", "Harbour Times", "@harbourtimes", "2031-03-02", null));
  }

  @Test
  void newsletterLineIsRemoved() {
    Article a = clean("newsletter-line.txt");

    assertThat(a.text())
        .isEqualTo(
            "Farmers in the valley reported a late harvest.\n"
                + "Prices for wheat rose by 4% over the month.\n");
    assertThat(a.removed())
        .containsExactly(
            new Removed(
                "newsletter", "Sign up for our newsletter to get the top stories every morning."));
  }

  @Test
  void articleIdIsSha256OfCleanedText() throws Exception {
    Article a = clean("copyright-line.txt");

    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(a.text().getBytes(StandardCharsets.UTF_8));
    assertThat(a.id()).isEqualTo(HexFormat.of().formatHex(digest)).hasSize(64);
  }

  @Test
  void metadataIsCarriedOverAndItsDateMarkedAsMetadata() {
    DocumentMetadata meta =
        new DocumentMetadata("https://example.org/a", "Title", "Example Wire", "2031-04-02");
    Article a = CLEANER.apply(new RawDocument("t", "Body.\n", meta));

    assertThat(a)
        .extracting(
            Article::url,
            Article::title,
            Article::publisher,
            Article::published,
            Article::publishedSource,
            Article::language)
        .containsExactly(
            "https://example.org/a", "Title", "Example Wire", "2031-04-02", "metadata", "en");
    assertThat(CLEANER.apply(new RawDocument("t", "Body.\n", DocumentMetadata.NONE)))
        .extracting(Article::published, Article::publishedSource)
        .containsExactly(null, null);
  }

  @Test
  void whitespaceIsTidiedToOneParagraphPerLine() {
    Article a =
        cleanText("\n\n  First\u00A0paragraph\tof  text.  \n\n\n\nSecond\u200B paragraph.\r\n\n\n");

    assertThat(a.text()).isEqualTo("First paragraph of text.\nSecond paragraph.\n");
  }

  @Test
  void shareAndAdvertisementAndRelatedLinesAreRemovedWithTheirKinds() {
    Article a =
        cleanText(
            "The dam held overnight.\nShare this article\nAdvertisement\n"
                + "Read more: Flood warnings lifted upstream\nFollow us on X and Instagram.\n"
                + "Click here to subscribe\nWater levels are falling.\n");

    assertThat(a.text()).isEqualTo("The dam held overnight.\nWater levels are falling.\n");
    assertThat(a.removed())
        .extracting(Removed::kind)
        .containsExactly("share", "advertisement", "related", "share", "subscribe");
  }

  @Test
  void instagramResidueBecomesEmbed() {
    Article a =
        cleanText(
            "The singer announced the tour online.\nView this post on Instagram\n"
                + "A post shared by Mara Vell (@maravell) on Mar 2, 2031 at 9:15am PST\n"
                + "Tickets go on sale Friday.\n");

    assertThat(a.text())
        .isEqualTo("The singer announced the tour online.\nTickets go on sale Friday.\n");
    assertThat(a.embeds())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("offset")
        .containsExactly(new Embed("instagram", "Mara Vell", "@maravell", "2031-03-02", null));
  }

  @Test
  void signatureGluedToItsLinkIsCutWithTheLink() {
    Article a =
        cleanText(
            "Big news today. https://t.co/AbCd12 pic.twitter.com/XyZ987— Example Music"
                + " (@examplemusic) September 20, 2030\n");

    assertThat(a.text()).isEqualTo("Big news today.\n");
    assertThat(a.embeds())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("offset")
        .containsExactly(
            new Embed(
                "x",
                "Example Music",
                "@examplemusic",
                "2030-09-20",
                "https://pic.twitter.com/XyZ987"));
  }

  @Test
  void reportingThatMentionsTheWordsIsKept() {
    String text =
        "Subscribers to the service said the newsletter had improved.\n"
            + "The company shared this article with regulators - they said it was accurate.\n";

    assertThat(cleanText(text).text()).isEqualTo(text);
    assertThat(cleanText(text).removed()).isEmpty();
  }

  @Test
  void mojibakeAccentIsNotACopyrightSign() {
    // UTF-8 read as Latin-1 turns "é" into "Ã©", sometimes with the tilde as a combining mark.
    String text = "The mayor, RenÃ©e Dupont, said the A\u0303©cole would reopen.\n";

    Article a = cleanText(text);

    assertThat(a.removed()).isEmpty();
    assertThat(a.text()).isEqualTo("The mayor, RenÃ©e Dupont, said the Ã©cole would reopen.\n");
  }

  @Test
  void tweetMarkupIsRemovedAndItsSignatureKept() {
    Article a =
        cleanText(
            "<tweet id=\"1\" author=\"@portdesk\" datetime=\"2030-06-28\">The quay is open"
                + " https://t.co/Ab12 — Port Desk (@portdesk) June 28, 2030</tweet>.\n");

    assertThat(a.text()).isEqualTo("The quay is open\n");
    assertThat(a.embeds())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("offset")
        .containsExactly(new Embed("x", "Port Desk", "@portdesk", "2030-06-28", null));
  }
}

package org.newsgraph.eval;

/**
 * One gold attribution: who (source) said or thought what (content), through which cue.
 *
 * @param content the attributed words; discontinuous fragments joined by one space
 * @param contentStart UTF-16 index of the content's first character in the gold article text
 * @param contentEnd UTF-16 index just past the content's last character
 * @param source the source as the article gives it ("he", "the spokeswoman", "Trump"), or null
 * @param cue the cue words ("said", "according to", "believes"), or null
 * @param kind direct, partial or indirect
 * @param sourceIsName whether the source is a proper name rather than a pronoun or description
 * @param via the outlet or person that relayed it (gold JSON only), or null; read, not scored
 */
public record GoldAttribution(
    String content,
    int contentStart,
    int contentEnd,
    String source,
    String cue,
    String kind,
    boolean sourceIsName,
    String via) {
  public GoldAttribution {
    if (content == null || content.isBlank()) {
      throw new IllegalArgumentException("gold attribution without content");
    }
    if (contentStart < 0 || contentEnd < contentStart) {
      throw new IllegalArgumentException(
          "bad content offsets [" + contentStart + ", " + contentEnd + ")");
    }
    if (!Kinds.ALL.contains(kind)) {
      throw new IllegalArgumentException("kind '" + kind + "' is not one of " + Kinds.ALL);
    }
  }
}

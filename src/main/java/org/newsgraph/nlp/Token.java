package org.newsgraph.nlp;

/**
 * One token as the NLP layer saw it; offsets are UTF-16 indexes into the article text.
 *
 * @param index position in its sentence, from 0
 * @param ner the named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, DATE, ...), "O" if none
 */
public record Token(
    int index, String word, int start, int end, String pos, String lemma, String ner) {
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /** Whether the token is a dash ("—", "–", "--"), which sets words off; a hyphen is not one. */
  public boolean isDash() {
    return word.equals("—") || word.equals("–") || word.equals("--");
  }
}

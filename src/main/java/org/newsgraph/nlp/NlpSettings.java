package org.newsgraph.nlp;

import java.util.Properties;

/**
 * The CoreNLP configuration Newsgraph runs: typed, with the few choices that matter named.
 *
 * @param nerModel the one CRF model NER loads; the 3-class model (PERSON, ORGANIZATION, LOCATION)
 *     is the one the entity layer needs, and loading CoreNLP's default three models costs about
 *     twice the time
 * @param dependencyParse whether to run the dependency parser (quotes and events need it)
 * @param maxSentenceTokens sentences longer than this are not parsed (their tokens and NER are
 *     kept); the parser's cost grows with length and such "sentences" are usually lists or tables.
 *     Defaults to 120.
 */
public record NlpSettings(String nerModel, boolean dependencyParse, int maxSentenceTokens) {
  /** The 3-class English CRF model shipped in CoreNLP's models jar. */
  public static final String NER_3CLASS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The settings the pipeline uses unless told otherwise. */
  public static NlpSettings defaults() {
    return new NlpSettings(NER_3CLASS, true, 120);
  }

  /** These settings as the properties CoreNLP reads; kept in this one place. */
  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty(
        "annotators", "tokenize,ssplit,pos,lemma,ner" + (dependencyParse ? ",depparse" : ""));
    p.setProperty("tokenize.language", "en");
    // Cleaning leaves one paragraph per line, and titles, datelines and "Name:" transcript
    // lines have no final period: a newline always ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", nerModel);
    // The fine-grained regex NER (TITLE, NATIONALITY, CITY, ...) is replaced by the project's
    // actor lexicon, and costs time on every token.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("depparse.maxLength", Integer.toString(maxSentenceTokens));
    return p;
  }
}

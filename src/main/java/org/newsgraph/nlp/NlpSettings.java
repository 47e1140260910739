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

  /** The tagging pipeline's properties (tokenize..ner); kept in this one place. */
  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    // Cleaning leaves one paragraph per line, and titles, datelines and "Name:" transcript
    // lines have no final period: a newline always ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", nerModel);
    // The fine-grained regex NER (TITLE, NATIONALITY, CITY, ...) is replaced by the project's
    // actor lexicon, and costs time on every token.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    // SUTime inside NER runs on every sentence and was 40% of the whole pipeline's time on
    // PolNeAR; the annotator runs it itself, only where a sentence may hold a date.
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    return p;
  }

  /** SUTime's properties. */
  Properties sutimeProperties() {
    Properties p = new Properties();
    p.setProperty("sutime.includeRange", "true");
    // The holiday rules (hundreds of named days) and their binder cost more than the rest of
    // SUTime together; "Christmas" is the rare news date and the dates layer can name it.
    p.setProperty(
        "sutime.rules",
        "edu/stanford/nlp/models/sutime/defs.sutime.txt,"
            + "edu/stanford/nlp/models/sutime/english.sutime.txt");
    p.setProperty("sutime.binders", "0");
    return p;
  }

  /** The dependency parser's properties: CoreNLP's English UD model, its default. */
  Properties parserProperties() {
    return new Properties();
  }
}

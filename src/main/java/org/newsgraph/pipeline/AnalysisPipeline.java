package org.newsgraph.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.clean.PublicationDateFinder;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.event.EventExtractor;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.trigger.TriggerLexicon;
import org.newsgraph.extract.place.ArticlePlaces;
import org.newsgraph.extract.place.PlaceInput;
import org.newsgraph.extract.place.PlaceResolver;
import org.newsgraph.extract.quote.QuoteExtractor;
import org.newsgraph.extract.quote.QuoteInput;
import org.newsgraph.extract.quote.SpeakerPronouns;
import org.newsgraph.extract.quote.SpeechCues;
import org.newsgraph.extract.time.DateExtractor;
import org.newsgraph.extract.time.DateLayer;
import org.newsgraph.extract.time.EventAnchoredDates;
import org.newsgraph.extract.time.TimeRules;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.CachedAnnotator;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.ParseCache;
import org.newsgraph.nlp.ParseFilter;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.output.CodePointOffsets;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.RawDocument;

/**
 * The one place the stages are assembled, in the order data flows: clean, date, parse, then
 * entities, dates, quotes and events, then the record. Thread-safe: one instance serves every
 * thread of a batch, so the models load once.
 */
public final class AnalysisPipeline {
  private final ArticleCleaner cleaner;
  private final PublicationDateFinder dating;
  private final Supplier<CoreNlpAnnotator> annotator;
  private final Stage<Article, ParsedArticle> nlp;
  private final EntityExtractor entities;
  private final DateExtractor dates;
  private final SpeakerPronouns speakerPronouns;
  private final QuoteExtractor quotes;
  private final PlaceResolver places;
  private final EventExtractor events;
  private final StageTimes times =
      new StageTimes("clean", "nlp", "entities", "places", "dates", "quotes", "events");

  /** Builds the pipeline, loading the models and the lexicons. */
  public AnalysisPipeline(NlpSettings nlpSettings, ActorLexicon lexicon) {
    this(nlpSettings, lexicon, null);
  }

  /**
   * Builds the pipeline; with a parse cache, NLP results are read from it when there and stored in
   * it when not (the output is the same either way).
   */
  public AnalysisPipeline(NlpSettings nlpSettings, ActorLexicon lexicon, ParseCache parseCache) {
    this.cleaner = new ArticleCleaner();
    this.dating = new PublicationDateFinder();
    this.entities = new EntityExtractor(lexicon);
    this.places = PlaceResolver.standard(lexicon);
    this.dates = new DateExtractor(TimeRules.load());
    this.speakerPronouns = new SpeakerPronouns(SpeechCues.builtIn());
    this.quotes = new QuoteExtractor(SpeechCues.builtIn());
    this.events = new EventExtractor(TriggerLexicon.builtIn(), lexicon);
    // Only the sentences some extractor reads the parse of are parsed.
    ParseFilter needed =
        ParseFilter.anyOf(List.of(entities::needsParse, quotes::needsParse, events::needsParse));
    if (parseCache == null) {
      CoreNlpAnnotator loaded = new CoreNlpAnnotator(nlpSettings, needed);
      this.annotator = () -> loaded;
      this.nlp = loaded;
    } else {
      // The models load on the first article the cache misses: a warm cache never needs them.
      this.annotator = new Lazy<>(() -> new CoreNlpAnnotator(nlpSettings, ParseFilter.ALL));
      this.nlp = new CachedAnnotator(article -> annotator.get().apply(article), parseCache, needed);
    }
  }

  /** The pipeline with the default models and the built-in lexicon. */
  public static AnalysisPipeline standard() {
    return new AnalysisPipeline(NlpSettings.defaults(), ActorLexicon.builtIn());
  }

  /** Time per stage and tokens seen, over every article analyzed so far. */
  public StageTimes times() {
    return times;
  }

  /** Where the NLP stage's time went. */
  public String nlpBreakdown() {
    return annotator.get().breakdown();
  }

  /** How long loading the NLP models took, in milliseconds. */
  public long modelLoadMillis() {
    return annotator.get().loadMillis();
  }

  /**
   * Analyzes one document. What the caller knows about it ({@code given}) wins over what the
   * document says of itself.
   *
   * @throws IllegalArgumentException when the given publication date is not an ISO date
   */
  public AnalysisRecord analyze(RawDocument doc, DocumentMetadata given) {
    String published = given.published() == null ? null : isoDate(given.published());
    RawDocument merged = new RawDocument(doc.source(), doc.text(), given.orElse(doc.metadata()));
    long t0 = System.nanoTime();
    Article article = cleaner.apply(merged);
    if (published != null) {
      article = article.withPublished(published, "given");
    }
    article = dating.apply(article);
    long t1 = System.nanoTime();
    ParsedArticle parsed = nlp.apply(article);
    long t2 = System.nanoTime();
    // A pronoun that speaks is bound as the quote layer reads it, before any layer uses entities.
    EntityLayer entityLayer = speakerPronouns.apply(new QuoteInput(parsed, entities.apply(parsed)));
    long t3p = System.nanoTime();
    ArticlePlaces placeLayer = places.apply(new PlaceInput(parsed, entityLayer));
    long t3 = System.nanoTime();
    DateLayer dateLayer = dates.apply(parsed);
    long t4 = System.nanoTime();
    List<Quote> quoteList = quotes.apply(new QuoteInput(parsed, entityLayer));
    long t5 = System.nanoTime();
    List<Event> eventList =
        events.apply(new EventInput(parsed, entityLayer, dateLayer, quoteList, placeLayer));
    long t6 = System.nanoTime();
    times.add("clean", t1 - t0);
    times.add("nlp", t2 - t1);
    times.add("entities", t3p - t2);
    times.add("places", t3 - t3p);
    times.add("dates", t4 - t3);
    times.add("quotes", t5 - t4);
    times.add("events", t6 - t5);
    times.addTokens(parsed.sentences().stream().mapToInt(s -> s.tokens().size()).sum());
    return CodePointOffsets.convert(
        new AnalysisRecord(
            AnalysisRecord.SCHEMA,
            article,
            entityLayer.entities(),
            quoteList,
            eventList,
            EventAnchoredDates.resolve(dateLayer.dates(), eventList),
            placeLayer.places()));
  }

  /** The date part of an ISO date or date-time, checked. */
  static String isoDate(String value) {
    String v = value.strip();
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "publication date '" + value + "' is not an ISO date (YYYY-MM-DD)", e);
    }
  }
}

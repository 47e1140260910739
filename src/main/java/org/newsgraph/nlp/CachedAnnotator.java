package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Stage;

/**
 * The NLP stage in front of a {@link ParseCache}: a stored parse is served, a new one is made and
 * stored. The annotator behind it parses every sentence, so one entry serves extractors whose needs
 * change between runs; this stage then keeps only the parses the current extractors ask for, so a
 * run's output is the same with the cache as without it.
 */
public final class CachedAnnotator implements Stage<Article, ParsedArticle> {
  private final Stage<Article, ParsedArticle> parseAll;
  private final ParseCache cache;
  private final ParseFilter parseFilter;

  /**
   * @param parseAll an annotator built with {@link ParseFilter#ALL}
   * @param parseFilter the sentences whose parse the extractors read
   */
  public CachedAnnotator(
      Stage<Article, ParsedArticle> parseAll, ParseCache cache, ParseFilter parseFilter) {
    this.parseAll = parseAll;
    this.cache = cache;
    this.parseFilter = parseFilter;
  }

  @Override
  public ParsedArticle apply(Article article) {
    Optional<ParsedArticle> stored = cache.get(article);
    ParsedArticle parsed;
    if (stored.isPresent()) {
      parsed = stored.get();
    } else {
      parsed = parseAll.apply(article);
      cache.put(parsed);
    }
    return filtered(parsed);
  }

  private ParsedArticle filtered(ParsedArticle parsed) {
    List<Sentence> kept = new ArrayList<>(parsed.sentences().size());
    for (Sentence s : parsed.sentences()) {
      boolean keep = !s.dependencies().isEmpty() && parseFilter.needsParse(s.tokens());
      kept.add(keep ? s : new Sentence(s.index(), s.start(), s.end(), s.tokens(), List.of()));
    }
    return new ParsedArticle(parsed.article(), kept, parsed.names(), parsed.times());
  }
}

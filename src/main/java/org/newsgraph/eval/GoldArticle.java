package org.newsgraph.eval;

import java.util.List;

/**
 * One gold article: the text the annotations point into and its attributions.
 *
 * @param name the article's name (file name without extension); records are looked up by it
 * @param text the text as annotated, the input the pipeline is run on
 * @param published the publication date, YYYY-MM-DD, or null
 * @param titleAttributions gold attributions left out because they lie in the title line, which the
 *     pipeline reads as the title, not the body
 */
public record GoldArticle(
    String name,
    String text,
    String published,
    List<GoldAttribution> attributions,
    int titleAttributions) {
  public GoldArticle {
    attributions = List.copyOf(attributions);
  }
}

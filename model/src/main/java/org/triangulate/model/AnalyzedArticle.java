package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with the results of language analysis. All spans index {@code article.text()}.
 *
 * @param article the article analysed
 * @param sentences its sentences in text order
 * @param entities named-entity mentions in text order
 * @param quotes quotes and reported speech in text order
 * @param quantities quantities in text order
 * @param dates dates in text order
 */
public record AnalyzedArticle(
    Article article,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<Quote> quotes,
    List<Quantity> quantities,
    List<DateMention> dates) {
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    quantities = List.copyOf(quantities);
    dates = List.copyOf(dates);
  }

  /** The article's id. */
  public String id() {
    return article.id();
  }

  /** The article's clean text, which every span indexes. */
  public String text() {
    return article.text();
  }
}

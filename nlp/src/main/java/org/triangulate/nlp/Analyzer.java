package org.triangulate.nlp;

import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;

/**
 * The language-analysis stage: turns an {@link Article} into an {@link AnalyzedArticle}. {@link
 * ArticleAnalyzer} is the standard one. Implementations are safe to call from several threads.
 */
@FunctionalInterface
public interface Analyzer {
  /** The article with its sentences, entity mentions, quotes, quantities and dates. */
  AnalyzedArticle analyze(Article article);
}

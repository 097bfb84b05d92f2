package org.triangulate.ingest;

import org.triangulate.model.Article;
import org.triangulate.model.Document;

/**
 * The ingestion stage: turns a {@link Document} into an {@link Article} (clean body and metadata).
 * {@link ArticleIngester} is the standard one. Implementations are safe to call from several
 * threads.
 */
@FunctionalInterface
public interface Ingester {
  /**
   * The article in {@code document}.
   *
   * @throws NoArticleException when the document holds no article (empty, only boilerplate)
   */
  Article ingest(Document document) throws NoArticleException;
}

/**
 * Ingestion: reading inputs into documents ({@link org.triangulate.ingest.read}) and turning a
 * document into an article ({@link org.triangulate.ingest.ArticleIngester}).
 */
package org.triangulate.ingest;

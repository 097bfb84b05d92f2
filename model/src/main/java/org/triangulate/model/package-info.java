/**
 * The immutable records that flow between Triangulate's stages.
 *
 * <p>The flow is {@link org.triangulate.model.Document} (what a reader found) → {@link
 * org.triangulate.model.Article} (clean body and metadata) → {@link
 * org.triangulate.model.AnalyzedArticle} (sentences, entities, quotes, quantities, dates) → {@link
 * org.triangulate.model.Story} (articles about one event) → {@link org.triangulate.model.Brief}
 * (what the outlets agree and disagree on) → {@link org.triangulate.model.Report}.
 *
 * <p>Every record validates its components in its compact constructor and copies lists, so an
 * instance is immutable and safe to share across threads. No component is {@code null}: absent
 * values are {@link java.util.Optional#empty()} or empty lists. Offsets are {@link String} indices
 * (UTF-16 code units) into the article's {@code text}, end exclusive.
 */
package org.triangulate.model;

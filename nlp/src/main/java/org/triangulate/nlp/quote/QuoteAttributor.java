package org.triangulate.nlp.quote;

import java.util.List;
import org.triangulate.model.EntityMention;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;

/**
 * Finds direct quotes, partial quotes and reported speech in a text and attributes each to a
 * speaker.
 *
 * <p>Implementations are immutable and thread-safe. Quotes come in text order with ids {@code
 * <articleId>#q1}, {@code #q2}, ...; each quote's {@code text} equals {@code text.substring(start,
 * end)} and holds no quotation marks at its ends.
 */
public interface QuoteAttributor {
  /**
   * The quotes of {@code text}.
   *
   * @param articleId the article's id, the prefix of the quote ids
   * @param text the article text
   * @param sentences its sentences
   * @param entities its entity mentions, which speakers resolve to
   */
  List<Quote> attribute(
      String articleId, String text, List<Sentence> sentences, List<EntityMention> entities);
}

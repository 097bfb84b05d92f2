package org.triangulate.nlp.entity;

import java.util.List;
import org.triangulate.model.EntityMention;
import org.triangulate.model.Sentence;

/**
 * Finds the named entities of a text and resolves each mention to a name within the text.
 *
 * <p>Implementations are immutable and thread-safe. Mentions come in text order, do not overlap,
 * and each mention's {@code text} equals {@code text.substring(start, end)}.
 */
public interface EntityRecognizer {
  /**
   * The entity mentions of {@code text}.
   *
   * @param text the article text
   * @param sentences its sentences, as a {@link org.triangulate.nlp.sentence.SentenceSplitter}
   *     gives them; no mention crosses a sentence boundary
   */
  List<EntityMention> recognize(String text, List<Sentence> sentences);
}

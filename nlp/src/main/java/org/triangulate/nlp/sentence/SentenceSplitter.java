package org.triangulate.nlp.sentence;

import java.util.List;
import org.triangulate.model.Sentence;

/**
 * Cuts a text into sentences.
 *
 * <p>Implementations are immutable and thread-safe. Sentences are returned in text order, do not
 * overlap, hold no leading or trailing white space, and together cover every non-blank character of
 * the text.
 */
public interface SentenceSplitter {
  /** The sentences of {@code text}, as spans over it, in text order. */
  List<Sentence> split(String text);
}

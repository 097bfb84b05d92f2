package org.triangulate.nlp.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.triangulate.model.DateMention;

/**
 * Finds the dates named in a text and resolves them to calendar days.
 *
 * <p>Implementations are immutable and thread-safe. Mentions come in text order and do not overlap.
 */
public interface DateResolver {
  /**
   * The dates of {@code text}.
   *
   * @param text the article text
   * @param anchor the publication day, against which relative dates ("on Thursday") resolve; when
   *     empty, relative dates keep an empty value
   */
  List<DateMention> resolve(String text, Optional<LocalDate> anchor);
}

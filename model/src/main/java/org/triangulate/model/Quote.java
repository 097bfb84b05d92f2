package org.triangulate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quote, partial quote or reported statement in an article.
 *
 * @param id unique in the report, such as {@code <article id>#q3}
 * @param text what was said, without quotation marks
 * @param start offset of {@code text} in the article text
 * @param end offset after {@code text}
 * @param direct whether the words were quoted verbatim
 * @param cue the attribution verb or phrase ("said", "according to"), when there is one
 * @param speaker who said it, when attributed
 */
public record Quote(
    String id,
    String text,
    int start,
    int end,
    boolean direct,
    Optional<String> cue,
    Optional<Speaker> speaker) {
  public Quote {
    Checks.notBlank(id, "id");
    Checks.notBlank(text, "text");
    Checks.span(start, end);
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
  }
}

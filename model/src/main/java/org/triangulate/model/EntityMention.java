package org.triangulate.model;

import java.util.Objects;

/**
 * A mention of a named entity in an article.
 *
 * @param text the mention as written ("von der Leyen")
 * @param start offset of the first character in the article text
 * @param end offset after the last character
 * @param type the entity's kind
 * @param name the name the mention resolves to within its article, titles stripped ("Ursula von der
 *     Leyen"); equal to {@code text} when nothing better is known
 */
public record EntityMention(String text, int start, int end, EntityType type, String name) {
  public EntityMention {
    Checks.notBlank(text, "text");
    Checks.span(start, end);
    Objects.requireNonNull(type, "type");
    Checks.notBlank(name, "name");
  }
}

package org.triangulate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quote is attributed to.
 *
 * @param text the mention in the article ("she", "a senior official", "Ms. Okafor")
 * @param start offset of the mention in the article text
 * @param end offset after the mention
 * @param name the resolved person or body ("Ursula von der Leyen"), when known
 */
public record Speaker(String text, int start, int end, Optional<String> name) {
  public Speaker {
    Checks.notBlank(text, "text");
    Checks.span(start, end);
    Objects.requireNonNull(name, "name");
  }
}

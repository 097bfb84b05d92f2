package org.triangulate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What one article states, as evidence: text that occurs verbatim in the article's {@code text}.
 *
 * @param article the article's id
 * @param text the evidence, verbatim from the article
 * @param start offset of {@code text} in the article text
 * @param end offset after {@code text}
 * @param quantity the quantity the claim is about, when it is about one
 */
public record Claim(String article, String text, int start, int end, Optional<Quantity> quantity) {
  public Claim {
    Checks.notBlank(article, "article");
    Checks.notBlank(text, "text");
    Checks.span(start, end);
    Objects.requireNonNull(quantity, "quantity");
  }
}

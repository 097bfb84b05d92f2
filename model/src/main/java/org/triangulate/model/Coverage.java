package org.triangulate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one article of a story reports alone and what it leaves out.
 *
 * @param article the article's id
 * @param outlet its outlet, when known
 * @param unique ids of the facts only this article reports
 * @param omitted ids of the corroborated facts this article does not report
 */
public record Coverage(
    String article, Optional<String> outlet, List<String> unique, List<String> omitted) {
  public Coverage {
    Checks.notBlank(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    unique = List.copyOf(unique);
    omitted = List.copyOf(omitted);
  }
}

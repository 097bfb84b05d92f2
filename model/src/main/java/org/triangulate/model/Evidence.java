package org.triangulate.model;

/** Text of one article, verbatim, that supports a stance or summary. */
public record Evidence(String article, String text, int start, int end) {
  public Evidence {
    Checks.notBlank(article, "article");
    Checks.notBlank(text, "text");
    Checks.span(start, end);
  }
}

package org.triangulate.model;

/** Points at a span of one article's text: a mention, a quote's speaker. */
public record MentionRef(String article, int start, int end) {
  public MentionRef {
    Checks.notBlank(article, "article");
    Checks.span(start, end);
  }
}

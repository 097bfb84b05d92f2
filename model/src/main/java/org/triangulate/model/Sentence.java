package org.triangulate.model;

/** A sentence of an article's text, as a span. */
public record Sentence(int start, int end) {
  public Sentence {
    Checks.span(start, end);
  }

  /** The sentence's text cut from the article text it was found in. */
  public String text(String articleText) {
    return articleText.substring(start, end);
  }

  /** Whether the span {@code [from, to)} lies within this sentence. */
  public boolean contains(int from, int to) {
    return start <= from && to <= end;
  }
}

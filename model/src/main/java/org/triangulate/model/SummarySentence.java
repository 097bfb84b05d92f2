package org.triangulate.model;

import java.util.List;

/** A sentence of a story's summary, drawn from an article, with the articles that support it. */
public record SummarySentence(String text, List<String> articles) {
  public SummarySentence {
    Checks.notBlank(text, "text");
    articles = List.copyOf(articles);
  }
}

package org.triangulate.model;

import java.util.List;

/**
 * Everything one run of {@code triangulate analyze} found.
 *
 * @param generator the program and version that made it ("triangulate 0.1.0")
 * @param articles every article read, analysed, in input order
 * @param stories the stories, each with its brief
 * @param skipped inputs that could not be read, with reasons
 */
public record Report(
    String generator, List<AnalyzedArticle> articles, List<Brief> stories, List<Skipped> skipped) {
  public Report {
    Checks.notBlank(generator, "generator");
    articles = List.copyOf(articles);
    stories = List.copyOf(stories);
    skipped = List.copyOf(skipped);
  }
}

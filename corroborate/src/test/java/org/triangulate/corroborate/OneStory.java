package org.triangulate.corroborate;

import java.util.List;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Story;

/** Corroborates a few test articles as one story with the standard rules; stateless. */
final class OneStory {
  private static final Corroborator CORROBORATOR = Corroborator.standard();

  private OneStory() {}

  /** The brief of one story titled {@code title} that holds {@code articles} in this order. */
  static Brief corroborate(String title, AnalyzedArticle... articles) {
    List<AnalyzedArticle> list = List.of(articles);
    Story story =
        new Story(
            "s1",
            title,
            list.stream().map(AnalyzedArticle::id).toList(),
            Optional.empty(),
            Optional.empty());
    return CORROBORATOR.corroborate(story, list);
  }
}

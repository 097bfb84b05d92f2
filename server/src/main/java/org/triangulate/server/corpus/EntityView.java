package org.triangulate.server.corpus;

import java.util.List;
import java.util.Objects;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Quote;
import org.triangulate.model.StoryEntity;

/**
 * One entity across the corpus: every story it appears in, and what it said there.
 *
 * @param name the name asked for, as the first story spells it
 * @param appearances its stories, newest first
 */
public record EntityView(String name, List<Appearance> appearances) {
  public EntityView {
    Objects.requireNonNull(name, "name");
    appearances = List.copyOf(appearances);
  }

  /**
   * The entity in one story.
   *
   * @param story the story's brief
   * @param entity the story's entity of that name
   * @param quotes the quotes its articles attribute to the entity, in story order
   */
  public record Appearance(Brief story, StoryEntity entity, List<QuoteSource> quotes) {
    public Appearance {
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(entity, "entity");
      quotes = List.copyOf(quotes);
    }
  }

  /** A quote and the article that carries it. */
  public record QuoteSource(AnalyzedArticle article, Quote quote) {
    public QuoteSource {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(quote, "quote");
    }
  }
}

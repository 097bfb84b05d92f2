package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Story;

/**
 * A story's analysed articles in the story's order, with each article's position.
 *
 * <p>Immutable and safe to share across threads.
 */
final class StoryArticles {
  private final Story story;
  private final List<AnalyzedArticle> articles;
  private final Map<String, Integer> positions;

  private StoryArticles(Story story, List<AnalyzedArticle> articles) {
    this.story = story;
    this.articles = List.copyOf(articles);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      index.put(articles.get(i).id(), i);
    }
    this.positions = Map.copyOf(index);
  }

  /**
   * The articles {@code story} lists, in its order; ids it lists without an article are skipped.
   */
  static StoryArticles of(Story story, List<AnalyzedArticle> given) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    for (AnalyzedArticle article : given) {
      if (byId.putIfAbsent(article.id(), article) != null) {
        throw new IllegalArgumentException("duplicate article id: " + article.id());
      }
    }
    List<AnalyzedArticle> ordered = new ArrayList<>();
    for (String id : story.articles()) {
      AnalyzedArticle article = byId.get(id);
      if (article != null) {
        ordered.add(article);
      }
    }
    return new StoryArticles(story, ordered);
  }

  Story story() {
    return story;
  }

  List<AnalyzedArticle> list() {
    return articles;
  }

  int size() {
    return articles.size();
  }

  AnalyzedArticle get(int position) {
    return articles.get(position);
  }

  /** The position of article {@code id} in story order. */
  int position(String id) {
    Integer position = positions.get(id);
    if (position == null) {
      throw new IllegalArgumentException("not an article of story " + story.id() + ": " + id);
    }
    return position;
  }

  /**
   * The position of the article that the one at {@code position} copies, or {@code position}
   * itself: a group of near-duplicates counts as one source.
   */
  int source(int position) {
    Integer original = positions.get(story.sourceOf(articles.get(position).id()));
    return original == null ? position : original;
  }

  /** The ids of the articles at {@code positions}, in story order. */
  List<String> ids(java.util.Collection<Integer> positions) {
    return positions.stream().sorted().distinct().map(i -> articles.get(i).id()).toList();
  }
}

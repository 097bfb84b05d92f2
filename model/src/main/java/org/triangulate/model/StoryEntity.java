package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * One real person, body, place or thing as named across a story's articles.
 *
 * @param id unique in the report
 * @param name the fullest name used
 * @param type its kind
 * @param aliases every other form used, sorted
 * @param articles ids of the articles that mention it, in story order
 * @param mentions every mention resolved to it
 */
public record StoryEntity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<String> articles,
    List<MentionRef> mentions) {
  public StoryEntity {
    Checks.notBlank(id, "id");
    Checks.notBlank(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    articles = List.copyOf(articles);
    mentions = List.copyOf(mentions);
  }
}

package org.triangulate.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.Brief;
import org.triangulate.model.MentionRef;
import org.triangulate.model.Speaker;
import org.triangulate.model.StoryEntity;

/**
 * Finds the story entity an article's mention or quote speaker was resolved to.
 *
 * <p>Immutable and thread-safe. Where two story entities claim the same mention, the first in
 * report order wins, so lookups are deterministic.
 */
final class EntityIndex {
  private static final EntityIndex EMPTY = new EntityIndex(Map.of(), Map.of());

  private final Map<MentionRef, String> byMention;
  private final Map<String, List<StoryEntity>> byArticle;

  private EntityIndex(Map<MentionRef, String> byMention, Map<String, List<StoryEntity>> byArticle) {
    this.byMention = byMention;
    this.byArticle = byArticle;
  }

  /** An index that resolves nothing, for articles outside any story. */
  static EntityIndex empty() {
    return EMPTY;
  }

  /** Indexes the entities of {@code stories}. */
  static EntityIndex of(List<Brief> stories) {
    Map<MentionRef, String> byMention = new HashMap<>();
    Map<String, List<StoryEntity>> byArticle = new HashMap<>();
    for (Brief brief : stories) {
      for (StoryEntity entity : brief.entities()) {
        for (MentionRef mention : entity.mentions()) {
          byMention.putIfAbsent(mention, entity.id());
        }
      }
      for (String article : brief.story().articles()) {
        byArticle.computeIfAbsent(article, a -> new ArrayList<>()).addAll(brief.entities());
      }
    }
    return new EntityIndex(Map.copyOf(byMention), copyOfLists(byArticle));
  }

  /** The id of the story entity whose mentions include this span of {@code article}. */
  Optional<String> mention(String article, int start, int end) {
    return Optional.ofNullable(byMention.get(new MentionRef(article, start, end)));
  }

  /**
   * The id of the story entity a quote's speaker is: the one with a mention at the speaker's span,
   * else one of a story holding {@code article} whose name or an alias equals the speaker's
   * resolved name.
   */
  Optional<String> speaker(String article, Speaker speaker) {
    Optional<String> atSpan = mention(article, speaker.start(), speaker.end());
    if (atSpan.isPresent() || speaker.name().isEmpty()) {
      return atSpan;
    }
    String name = speaker.name().get();
    for (StoryEntity entity : byArticle.getOrDefault(article, List.of())) {
      if (entity.name().equals(name) || entity.aliases().contains(name)) {
        return Optional.of(entity.id());
      }
    }
    return Optional.empty();
  }

  private static Map<String, List<StoryEntity>> copyOfLists(Map<String, List<StoryEntity>> map) {
    Map<String, List<StoryEntity>> copy = new HashMap<>();
    map.forEach((key, value) -> copy.put(key, List.copyOf(value)));
    return Map.copyOf(copy);
  }
}

package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.MentionRef;
import org.triangulate.model.StoryEntity;
import org.triangulate.stories.ContentWords;

/**
 * Merges the entity mentions of a story's articles into story entities: one per resolved name,
 * compared without case and diacritics, with a one-word name ("Voss") merged into the only longer
 * name of the same type that ends with it ("Edda Voss").
 *
 * <p>Stateless and safe to share across threads.
 */
final class EntityResolver {
  /** The story's entities and the lookup from a name to its entity. */
  record Resolved(List<StoryEntity> entities, Map<String, String> idByKey) {
    /** The id of the entity {@code name} resolves to, if any. */
    Optional<String> find(String name) {
      String key = key(name);
      String id = idByKey.get(key);
      if (id != null || key.isEmpty() || key.contains(" ")) {
        return Optional.ofNullable(id);
      }
      List<String> ids =
          idByKey.entrySet().stream()
              .filter(e -> e.getKey().endsWith(" " + key))
              .map(Map.Entry::getValue)
              .distinct()
              .toList();
      return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** The entity with id {@code id}. */
    Optional<StoryEntity> get(String id) {
      return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
  }

  private static final class Group {
    final List<EntityMention> mentions = new ArrayList<>();
    final List<Integer> articles = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    EntityType type;
    int firstArticle;
    int firstStart;
  }

  Resolved resolve(StoryArticles story) {
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (int a = 0; a < story.size(); a++) {
      for (EntityMention mention : story.get(a).entities()) {
        String key = key(mention.name());
        if (key.isEmpty()) {
          continue;
        }
        int article = a;
        Group group =
            byKey.computeIfAbsent(
                key,
                k -> {
                  Group g = new Group();
                  g.keys.add(k);
                  g.firstArticle = article;
                  g.firstStart = mention.start();
                  return g;
                });
        group.mentions.add(mention);
        group.articles.add(a);
      }
    }
    for (Group group : byKey.values()) {
      group.type = majorityType(group.mentions);
    }
    Map<String, Group> merged = mergeSurnames(byKey);
    List<Group> groups = new ArrayList<>(new java.util.LinkedHashSet<>(merged.values()));
    groups.sort(
        Comparator.comparingInt((Group g) -> -(int) g.articles.stream().distinct().count())
            .thenComparingInt(g -> -g.mentions.size())
            .thenComparingInt(g -> g.firstArticle)
            .thenComparingInt(g -> g.firstStart));
    List<StoryEntity> entities = new ArrayList<>();
    Map<String, String> idByKey = new HashMap<>();
    for (Group group : groups) {
      String id = story.story().id() + "/e" + (entities.size() + 1);
      entities.add(entity(id, group, story));
      for (String key : group.keys) {
        idByKey.put(key, id);
      }
    }
    return new Resolved(List.copyOf(entities), Map.copyOf(idByKey));
  }

  static String key(String name) {
    return ContentWords.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static EntityType majorityType(List<EntityMention> mentions) {
    Map<EntityType, Integer> counts = new LinkedHashMap<>();
    for (EntityMention m : mentions) {
      counts.merge(m.type(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<EntityType, Integer>comparingByValue())
        .orElseThrow()
        .getKey();
  }

  private static Map<String, Group> mergeSurnames(Map<String, Group> byKey) {
    Map<String, Group> result = new LinkedHashMap<>(byKey);
    for (var entry : byKey.entrySet()) {
      String key = entry.getKey();
      Group single = entry.getValue();
      if (key.contains(" ")) {
        continue;
      }
      List<Group> fuller =
          byKey.entrySet().stream()
              .filter(e -> e.getKey().endsWith(" " + key) && e.getValue().type == single.type)
              .map(Map.Entry::getValue)
              .toList();
      if (fuller.size() == 1) {
        Group target = fuller.get(0);
        target.mentions.addAll(single.mentions);
        target.articles.addAll(single.articles);
        target.keys.add(key);
        if (single.firstArticle < target.firstArticle
            || (single.firstArticle == target.firstArticle
                && single.firstStart < target.firstStart)) {
          target.firstArticle = single.firstArticle;
          target.firstStart = single.firstStart;
        }
        result.put(key, target);
      }
    }
    return result;
  }

  private static StoryEntity entity(String id, Group group, StoryArticles story) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < group.mentions.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingInt((Integer i) -> group.articles.get(i))
            .thenComparingInt(i -> group.mentions.get(i).start()));
    Map<String, Integer> nameCounts = new LinkedHashMap<>();
    TreeSet<String> forms = new TreeSet<>();
    List<MentionRef> refs = new ArrayList<>();
    for (int i : order) {
      EntityMention m = group.mentions.get(i);
      nameCounts.merge(m.name().strip(), 1, Integer::sum);
      forms.add(m.name().strip());
      forms.add(m.text().strip());
      refs.add(new MentionRef(story.get(group.articles.get(i)).id(), m.start(), m.end()));
    }
    String name =
        nameCounts.entrySet().stream()
            .sorted(
                Comparator.comparingInt((Map.Entry<String, Integer> e) -> -words(e.getKey()))
                    .thenComparingInt(e -> -e.getValue())
                    .thenComparingInt(e -> -e.getKey().length())
                    .thenComparing(Map.Entry::getKey))
            .findFirst()
            .orElseThrow()
            .getKey();
    forms.remove(name);
    forms.removeIf(String::isEmpty);
    return new StoryEntity(
        id, name, group.type, List.copyOf(forms), story.ids(group.articles), refs);
  }

  private static int words(String name) {
    return name.strip().split("\\s+").length;
  }
}

package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Stance;
import org.triangulate.model.StanceKind;
import org.triangulate.model.StoryEntity;

/**
 * Finds the positions of a story's actors on its central question ({@link StanceQuestion}) from
 * what they said (quotes with a named speaker, with the verb that introduces them) and from
 * sentences where a named person or organisation is the subject of a stance word ("the council
 * backed the scheme"), each scored by {@link StanceCues}.
 *
 * <p>An actor with statements on both sides is mixed unless one side has at least twice as many; a
 * statement that takes neither side ("neither for nor against") makes the actor mixed. Immutable
 * and safe to share across threads.
 */
final class StanceFinder {
  /** How many words after an actor's name a stance word may start to make it the subject. */
  static final int SUBJECT_SLOT = 4;

  private final StanceCues cues = new StanceCues();
  private final StanceQuestion question = new StanceQuestion(cues);

  private static final class Position {
    String actor;
    Optional<String> entity;
    int supports;
    int opposes;
    int mixed;
    final List<Evidence> evidence = new ArrayList<>();

    StanceKind kind() {
      if (mixed > 0
          || (supports > 0
              && opposes > 0
              && Math.max(supports, opposes) < 2 * Math.min(supports, opposes))) {
        return StanceKind.MIXED;
      }
      return supports > opposes ? StanceKind.SUPPORT : StanceKind.OPPOSE;
    }
  }

  List<Stance> find(StoryArticles story, EntityResolver.Resolved entities) {
    Map<String, Position> positions = new LinkedHashMap<>();
    for (AnalyzedArticle article : story.list()) {
      String text = article.text();
      for (Quote quote : article.quotes()) {
        Optional<String> name =
            quote.speaker().flatMap(s -> s.name()).map(String::strip).filter(n -> !n.isEmpty());
        if (name.isEmpty() || quote.end() > text.length() || quote.start() >= quote.end()) {
          continue;
        }
        List<Words.Token> tokens = new ArrayList<>();
        quote.cue().ifPresent(cue -> tokens.addAll(Words.tokens(cue, 0, cue.length())));
        tokens.addAll(Words.tokens(text, quote.start(), quote.end()));
        add(
            positions,
            entities,
            name.get(),
            cues.polarity(tokens, false),
            article,
            quote.start(),
            quote.end());
      }
      for (Sentence sentence : article.sentences()) {
        for (EntityMention mention : article.entities()) {
          if (isSubject(article, sentence, mention)) {
            List<Words.Token> clause = Words.tokens(text, mention.end(), sentence.end());
            if (cues.cueWithin(clause, SUBJECT_SLOT)) {
              add(
                  positions,
                  entities,
                  mention.name(),
                  cues.polarity(clause, true),
                  article,
                  sentence.start(),
                  sentence.end());
            }
          }
        }
      }
    }
    String proposition = question.proposition(story);
    List<Stance> stances = new ArrayList<>();
    for (Position p : positions.values()) {
      if (p.supports + p.opposes + p.mixed > 0) {
        stances.add(new Stance(p.actor, p.entity, p.kind(), proposition, p.evidence));
      }
    }
    return stances;
  }

  private static void add(
      Map<String, Position> positions,
      EntityResolver.Resolved entities,
      String name,
      int polarity,
      AnalyzedArticle article,
      int start,
      int end) {
    if (polarity == 0) {
      return;
    }
    String evidenceText = article.text().substring(start, end).strip();
    if (evidenceText.isEmpty()) {
      return;
    }
    int from = article.text().indexOf(evidenceText, start);
    Optional<String> entity = actor(entities, name);
    Position position =
        positions.computeIfAbsent(
            entity.orElse("name:" + EntityResolver.key(name)),
            k -> {
              Position p = new Position();
              p.entity = entity;
              p.actor = entity.flatMap(entities::get).map(e -> e.name()).orElse(name);
              return p;
            });
    position.supports += polarity == 1 ? 1 : 0;
    position.opposes += polarity == -1 ? 1 : 0;
    position.mixed += polarity == 2 ? 1 : 0;
    Evidence evidence =
        new Evidence(article.id(), evidenceText, from, from + evidenceText.length());
    if (!position.evidence.contains(evidence)) {
      position.evidence.add(evidence);
    }
  }

  /**
   * The entity of an actor's name; a name with a title before it ("Harlow Mayor Edda Voss") is the
   * person of two or more words it ends with.
   */
  private static Optional<String> actor(EntityResolver.Resolved entities, String name) {
    String key = EntityResolver.key(name);
    return entities.entities().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .filter(e -> EntityResolver.key(e.name()).contains(" "))
        .filter(e -> key.endsWith(" " + EntityResolver.key(e.name())))
        .max(java.util.Comparator.comparingInt((StoryEntity e) -> e.name().length()))
        .map(StoryEntity::id)
        .or(() -> entities.find(name));
  }

  /**
   * Whether {@code mention} names a person or organisation that is the subject of a clause of
   * {@code sentence}: not inside a quote, and not the speaker of a quote in the sentence (the quote
   * speaks for itself).
   */
  private static boolean isSubject(
      AnalyzedArticle article, Sentence sentence, EntityMention mention) {
    if (!sentence.contains(mention.start(), mention.end())
        || (mention.type() != EntityType.PERSON && mention.type() != EntityType.ORGANIZATION)) {
      return false;
    }
    for (Quote quote : article.quotes()) {
      boolean inside = quote.start() < mention.end() && mention.start() < quote.end();
      boolean speaks =
          sentence.contains(quote.start(), quote.end())
              || quote
                  .speaker()
                  .filter(s -> s.start() < sentence.end() && sentence.start() < s.end())
                  .isPresent();
      if (inside || speaks) {
        return false;
      }
    }
    return true;
  }
}

package org.triangulate.corroborate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.Quote;
import org.triangulate.model.Speaker;

/**
 * Whether two quotes may carry one person's or body's statement, judged by their speakers alone.
 *
 * <p>A quote's speaker is <em>unnamed</em> when the quote stage resolved no name ("the company", an
 * unresolved "she"), <em>named</em> when its name is a story entity or is written with capitals
 * inside it ("Ilse Marr"), and <em>generic</em> otherwise ("campaigners", "Opponents", "industry
 * figures"). Two speakers are compatible when either is unnamed, when both resolve to one story
 * entity, when the words of one name are all in the other ("Marr", "Mayor Ilse Marr"), or when both
 * are generic. A quote with no speaker at all is compatible with nothing: it is a sentence the
 * outlets share, not somebody's words.
 *
 * <p>Immutable and safe to share across threads.
 */
final class SpeakerMatch {
  private final EntityResolver.Resolved entities;

  SpeakerMatch(EntityResolver.Resolved entities) {
    this.entities = entities;
  }

  /** Whether {@code a} and {@code b} may be quotes of one speaker. */
  boolean compatible(Quote a, Quote b) {
    if (a.speaker().isEmpty() || b.speaker().isEmpty()) {
      return false;
    }
    Optional<String> nameA = name(a.speaker().get());
    Optional<String> nameB = name(b.speaker().get());
    if (nameA.isEmpty() || nameB.isEmpty()) {
      return true;
    }
    Set<String> wordsA = words(nameA.get());
    Set<String> wordsB = words(nameB.get());
    if (wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA)) {
      return true;
    }
    Optional<String> entityA = entities.find(nameA.get());
    Optional<String> entityB = entities.find(nameB.get());
    if (entityA.isPresent() && entityA.equals(entityB)) {
      return true;
    }
    return generic(nameA.get(), entityA) && generic(nameB.get(), entityB);
  }

  /** Whether {@code quote} names no one and no body: a shared sentence rather than a quote. */
  static boolean speakerless(Quote quote) {
    return quote.speaker().isEmpty();
  }

  private static Optional<String> name(Speaker speaker) {
    return speaker.name().map(String::strip).filter(n -> !n.isEmpty());
  }

  private static Set<String> words(String name) {
    String key = EntityResolver.key(name);
    return key.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(key.split(" ")));
  }

  /** A name that is no story entity and has no capital past its first letter. */
  private static boolean generic(String name, Optional<String> entity) {
    return entity.isEmpty() && name.substring(1).chars().noneMatch(Character::isUpperCase);
  }
}

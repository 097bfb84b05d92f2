package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Claim;
import org.triangulate.model.Conflict;
import org.triangulate.model.EntityType;
import org.triangulate.model.Quote;
import org.triangulate.model.QuoteGroup;
import org.triangulate.model.Speaker;
import org.triangulate.model.StoryEntity;

/**
 * Finds contradictory attributions: the same words, quoted by different articles, given to
 * different people ("This was an accident waiting to happen", said the union leader in one paper
 * and a councillor in another).
 *
 * <p>Only direct quotes of at least {@link #MIN_WORDS} content words whose article names the
 * speaker (by surname) right next to them count, and only near-verbatim ones (content-word Jaccard
 * at least {@link #SAME_WORDS}), so a statement two people made in other words is no conflict; both
 * speakers must be resolved to people, not organisations, and be different story entities with
 * different surnames (not one spelled two ways: {@link #spelledAlike}). Each claim is the quote
 * with its speaker's mention when they sit close, verbatim from the article. Immutable and safe to
 * share across threads.
 */
final class AttributionChecker {
  /** The content-word Jaccard two quotes need to count as the same words. */
  static final double SAME_WORDS = 0.8;

  /** A speaker mention at most this many characters from its quote is shown with it. */
  private static final int SPEAKER_REACH = 120;

  /** Surnames this long or longer may differ by one letter and still be one name. */
  static final int SPELLING_LENGTH = 5;

  /** A quote needs this many content words to be a statement (not a title or a phrase). */
  static final int MIN_WORDS = 4;

  private record Carried(Quote quote, AnalyzedArticle article, String person) {}

  /**
   * The attribution conflicts among {@code groups}, numbered from {@code firstNumber} in the story.
   */
  List<Conflict> find(
      StoryArticles story,
      List<QuoteGroup> groups,
      EntityResolver.Resolved entities,
      int firstNumber) {
    Map<String, Carried> byId = new HashMap<>();
    for (AnalyzedArticle article : story.list()) {
      for (Quote quote : article.quotes()) {
        person(quote, entities)
            .ifPresent(p -> byId.put(quote.id(), new Carried(quote, article, p)));
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (QuoteGroup group : groups) {
      List<Carried> carried =
          group.quotes().stream().map(byId::get).filter(c -> c != null).toList();
      Map<String, Carried> firstByPerson = new LinkedHashMap<>();
      for (Carried c : carried) {
        firstByPerson.putIfAbsent(c.person(), c);
      }
      if (firstByPerson.size() < 2 || !sameWords(carried) || !differentSurnames(firstByPerson)) {
        continue;
      }
      List<Claim> claims = new ArrayList<>();
      List<String> seen = new ArrayList<>();
      for (Carried c : carried) {
        String key = c.article().id() + " " + c.person();
        if (!seen.contains(key)) {
          seen.add(key);
          claims.add(claim(c));
        }
      }
      String id = story.story().id() + "/c" + (firstNumber + conflicts.size());
      String about =
          "who said “"
              + carried.get(0).quote().text()
              + "”: "
              + String.join(" or ", firstByPerson.keySet());
      conflicts.add(new Conflict(id, about, claims));
    }
    return conflicts;
  }

  /**
   * The person {@code quote} is given to, when the article names them next to it: a pronoun or a
   * far-off mention resolved to a name is too weak to accuse an outlet of misattribution.
   */
  private static Optional<String> person(Quote quote, EntityResolver.Resolved entities) {
    if (!quote.direct() || Words.content(quote.text()).size() < MIN_WORDS) {
      return Optional.empty();
    }
    Optional<Speaker> speaker = quote.speaker();
    if (speaker.isEmpty()
        || Math.max(speaker.get().start() - quote.end(), quote.start() - speaker.get().end())
            > SPEAKER_REACH) {
      return Optional.empty();
    }
    Optional<String> name =
        quote.speaker().flatMap(Speaker::name).map(String::strip).filter(n -> !n.isEmpty());
    Optional<StoryEntity> entity = name.flatMap(entities::find).flatMap(entities::get);
    if (entity.isEmpty() || entity.get().type() != EntityType.PERSON) {
      return Optional.empty();
    }
    String key = EntityResolver.key(entity.get().name());
    String surname = key.substring(key.lastIndexOf(' ') + 1);
    if (!Words.content(speaker.get().text()).contains(Words.normalize(surname))) {
      return Optional.empty();
    }
    return Optional.of(entity.get().name());
  }

  private static boolean sameWords(List<Carried> carried) {
    for (int i = 0; i < carried.size(); i++) {
      for (int j = i + 1; j < carried.size(); j++) {
        if (Words.jaccard(
                Words.content(carried.get(i).quote().text()),
                Words.content(carried.get(j).quote().text()))
            < SAME_WORDS) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether the people are all told apart by their names: no two surnames are spelled alike, and no
   * name is part of another ("Charlie" of "Charlie Kafoury": an outlet that names a person by one
   * name does not give the words to someone else).
   */
  private static boolean differentSurnames(Map<String, Carried> byPerson) {
    List<List<String>> names = new ArrayList<>();
    for (String person : byPerson.keySet()) {
      List<String> words = List.of(EntityResolver.key(person).split(" "));
      String surname = words.getLast();
      for (List<String> other : names) {
        if (spelledAlike(other.getLast(), surname)
            || other.containsAll(words)
            || words.containsAll(other)) {
          return false;
        }
      }
      names.add(words);
    }
    return true;
  }

  /**
   * Whether two surnames are one name spelled differently: equal, or, from {@value
   * #SPELLING_LENGTH} letters on, one letter added, dropped or changed ("Hefner", "Heffner").
   */
  static boolean spelledAlike(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (Math.min(a.length(), b.length()) < SPELLING_LENGTH
        || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    String restA = a.substring(Math.min(a.length(), i + (a.length() >= b.length() ? 1 : 0)));
    String restB = b.substring(Math.min(b.length(), i + (b.length() >= a.length() ? 1 : 0)));
    return restA.equals(restB);
  }

  private static Claim claim(Carried c) {
    String text = c.article().text();
    int start = c.quote().start();
    int end = c.quote().end();
    Optional<Speaker> speaker = c.quote().speaker();
    if (speaker.isPresent()
        && speaker.get().end() <= text.length()
        && Math.max(speaker.get().start() - end, start - speaker.get().end()) <= SPEAKER_REACH) {
      start = Math.min(start, speaker.get().start());
      end = Math.max(end, speaker.get().end());
    }
    end = Math.min(end, text.length());
    return new Claim(c.article().id(), text.substring(start, end), start, end, Optional.empty());
  }
}

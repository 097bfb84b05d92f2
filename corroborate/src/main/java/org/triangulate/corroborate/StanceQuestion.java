package org.triangulate.corroborate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Sentence;

/**
 * Finds a story's central question: the action family of {@link StanceCues} its articles mention
 * most (the title counting {@value #TITLE_WEIGHT} times), about the thing most often named right
 * beside those mentions ("the dam should go ahead").
 *
 * <p>With fewer than {@value #MIN_MENTIONS} action mentions the question is the story's title.
 * Immutable and safe to share across threads.
 */
final class StanceQuestion {
  static final int TITLE_WEIGHT = 3;

  /** The fewest mentions of an action family that make it the story's question. */
  static final int MIN_MENTIONS = 2;

  /** The most words of the noun phrase that names the question's subject. */
  static final int PHRASE_WORDS = 3;

  private static final Set<String> DETERMINERS = Set.of("the", "this", "its");

  private final StanceCues cues;

  StanceQuestion(StanceCues cues) {
    this.cues = cues;
  }

  /** The proposition the story's actors take sides on. */
  String proposition(StoryArticles story) {
    List<StanceCues.Family> families = cues.actionFamilies();
    int[] counts = new int[families.size()];
    String title = story.story().title();
    List<Words.Token> titleTokens = Words.tokens(title, 0, title.length());
    for (int f = 0; f < families.size(); f++) {
      counts[f] += TITLE_WEIGHT * families.get(f).mentions(titleTokens);
    }
    for (AnalyzedArticle article : story.list()) {
      for (Sentence sentence : article.sentences()) {
        List<Words.Token> tokens = Words.tokens(article.text(), sentence.start(), sentence.end());
        for (int f = 0; f < families.size(); f++) {
          counts[f] += families.get(f).mentions(tokens);
        }
      }
    }
    int best = 0;
    for (int f = 1; f < counts.length; f++) {
      best = counts[f] > counts[best] ? f : best;
    }
    if (counts.length == 0 || counts[best] < MIN_MENTIONS) {
      return fromTitle(title);
    }
    String label = families.get(best).label();
    return subject(story, families.get(best))
        .map(s -> s + " " + label)
        .orElse(fromTitle(title) + ": " + label.replaceFirst("^should", "it should"));
  }

  /**
   * The thing most often named by a definite noun phrase of up to {@value #PHRASE_WORDS} words just
   * before or after one of the family's words ("approve the dam", "the plant should reopen").
   */
  private static Optional<String> subject(StoryArticles story, StanceCues.Family family) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> written = new HashMap<>();
    for (AnalyzedArticle article : story.list()) {
      for (Sentence sentence : article.sentences()) {
        List<Words.Token> tokens = Words.tokens(article.text(), sentence.start(), sentence.end());
        for (int at : family.at(tokens)) {
          for (int from : List.of(after(tokens, at), before(tokens, at))) {
            if (from < 0) {
              continue;
            }
            int to = from;
            while (to < tokens.size() && to - from < PHRASE_WORDS && isNounWord(tokens.get(to))) {
              to++;
            }
            if (to > from) {
              String phrase =
                  article.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
              String key = phrase.toLowerCase(Locale.ROOT);
              counts.merge(key, 1, Integer::sum);
              written.putIfAbsent(key, phrase);
            }
          }
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> "the " + written.get(e.getKey()))
        .findFirst();
  }

  /** The first word after a determiner shortly after {@code at}, or -1. */
  private static int after(List<Words.Token> tokens, int at) {
    for (int k = at + 1; k < Math.min(tokens.size() - 1, at + 1 + PHRASE_WORDS); k++) {
      if (DETERMINERS.contains(tokens.get(k).form())) {
        return k + 1;
      }
      if (tokens.get(k).content()) {
        return -1;
      }
    }
    return -1;
  }

  /** The first word of a determined phrase that ends shortly before {@code at}, or -1. */
  private static int before(List<Words.Token> tokens, int at) {
    int k = at - 1;
    while (k >= 0 && at - k <= PHRASE_WORDS && !tokens.get(k).content()) {
      k--;
    }
    int end = k;
    while (k >= 0 && end - k < PHRASE_WORDS && isNounWord(tokens.get(k))) {
      k--;
    }
    return k >= 0 && k < end && DETERMINERS.contains(tokens.get(k).form()) ? k + 1 : -1;
  }

  private static boolean isNounWord(Words.Token token) {
    return token.content() && Character.isLetter(token.form().charAt(0));
  }

  static String fromTitle(String title) {
    String statement = title.strip().replaceAll("[\\s.!?:;,]+$", "");
    return statement.isEmpty() ? "the story's central decision" : statement;
  }
}

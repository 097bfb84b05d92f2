package org.triangulate.corroborate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.DateMention;

/**
 * Decides whether two aligned claims date one action differently ("the regulator halted work on 3
 * March" and "... on 4 March").
 *
 * <p>Both sentences must hold exactly one resolved day each (a sentence with several dates does not
 * say which one the action took), share a named entity, and say the same thing in other respects: a
 * Dice overlap of content words, date words left out, of at least {@code similarity}, or, when both
 * days are written with a number and at most {@link #NEAR_DAYS} apart, one shared content word (the
 * claims are already aligned). A date written without a number ("today", "on Monday") is resolved
 * against its article's publication day, which is not reliable enough to compare with an article of
 * another day. Immutable and safe to share across threads.
 */
final class DateComparison {
  /** Two claims must share this many words besides names, numbers and dates to date one action. */
  static final int MIN_SHARED = 2;

  /** Days written out in full at most this far apart may date one action in other words. */
  static final int NEAR_DAYS = 7;

  private final double similarity;

  DateComparison(double similarity) {
    this.similarity = similarity;
  }

  /** The single resolved day of {@code s}, if it has exactly one date and it is resolved. */
  static Optional<LocalDate> day(Statement s) {
    List<DateMention> dates = s.dates();
    return dates.size() == 1 ? dates.get(0).value() : Optional.empty();
  }

  /** Whether {@code s} and {@code t} give one action different days. */
  boolean conflict(Statement s, Statement t) {
    return comparable(s, t) && !day(s).equals(day(t));
  }

  /** Whether {@code s} and {@code t} each date one action, the same one. */
  boolean comparable(Statement s, Statement t) {
    if (day(s).isEmpty() || day(t).isEmpty()) {
      return false;
    }
    if (Words.shared(s.entityNames(), t.entityNames()) == 0) {
      return false;
    }
    boolean sameDay = s.published().isPresent() && s.published().equals(t.published());
    if (!sameDay && (relative(s) || relative(t))) {
      return false;
    }
    Set<String> x = withoutDate(s);
    Set<String> y = withoutDate(t);
    if (!relative(s)
        && !relative(t)
        && Words.shared(x, y) >= 1
        && Math.abs(ChronoUnit.DAYS.between(day(s).get(), day(t).get())) <= NEAR_DAYS) {
      // Claims already aligned as one fact that name one entity and write both days out in full,
      // days apart, date one action even in other words ("halted work on 3 March", "its decision
      // on 4 March"); days months apart date different actions (reported in September, held in
      // December).
      return true;
    }
    return Words.shared(x, y) >= MIN_SHARED && Words.dice(x, y) >= similarity;
  }

  /** Whether the date of {@code s} is written without a number ("today", "on Monday"). */
  private static boolean relative(Statement s) {
    return s.dates().get(0).text().chars().noneMatch(Character::isDigit);
  }

  /** What {@code s} and {@code t} date: "date: " and up to four content words they share. */
  static String about(Statement s, Statement t) {
    Set<String> other = withoutDate(t);
    List<String> shared = new java.util.ArrayList<>();
    Set<String> dateWords = Words.content(s.dates().get(0).text());
    for (Words.Token token : Words.tokens(s.text(), 0, s.text().length())) {
      String surface = s.text().substring(token.start(), token.end());
      if (token.content()
          && other.contains(token.form())
          && !dateWords.contains(token.form())
          && !shared.contains(surface)
          && shared.size() < 4) {
        shared.add(surface);
      }
    }
    return "date: " + String.join(", ", shared);
  }

  /** The content words of {@code s} that are neither in its date nor in the names it mentions. */
  private static Set<String> withoutDate(Statement s) {
    Set<String> dateWords = new java.util.HashSet<>(Words.content(s.dates().get(0).text()));
    s.entityNames().forEach(name -> dateWords.addAll(Words.content(name)));
    return s.words().stream()
        .filter(w -> !dateWords.contains(w) && !Character.isDigit(w.charAt(0)))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}

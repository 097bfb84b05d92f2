package org.triangulate.nlp.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.DateMention;
import org.triangulate.nlp.internal.Lexicon;
import org.triangulate.nlp.internal.NumberWords;

/**
 * A date resolver driven by patterns: absolute dates ("3 March 2024", "March 3, 2024",
 * "2024-03-03", "March 3") and relative ones ("Thursday", "last Monday", "yesterday", "two days
 * ago", "last week").
 *
 * <p>A date without a year takes the publication year. A bare weekday ("on Thursday") is, by news
 * convention, the latest such day on or before the publication day; "last Monday" the latest before
 * it, "next Monday" the first after it. Vague periods ("last week") and any relative date without a
 * publication day keep an empty value. Impossible dates (31 February) are kept with an empty value.
 *
 * <p>Immutable and thread-safe; build once and share. Linear in the text.
 */
public final class RuleDateResolver implements DateResolver {
  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, DayOfWeek> weekdays = new HashMap<>();
  private final NumberWords numbers = new NumberWords();
  private final List<Pattern> patterns;

  /** A resolver with the bundled month and weekday names. */
  public RuleDateResolver() {
    for (String[] row : Lexicon.table("date/months.tsv")) {
      months.put(row[0], Integer.parseInt(row[1]));
    }
    for (String[] row : Lexicon.table("date/weekdays.tsv")) {
      weekdays.put(row[0], DayOfWeek.of(Integer.parseInt(row[1])));
    }
    String month = "(?<month>" + alternation(months.keySet()) + ")\\.?";
    String day = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    String year = "(?:,?\\s+(?<year>(?:19|20)\\d\\d))?";
    String count = "(?<count>\\d{1,3}|" + numbers.alternation() + ")";
    patterns =
        List.of(
            Pattern.compile("\\b(?<iso>(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)\\b"),
            Pattern.compile("\\b" + day + "\\s+(?:of\\s+)?" + month + year + "\\b"),
            Pattern.compile("\\b" + month + "\\s+" + day + year + "\\b(?![,.]?\\d)"),
            Pattern.compile(
                "\\b(?:(?<mod>last|this|next|past|coming)\\s+)?(?<weekday>"
                    + alternation(weekdays.keySet())
                    + ")\\b"),
            Pattern.compile(
                "\\b(?:(?:earlier|later)\\s+)?(?<rel>(?i:yesterday|today|tomorrow|tonight))\\b"),
            Pattern.compile("(?i)\\b" + count + "\\s+(?<unit>days?|weeks?)\\s+ago\\b"),
            Pattern.compile("(?i)\\b(?<vague>(?:last|this|next|past)\\s+(?:week|month|year))\\b"));
  }

  private static String alternation(Collection<String> words) {
    return String.join(
        "|", words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
  }

  @Override
  public List<DateMention> resolve(String text, Optional<LocalDate> anchor) {
    List<DateMention> all = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        all.add(new DateMention(m.group(), m.start(), m.end(), value(m, anchor)));
      }
    }
    all.sort(
        Comparator.comparingInt(DateMention::start)
            .thenComparing(Comparator.comparingInt(DateMention::end).reversed()));
    List<DateMention> out = new ArrayList<>();
    int covered = 0;
    for (DateMention d : all) {
      if (d.start() >= covered) {
        out.add(d);
        covered = d.end();
      }
    }
    return List.copyOf(out);
  }

  private Optional<LocalDate> value(Matcher m, Optional<LocalDate> anchor) {
    try {
      if (has(m, "iso")) {
        return Optional.of(LocalDate.parse(m.group("iso")));
      }
      if (has(m, "month")) {
        Optional<Integer> year =
            has(m, "year")
                ? Optional.of(Integer.parseInt(m.group("year")))
                : anchor.map(LocalDate::getYear);
        return year.map(
            y -> LocalDate.of(y, months.get(m.group("month")), Integer.parseInt(m.group("day"))));
      }
      if (has(m, "weekday")) {
        DayOfWeek dow = weekdays.get(m.group("weekday"));
        String mod = has(m, "mod") ? m.group("mod").toLowerCase(Locale.ROOT) : "";
        return anchor.map(
            a ->
                switch (mod) {
                  case "last", "past" -> a.with(TemporalAdjusters.previous(dow));
                  case "next", "coming" -> a.with(TemporalAdjusters.next(dow));
                  default -> a.with(TemporalAdjusters.previousOrSame(dow));
                });
      }
      if (has(m, "rel")) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        return anchor.map(
            a ->
                switch (rel) {
                  case "yesterday" -> a.minusDays(1);
                  case "tomorrow" -> a.plusDays(1);
                  default -> a;
                });
      }
      if (has(m, "count")) {
        String c = m.group("count");
        long n =
            Character.isDigit(c.charAt(0))
                ? Long.parseLong(c)
                : numbers.value(c).map(Double::longValue).orElse(0L);
        long days = m.group("unit").toLowerCase(Locale.ROOT).startsWith("week") ? 7 * n : n;
        return anchor.map(a -> a.minusDays(days));
      }
      return Optional.empty();
    } catch (DateTimeException e) {
      // An impossible day ("31 February") is still a date mention, with no value.
      return Optional.empty();
    }
  }

  private static boolean has(Matcher m, String group) {
    return m.namedGroups().containsKey(group) && m.group(group) != null;
  }
}

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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.DateMention;
import org.triangulate.nlp.date.ResolvedDate.Granularity;
import org.triangulate.nlp.internal.Lexicon;
import org.triangulate.nlp.internal.NumberWords;

/**
 * A date resolver driven by patterns: absolute dates ("3 March 2024", "March 3, 2024",
 * "2024-03-03", "March 3", "03/28/24"), months ("March 2024", "in March"), years ("in 2015", "the
 * 2015 season") and relative dates ("Thursday", "last Monday", "yesterday", "earlier today", "last
 * night", "two days ago", "last week", "this month", "three months ago").
 *
 * <p>A date without a year takes the publication year. A bare weekday ("on Thursday") is, by news
 * convention, the latest such day on or before the publication day, or the first on or after it
 * when the clause speaks of the future ("will meet on Thursday"); "last Monday" the latest before
 * it, "next Monday" the first after it. "Last week" is the Monday-to-Sunday week before the
 * publication day's, "this week" that week, "past week" the seven days up to the publication day;
 * months and years likewise. Periods keep an empty {@link DateMention#value} (they name no single
 * day): {@link #resolveDetailed} gives their first and last day. Relative dates without a
 * publication day, and impossible dates (31 February), keep an empty value.
 *
 * <p>Immutable and thread-safe; build once and share. Linear in the text.
 */
public final class RuleDateResolver implements DateResolver {
  private static final Pattern WEEKDAY_GAP = Pattern.compile(",?[ \\u00a0]*(?:the[ ]+)?");
  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, DayOfWeek> weekdays = new HashMap<>();
  private final Set<String> futureMarkers = Lexicon.lowerSet("date/future-markers.txt");
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
    String monthNames = alternation(months.keySet());
    String month = "(?<month>" + monthNames + ")\\.?";
    String day = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    String year = "(?:,?\\s+(?<year>(?:19|20)\\d\\d))?";
    String count = "(?<count>\\d{1,3}|" + numbers.alternation() + ")";
    String lead =
        "(?<=\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-)\\s?)";
    String yearLead =
        "(?<=\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-|[Tt]he|[Aa]n?"
            + "|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter"
            + "|(?:end|start|beginning|middle) of)\\s?)";
    patterns =
        List.of(
            Pattern.compile("\\b(?<iso>(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)\\b"),
            Pattern.compile("\\b" + day + "\\s+(?:of\\s+)?" + month + year + "\\b"),
            Pattern.compile("\\b" + month + "\\s+" + day + year + "\\b(?![,.]?\\d)"),
            Pattern.compile(
                "\\b(?<pmonth>" + monthNames + ")\\.?,?\\s+(?<pyear>(?:19|20)\\d\\d)\\b"),
            Pattern.compile("(?=\\p{Lu})" + lead + "(?<pmonth>" + monthNames + ")\\b(?!\\s+\\d)"),
            Pattern.compile(
                "(?=(?:19|20)\\d\\d)"
                    + yearLead
                    + "(?<pyear>(?:19|20)\\d\\d)\\b(?![-–]?\\d)(?!\\s+(?:people|persons)\\b)"),
            Pattern.compile(
                "(?<![\\d/.])(?<na>[01]?\\d|[23]\\d)/(?<nb>[0-3]?\\d)/(?<ny>(?:19|20)?\\d\\d)"
                    + "(?![\\d/])"),
            Pattern.compile(
                "\\b(?:(?<mod>last|this|next|past|coming)\\s+)?(?<weekday>"
                    + alternation(weekdays.keySet())
                    + ")\\b"),
            Pattern.compile(
                "\\b(?:(?:earlier|later)\\s+)?(?<rel>(?i:yesterday|today|tomorrow|tonight"
                    + "|last\\s+night|this\\s+(?:morning|afternoon|evening)))\\b"),
            Pattern.compile(
                "(?i)\\b" + count + "\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago\\b"),
            Pattern.compile(
                "(?i)\\b(?<vmod>last|this|next|past|coming)\\s+(?<vunit>week|month|year)\\b"));
  }

  private static String alternation(Collection<String> words) {
    return String.join(
        "|",
        words.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
            .toList());
  }

  @Override
  public List<DateMention> resolve(String text, Optional<LocalDate> anchor) {
    return resolveDetailed(text, anchor).stream().map(ResolvedDate::mention).toList();
  }

  /**
   * The dates of {@code text} with the stretch of calendar each names, in text order: the same
   * mentions as {@link #resolve}.
   */
  public List<ResolvedDate> resolveDetailed(String text, Optional<LocalDate> anchor) {
    List<ResolvedDate> all = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        all.add(resolved(m, anchor, isFuture(text, m.start())));
      }
    }
    all.sort(
        Comparator.comparingInt((ResolvedDate d) -> d.mention().start())
            .thenComparing(d -> -d.mention().end()));
    List<ResolvedDate> out = new ArrayList<>();
    int covered = 0;
    for (ResolvedDate d : all) {
      if (d.mention().start() >= covered) {
        out.add(d);
        covered = d.mention().end();
      }
    }
    return List.copyOf(namedDays(text, out));
  }

  /**
   * A weekday written with its date ("Sunday, March 2, 2014", "Friday 10 September") is that date,
   * whatever the publication day.
   */
  private List<ResolvedDate> namedDays(String text, List<ResolvedDate> dates) {
    List<ResolvedDate> out = new ArrayList<>(dates);
    for (int i = 0; i + 1 < out.size(); i++) {
      ResolvedDate day = out.get(i);
      ResolvedDate next = out.get(i + 1);
      DateMention m = day.mention();
      boolean weekday = weekdays.containsKey(m.text());
      if (weekday
          && next.granularity() == Granularity.DAY
          && next.first().isPresent()
          && WEEKDAY_GAP.matcher(text).region(m.end(), next.mention().start()).matches()) {
        out.set(
            i,
            new ResolvedDate(
                new DateMention(m.text(), m.start(), m.end(), next.first()),
                Granularity.DAY,
                next.first(),
                next.first()));
      }
    }
    return out;
  }

  /** Whether the clause before {@code pos} speaks of the future ("will meet on …"). */
  private boolean isFuture(String text, int pos) {
    String before = text.substring(Math.max(0, pos - 60), pos);
    int cut =
        Math.max(
            before.lastIndexOf('.'), Math.max(before.lastIndexOf(';'), before.lastIndexOf('\n')));
    for (String w : before.substring(cut + 1).toLowerCase(Locale.ROOT).split("[^\\p{L}’']+")) {
      if (futureMarkers.contains(w) || (w.endsWith("’ll") || w.endsWith("'ll"))) {
        return true;
      }
    }
    return false;
  }

  private ResolvedDate resolved(Matcher m, Optional<LocalDate> anchor, boolean future) {
    Period p;
    try {
      p = period(m, anchor, future);
    } catch (DateTimeException e) {
      // An impossible day ("31 February") is still a date mention, with no value.
      p = new Period(Granularity.DAY, Optional.empty(), Optional.empty());
    }
    Optional<LocalDate> value = p.granularity() == Granularity.DAY ? p.first() : Optional.empty();
    return new ResolvedDate(
        new DateMention(m.group(), m.start(), m.end(), value),
        p.granularity(),
        p.first(),
        p.last());
  }

  private Period period(Matcher m, Optional<LocalDate> anchor, boolean future) {
    if (has(m, "iso")) {
      return Period.day(Optional.of(LocalDate.parse(m.group("iso"))));
    }
    if (has(m, "month")) {
      Optional<Integer> year =
          has(m, "year")
              ? Optional.of(Integer.parseInt(m.group("year")))
              : anchor.map(LocalDate::getYear);
      int mo = months.get(m.group("month"));
      int d = Integer.parseInt(m.group("day"));
      return Period.day(year.map(y -> LocalDate.of(y, mo, d)));
    }
    if (has(m, "na")) {
      return Period.day(numeric(m));
    }
    if (has(m, "pmonth")) {
      int mo = months.get(m.group("pmonth"));
      Optional<Integer> year =
          has(m, "pyear")
              ? Optional.of(Integer.parseInt(m.group("pyear")))
              : anchor.map(LocalDate::getYear);
      return Period.month(year.map(y -> LocalDate.of(y, mo, 1)));
    }
    if (has(m, "pyear")) {
      return Period.year(Optional.of(LocalDate.of(Integer.parseInt(m.group("pyear")), 1, 1)));
    }
    if (has(m, "weekday")) {
      DayOfWeek dow = weekdays.get(m.group("weekday"));
      String mod = has(m, "mod") ? m.group("mod").toLowerCase(Locale.ROOT) : "";
      return Period.day(
          anchor.map(
              a ->
                  switch (mod) {
                    case "last", "past" -> a.with(TemporalAdjusters.previous(dow));
                    case "next", "coming" -> a.with(TemporalAdjusters.next(dow));
                    default ->
                        a.with(
                            future
                                ? TemporalAdjusters.nextOrSame(dow)
                                : TemporalAdjusters.previousOrSame(dow));
                  }));
    }
    if (has(m, "rel")) {
      String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      return Period.day(
          anchor.map(
              a ->
                  switch (rel) {
                    case "yesterday", "last night" -> a.minusDays(1);
                    case "tomorrow" -> a.plusDays(1);
                    default -> a;
                  }));
    }
    if (has(m, "count")) {
      return ago(m, anchor);
    }
    return RelativePeriods.of(
        m.group("vmod").toLowerCase(Locale.ROOT),
        m.group("vunit").toLowerCase(Locale.ROOT),
        anchor);
  }

  /**
   * A date written in figures, "04/28/09" or "28/04/2009": whichever figure can only be a day is
   * the day; when both could be months ("11/09/2010" is 9 November in the US and 11 September in
   * Europe) the day is left unknown rather than guessed. A two-digit year is of this century up to
   * 69.
   */
  private static Optional<LocalDate> numeric(Matcher m) {
    int a = Integer.parseInt(m.group("na"));
    int b = Integer.parseInt(m.group("nb"));
    int y = Integer.parseInt(m.group("ny"));
    int year = m.group("ny").length() == 4 ? y : y < 70 ? 2000 + y : 1900 + y;
    if (a <= 12 && b <= 12 && a != b) {
      return Optional.empty();
    }
    return Optional.of(a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b));
  }

  private Period ago(Matcher m, Optional<LocalDate> anchor) {
    String c = m.group("count");
    long n =
        Character.isDigit(c.charAt(0))
            ? Long.parseLong(c)
            : numbers.value(c).map(Double::longValue).orElse(0L);
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    if (unit.startsWith("day")) {
      return Period.day(anchor.map(a -> a.minusDays(n)));
    }
    if (unit.startsWith("week")) {
      return Period.day(anchor.map(a -> a.minusWeeks(n)));
    }
    if (unit.startsWith("month")) {
      return Period.month(anchor.map(a -> a.minusMonths(n).withDayOfMonth(1)));
    }
    return Period.year(anchor.map(a -> a.minusYears(n).withDayOfYear(1)));
  }

  private static boolean has(Matcher m, String group) {
    return m.namedGroups().containsKey(group) && m.group(group) != null;
  }
}

package org.triangulate.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triangulate.ingest.internal.ResourceLines;
import org.triangulate.model.PublicationDate;

/**
 * Finds a publication date written in the page's visible text, for pages whose markup states none:
 * the first date in a short element whose class names a date, time or byline ("post-date",
 * "entry-meta"), or in a {@code <time>}. Reads "31 May 2024", "31. Mai 2024", "May 31, 2024",
 * "31.05.2024" and "2024-05-31"; month names are in {@code month-names.txt}. Stateless.
 */
final class VisibleDates {
  private static final int MAX_CANDIDATES = 20;
  private static final int MAX_TEXT = 120;

  /** Words in the class of an element that may hold a written date (or a {@code <time>}). */
  private static final List<String> CLASS_WORDS =
      List.of(
          "date",
          "time",
          "datum",
          "posted",
          "publish",
          "byline",
          "meta",
          "info",
          "submitted",
          "release",
          "subtitle");

  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH =
      "(" + String.join("|", MONTHS.keySet().stream().sorted().toList().reversed()) + ")\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})\\.?\\s*(?:de\\s+)?" + MONTH + "\\s*(?:de\\s+)?((?:19|20)\\d{2})\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})\\b");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");

  private VisibleDates() {}

  /** The first date written in the page's date elements. */
  static Optional<PublicationDate> find(Document page) {
    return find(MetadataElements.of(page).dateTextElements());
  }

  /**
   * Whether an element of the page's body may hold a written date: a {@code <time>}, or an element
   * whose lower-cased class attribute holds a word of {@link #CLASS_WORDS}.
   */
  static boolean mayHoldDate(Element e, String lowerClass) {
    if (e.normalName().equals("time")) {
      return true;
    }
    for (String word : CLASS_WORDS) {
      if (lowerClass.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The first date written in {@code candidates}, elements that pass {@link #mayHoldDate}. */
  static Optional<PublicationDate> find(List<Element> candidates) {
    int tried = 0;
    for (Element e : candidates) {
      String text = e.text();
      if (text.isEmpty() || text.length() > MAX_TEXT) {
        continue;
      }
      Optional<PublicationDate> date = parse(text);
      if (date.isPresent() || ++tried >= MAX_CANDIDATES) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The first date written in {@code text}. */
  static Optional<PublicationDate> parse(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return date(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return date(m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2));
    }
    m = NUMERIC.matcher(text);
    if (m.find()) {
      return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
    }
    m = ISO.matcher(text);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  /** Where the earliest date written in {@code text} stands, if one does. */
  static Optional<MatchResult> locate(String text) {
    MatchResult earliest = null;
    for (Pattern form : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, ISO)) {
      Matcher m = form.matcher(text);
      if (m.find() && (earliest == null || m.start() < earliest.start())) {
        earliest = m.toMatchResult();
      }
    }
    return Optional.ofNullable(earliest);
  }

  private static Optional<PublicationDate> date(String year, Integer month, String day) {
    try {
      return Optional.of(
          PublicationDate.ofDate(
              LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day))));
    } catch (DateTimeException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Integer> months() {
    List<String> lines = ResourceLines.read(VisibleDates.class, "month-names.txt");
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      for (String name : lines.get(i).split("\\|")) {
        months.put(name.strip(), i + 1);
      }
    }
    return Map.copyOf(months);
  }
}

package org.triangulate.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triangulate.ingest.Extraction;
import org.triangulate.ingest.PublishedDates;
import org.triangulate.ingest.internal.ResourceLines;
import org.triangulate.model.PublicationDate;

/**
 * Cleans plain text copied from a web page into an article body: finds the headline, a byline and a
 * date line at the top, and drops boilerplate lines (appeals, cookie and newsletter prompts,
 * captions, credits, share and comment prompts) and link blocks under headings such as "Related
 * posts". The patterns live in {@code boilerplate-lines.txt} and {@code section-headings.txt}.
 *
 * <p>Paragraphs are the blocks between blank lines, their lines joined with a space; text without
 * blank lines has one paragraph a line. Stateless and thread-safe.
 */
public final class TextCleaner {
  private static final int MAX_HEADLINE = 200;
  private static final int MAX_SECTION_LINK = 150;
  private static final int MAX_SECTION_LINES = 12;
  private static final Pattern BYLINE =
      Pattern.compile("^(?:by|written by|words by)\\s+(\\p{Lu}.{1,80})$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:published|updated|posted|last updated|first published)(?:\\s+on)?\\s*:?\\s*(.{6,60})$",
          Pattern.CASE_INSENSITIVE);

  private final BoilerplateLines boilerplate = new BoilerplateLines();
  private final List<Pattern> sectionHeadings =
      ResourceLines.read(TextCleaner.class, "section-headings.txt").stream()
          .map(p -> Pattern.compile("^(?:" + p + ")$", Pattern.CASE_INSENSITIVE))
          .toList();

  /** Creates a cleaner with the built-in pattern tables. */
  public TextCleaner() {}

  /**
   * Cleans {@code content}.
   *
   * @param content the text as copied from a page
   * @param knownTitle the headline when the container gave one: then it is not looked for, and
   *     lines repeating it are dropped
   */
  public Extraction clean(String content, Optional<String> knownTitle) {
    List<Line> lines = Line.split(content);
    List<String> removed = new ArrayList<>();
    List<String> byline = new ArrayList<>();
    Optional<PublicationDate> published = Optional.empty();
    Optional<String> title = knownTitle.map(String::strip).filter(t -> !t.isEmpty());
    boolean detectTitle = title.isEmpty();
    boolean inBody = false;
    int section = -1;
    StringBuilder sectionText = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text;
      if (section >= 0) {
        if (i - section <= MAX_SECTION_LINES && linkLike(text) && !boilerplate.matches(text)) {
          sectionText.append('\n').append(text);
          line.kept = false;
          continue;
        }
        removed.add(sectionText.toString());
        section = -1;
      }
      if (sectionHeadings.stream().anyMatch(p -> p.matcher(text.replaceAll(":$", "")).matches())) {
        section = i;
        sectionText.setLength(0);
        sectionText.append(text);
        line.kept = false;
      } else if (title.isPresent() && normalized(text).equals(normalized(title.get()))) {
        line.kept = false;
        if (inBody || !detectTitle) {
          removed.add(text);
        }
      } else if (boilerplate.matches(text)) {
        line.kept = false;
        removed.add(text);
      } else if (!inBody && detectTitle && title.isEmpty() && headline(text)) {
        title = Optional.of(text);
        line.kept = false;
      } else if (!inBody && BYLINE.matcher(text).matches()) {
        var matcher = BYLINE.matcher(text);
        matcher.matches();
        byline.add(matcher.group(1).strip());
        line.kept = false;
        removed.add(text);
      } else if (!inBody && published.isEmpty() && dateLine(text).isPresent()) {
        published = dateLine(text);
        line.kept = false;
        removed.add(text);
      } else {
        inBody = inBody || prose(text);
      }
    }
    if (section >= 0) {
      removed.add(sectionText.toString());
    }
    return new Extraction(
        title, byline, published, Optional.empty(), Optional.empty(), Line.join(lines), removed);
  }

  private static Optional<PublicationDate> dateLine(String text) {
    if (text.length() > 80) {
      return Optional.empty();
    }
    var matcher = DATE_LINE.matcher(text);
    String date = matcher.matches() ? matcher.group(1) : text;
    return PublishedDates.parse(date.replaceAll("[|,]\\s*$", ""));
  }

  /** A short line without a final full stop: what a headline looks like. */
  private static boolean headline(String text) {
    int words = text.split("\\s+").length;
    int first = text.codePointAt(0);
    boolean opens = Character.isLetterOrDigit(first) || first == '"' || first == '\u201c';
    return opens
        && text.length() <= MAX_HEADLINE
        && words >= 2
        && words <= 30
        && !text.endsWith(".")
        && !text.endsWith(",")
        && !text.endsWith(":");
  }

  /** A full sentence or more: the article has begun. */
  private static boolean prose(String text) {
    return text.length() > 120 || text.matches(".*[.!?\"\u201d]$") && text.split("\\s+").length > 6;
  }

  private static boolean linkLike(String text) {
    return text.length() <= MAX_SECTION_LINK && (text.length() <= 60 || !text.matches(".*[.!]$"));
  }

  private static String normalized(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}

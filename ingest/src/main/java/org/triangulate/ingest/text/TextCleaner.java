package org.triangulate.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triangulate.ingest.Extraction;
import org.triangulate.ingest.PublishedDates;
import org.triangulate.ingest.internal.LetterKey;
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

  /** Separates the parts of a menu or of a byline line: "Home | News", "By A · 3 May 2024". */
  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[|\u00b7\u2022]\\s*|\\s{2,}");

  private static final int MENU_MIN_ITEMS = 4;
  private static final int MENU_MAX_ITEM_WORDS = 3;

  /** A section label above a headline: "ENVIRONMENT", "WORLD NEWS". */
  private static final Pattern KICKER = Pattern.compile("^[\\p{Lu}\\p{N}&' -]{2,30}$");

  /** A job title after a byline's name: "Megan Ashdown, Chief Reporter". */
  private static final Pattern BYLINE_ROLE =
      Pattern.compile(
          ",\\s*[^,]*\\b(?:reporter|correspondent|editor|writer|columnist|journalist|staff)s?\\b.*$",
          Pattern.CASE_INSENSITIVE);

  /** The prefix of a {@code removed} entry that holds an embedded post kept in the body. */
  public static final String EMBED_PREFIX = "embed: ";

  private final BoilerplateLines boilerplate = new BoilerplateLines();
  private final Pattern embedSignature =
      ResourceLines.union(TextCleaner.class, "embed-signatures.txt", 0);
  private final SectionHeadings sectionHeadings = new SectionHeadings();

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
      if (embedSignature.matcher(text.toLowerCase(Locale.ROOT)).find()) {
        line.kept = false;
        removed.add(EMBED_PREFIX + embeddedPost(lines, i).map(p -> p + " ").orElse("") + text);
      } else if (sectionHeadings.matches(text)) {
        section = i;
        sectionText.setLength(0);
        sectionText.append(text);
        line.kept = false;
      } else if (title.isPresent() && LetterKey.of(text).equals(LetterKey.of(title.get()))) {
        line.kept = false;
        if (inBody || !detectTitle) {
          removed.add(text);
        }
      } else if (boilerplate.matches(text) || menu(line.spaced)) {
        line.kept = false;
        removed.add(text);
      } else if (!inBody && title.isEmpty() && kicker(text)) {
        line.kept = false;
        removed.add(text);
      } else if (!inBody && detectTitle && title.isEmpty() && headline(text)) {
        title = Optional.of(text);
        line.kept = false;
      } else if (!inBody && bylineName(text).isPresent()) {
        byline.add(bylineName(text).get());
        if (published.isEmpty()) {
          published =
              partsOf(text).stream()
                  .skip(1)
                  .map(TextCleaner::dateLine)
                  .flatMap(Optional::stream)
                  .findFirst();
        }
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

  /** The kept line above a post's signature: the post's text, which stays in the body. */
  private static Optional<String> embeddedPost(List<Line> lines, int signature) {
    for (int j = signature - 1; j >= 0; j--) {
      if (lines.get(j).kept) {
        return Optional.of(lines.get(j).text);
      }
    }
    return Optional.empty();
  }

  /** The author named by a byline line, its job title and any trailing parts left out. */
  private static Optional<String> bylineName(String text) {
    var matcher = BYLINE.matcher(partsOf(text).get(0));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String name = BYLINE_ROLE.matcher(matcher.group(1)).replaceFirst("").strip();
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  /** A row of short items such as "Home | News | Sport | Opinion": a site's navigation. */
  static boolean menu(String text) {
    List<String> parts = partsOf(text);
    if (parts.size() < MENU_MIN_ITEMS || BYLINE.matcher(parts.get(0)).matches()) {
      return false;
    }
    return parts.stream()
        .allMatch(
            part ->
                part.split("\\s+").length <= MENU_MAX_ITEM_WORDS && !part.matches(".*[.!?,;]$"));
  }

  private static boolean kicker(String text) {
    return KICKER.matcher(text).matches()
        && text.split("\\s+").length <= MENU_MAX_ITEM_WORDS
        && text.chars().anyMatch(Character::isLetter);
  }

  private static List<String> partsOf(String text) {
    return List.of(PART_SEPARATOR.split(text.strip()));
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
}

package org.triangulate.ingest.text;

import java.util.Locale;
import java.util.regex.Pattern;
import org.triangulate.ingest.internal.ResourceLines;

/**
 * The table of headings that open a block of links rather than article text ({@code
 * section-headings.txt}): "Related posts", "Read more", "Most popular". Immutable and thread-safe.
 */
public final class SectionHeadings {
  private static final int MAX_LENGTH = 60;
  private final Pattern headings =
      Pattern.compile(
          "^(?:"
              + ResourceLines.union(SectionHeadings.class, "section-headings.txt", 0).pattern()
              + ")$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Loads the built-in table. */
  public SectionHeadings() {}

  /**
   * Whether {@code line}, stripped and without a final colon or question mark, is such a heading.
   */
  public boolean matches(String line) {
    String text = line.strip();
    if (text.length() > MAX_LENGTH) {
      return false;
    }
    text = text.replaceAll("[:?!.\u2026]+$", "").strip().toLowerCase(Locale.ROOT);
    return headings.matcher(text).matches();
  }
}

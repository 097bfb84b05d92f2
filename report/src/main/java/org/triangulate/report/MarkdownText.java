package org.triangulate.report;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Escapes untrusted text (titles, quotes, outlet names) for Markdown so that it reads as the words
 * it is and never as markup: no emphasis, links, HTML, table cells or list items of its own.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkdownText {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)([.)])");
  private static final String ESCAPED = "\\`*_[]<>|~&";
  private static final String LINE_START = "-+#=";

  private MarkdownText() {}

  /** {@code text} on one line with whitespace collapsed and Markdown syntax escaped. */
  static String inline(String text) {
    String flat = SPACE.matcher(text).replaceAll(" ").strip();
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (ESCAPED.indexOf(c) >= 0 || (i == 0 && LINE_START.indexOf(c) >= 0)) {
        out.append('\\');
      }
      out.append(c);
    }
    return NUMBERED.matcher(out).replaceFirst("$1\\\\$2");
  }

  /**
   * {@code text} as words inside a line: whitespace runs become one space (kept at the ends) and
   * Markdown syntax is escaped, without the rules for the start of a line.
   */
  static String words(String text) {
    String flat = SPACE.matcher(text).replaceAll(" ");
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (ESCAPED.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * {@code line}, already escaped by {@link #words}, made safe to start a line: a leading list,
   * heading or numbered-list marker is escaped.
   */
  static String lineStart(String line) {
    if (!line.isEmpty() && LINE_START.indexOf(line.charAt(0)) >= 0) {
      return "\\" + line;
    }
    return NUMBERED.matcher(line).replaceFirst("$1\\\\$2");
  }

  /** A web address as an autolink when it is a plain http(s) one, else as escaped text. */
  static String url(String url) {
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("http://") || lower.startsWith("https://");
    if (web && trimmed.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>')) {
      return "<" + trimmed + ">";
    }
    return inline(trimmed);
  }
}

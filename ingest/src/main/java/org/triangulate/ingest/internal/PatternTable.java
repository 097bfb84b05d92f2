package org.triangulate.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A resource's regular expressions searched as one table: whether any entry is found in a text.
 * Entries anchored at the start ({@code ^...}) are tried at the first character only, the others as
 * one alternation searched through the text, so a long text does not pay for every anchored entry
 * at every position. Immutable and thread-safe.
 */
public final class PatternTable {
  private final Optional<Pattern> anchored;
  private final Optional<Pattern> floating;

  private PatternTable(Optional<Pattern> anchored, Optional<Pattern> floating) {
    this.anchored = anchored;
    this.floating = floating;
  }

  /**
   * The table of a resource's entries (see {@link ResourceLines#read}).
   *
   * @param flags {@link Pattern} flags for every entry
   * @throws IllegalStateException when an entry is not a valid expression: a build error
   */
  public static PatternTable of(Class<?> owner, String name, int flags) {
    List<String> anchored = new ArrayList<>();
    List<String> floating = new ArrayList<>();
    for (String entry : ResourceLines.read(owner, name)) {
      (entry.startsWith("^") && !alternatesAtTop(entry) ? anchored : floating).add(entry);
    }
    return new PatternTable(union(anchored, name, flags), union(floating, name, flags));
  }

  /** Whether any entry is found in {@code text}. */
  public boolean foundIn(CharSequence text) {
    return anchored.map(p -> p.matcher(text).lookingAt()).orElse(false)
        || floating.map(p -> foundAtWordStart(p, text)).orElse(false);
  }

  /** {@code find()} that skips the inside of words, where no entry can start (see the class). */
  private static boolean foundAtWordStart(Pattern pattern, CharSequence text) {
    Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)
          || i > 0
              && Character.isLetterOrDigit(c)
              && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      if (matcher.region(i, length).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an entry has a {@code |} outside groups and classes: "^a|b" is not anchored. */
  static boolean alternatesAtTop(String entry) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** The entry with each capturing group {@code (} made {@code (?:}: a match then records less. */
  static String nonCapturing(String entry) {
    StringBuilder out = new StringBuilder(entry.length() + 16);
    boolean inClass = false;
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      out.append(c);
      if (c == '\\' && i + 1 < entry.length()) {
        out.append(entry.charAt(++i));
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(' && (i + 1 == entry.length() || entry.charAt(i + 1) != '?')) {
        out.append("?:");
      }
    }
    return out.toString();
  }

  private static Optional<Pattern> union(List<String> entries, String name, int flags) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder union = new StringBuilder();
    for (String entry : entries) {
      union
          .append(union.isEmpty() ? "" : "|")
          .append("(?:")
          .append(nonCapturing(entry))
          .append(')');
    }
    try {
      return Optional.of(Pattern.compile(union.toString(), flags));
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("bad pattern in " + name, e);
    }
  }
}

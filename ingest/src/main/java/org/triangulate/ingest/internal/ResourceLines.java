package org.triangulate.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads the lexicons and pattern tables kept as class-path resources: UTF-8, one entry a line,
 * blank lines and lines starting with {@code #} ignored. Internal to the ingest module; do not
 * depend on it. Stateless and thread-safe.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /**
   * The entries of a resource, stripped.
   *
   * @param owner the class whose package the resource name is relative to
   * @param name the resource's file name
   * @throws IllegalStateException when the resource is missing: a build error, not bad input
   */
  public static List<String> read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + owner);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** The entries of a resource compiled as case-insensitive regular expressions. */
  public static List<Pattern> patterns(Class<?> owner, String name) {
    List<Pattern> patterns = new ArrayList<>();
    for (String entry : read(owner, name)) {
      try {
        patterns.add(Pattern.compile(entry, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("bad pattern in " + name + ": " + entry, e);
      }
    }
    return List.copyOf(patterns);
  }

  /**
   * The entries of a resource as one alternation, {@code (?:a)|(?:b)|...}: one search finds whether
   * any entry is found, instead of one search per entry.
   */
  public static Pattern union(Class<?> owner, String name, int flags) {
    StringBuilder union = new StringBuilder();
    for (String entry : read(owner, name)) {
      union.append(union.isEmpty() ? "" : "|").append("(?:").append(entry).append(')');
    }
    try {
      return Pattern.compile(union.toString(), flags);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("bad pattern in " + name, e);
    }
  }

  /** Whether any pattern is found in {@code text}. */
  public static boolean anyFound(List<Pattern> patterns, CharSequence text) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}

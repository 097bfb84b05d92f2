package org.triangulate.nlp.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word lists and tables bundled as class-path resources of this module: one entry a line,
 * {@code #} starts a comment line, blank lines are skipped.
 *
 * <p>Internal to the nlp module: do not depend on it. Stateless and thread-safe. A missing resource
 * is a packaging error and throws {@link IllegalStateException}.
 */
public final class Lexicon {
  private static final String ROOT = "/org/triangulate/nlp/";

  private Lexicon() {}

  /** The non-comment, non-blank, stripped lines of {@code name} (relative to the nlp root). */
  public static List<String> lines(String name) {
    String path = ROOT + name;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource: " + path);
      }
      List<String> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          out.add(stripped);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }

  /** The lines of {@code name}, lower-cased with {@link Locale#ROOT}, as an immutable set. */
  public static Set<String> lowerSet(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(name)) {
      out.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** The lines of {@code name} as they are written, as an immutable set. */
  public static Set<String> set(String name) {
    return Set.copyOf(lines(name));
  }

  /** The tab-separated fields of each line of {@code name}. */
  public static List<String[]> table(String name) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(name)) {
      out.add(line.split("\t", -1));
    }
    return List.copyOf(out);
  }
}

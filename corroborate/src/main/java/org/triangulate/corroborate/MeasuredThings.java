package org.triangulate.corroborate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Classes of what a count or amount measures ("dead", "injured", "evacuated"), read from a resource
 * of this package: each line is {@code class: word word ...}, words in their {@link Words} form.
 *
 * <p>Immutable and safe to share across threads.
 */
final class MeasuredThings {
  private final Map<String, Set<String>> classesByWord;

  private MeasuredThings(Map<String, Set<String>> classesByWord) {
    this.classesByWord = Map.copyOf(classesByWord);
  }

  /** Reads resource {@code name}; blank lines and {@code #} comments are skipped. */
  static MeasuredThings load(String name) {
    InputStream in = MeasuredThings.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    Map<String, Set<String>> classes = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        int colon = entry.indexOf(':');
        if (colon <= 0) {
          throw new IllegalStateException(name + ":" + number + ": no class name: " + entry);
        }
        String cls = entry.substring(0, colon).strip();
        String words = entry.substring(colon + 1);
        for (Words.Token t : Words.tokens(words, 0, words.length())) {
          classes.computeIfAbsent(t.form(), w -> new TreeSet<>()).add(cls);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    classes.forEach((w, c) -> frozen.put(w, Set.copyOf(c)));
    return new MeasuredThings(frozen);
  }

  /** The classes of word {@code form} (in its {@link Words} form); empty when it names none. */
  Set<String> classes(String form) {
    return classesByWord.getOrDefault(form, Set.of());
  }

  /** Whether the two sets of classes share one. */
  static boolean overlap(Set<String> a, Set<String> b) {
    return !a.isEmpty() && !b.isEmpty() && Words.shared(a, b) > 0;
  }
}

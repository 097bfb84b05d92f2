package org.triangulate.corroborate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of words and phrases read from a resource of this package, matched as whole-word sequences
 * after {@link Words} normalisation.
 *
 * <p>Entries are looked up by their first word, so matching is linear in the tokens. Immutable (the
 * index is filled in the constructor and never changed) and safe to share across threads.
 */
final class Lexicon {
  private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

  private Lexicon(List<List<String>> entries) {
    for (List<String> entry : entries) {
      byFirstWord.computeIfAbsent(entry.get(0), w -> new ArrayList<>()).add(entry);
    }
  }

  /** Reads resource {@code name}: one entry a line; blank lines and {@code #} comments skipped. */
  static Lexicon load(String name) {
    return of(lines(name));
  }

  /** The lines of resource {@code name}, stripped, without blank lines and {@code #} comments. */
  static List<String> lines(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return lines;
  }

  /** A lexicon of the given words and phrases. */
  static Lexicon of(List<String> phrases) {
    List<List<String>> entries = new ArrayList<>();
    for (String phrase : phrases) {
      List<String> forms =
          Words.tokens(phrase, 0, phrase.length()).stream().map(Words.Token::form).toList();
      if (!forms.isEmpty()) {
        entries.add(forms);
      }
    }
    return new Lexicon(entries);
  }

  /** The token positions at which an entry starts in {@code tokens}, in increasing order. */
  List<Integer> matches(List<Words.Token> tokens) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<List<String>> candidates = byFirstWord.get(tokens.get(i).form());
      if (candidates == null) {
        continue;
      }
      for (List<String> entry : candidates) {
        if (matchesAt(tokens, i, entry)) {
          found.add(i);
          break;
        }
      }
    }
    return found;
  }

  /** Whether {@code form} is a one-word entry. */
  boolean contains(String form) {
    return byFirstWord.getOrDefault(form, List.of()).stream().anyMatch(e -> e.size() == 1);
  }

  private static boolean matchesAt(List<Words.Token> tokens, int at, List<String> entry) {
    if (at + entry.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < entry.size(); k++) {
      if (!tokens.get(at + k).form().equals(entry.get(k))) {
        return false;
      }
    }
    return true;
  }
}

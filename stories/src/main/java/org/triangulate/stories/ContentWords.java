package org.triangulate.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into its lower-cased content words: letters-and-digits runs, diacritics kept, stop
 * words (from the resource {@code stopwords.txt}) dropped, numbers kept.
 *
 * <p>Immutable and safe to share across threads.
 */
public final class ContentWords {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,][\\p{N}]+)*");
  private static final ContentWords STANDARD = new ContentWords(load("stopwords.txt"));

  private final Set<String> stopWords;

  private ContentWords(Set<String> stopWords) {
    this.stopWords = Set.copyOf(stopWords);
  }

  /** The content words of English text with the bundled stop-word list. */
  public static ContentWords standard() {
    return STANDARD;
  }

  /** The content words of {@code text} in text order, lower-cased with {@link Locale#ROOT}. */
  public List<String> of(String text) {
    List<String> words = new ArrayList<>();
    var matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      String word = matcher.group().toLowerCase(Locale.ROOT);
      if (!stopWords.contains(word) && (word.length() > 1 || Character.isDigit(word.charAt(0)))) {
        words.add(word);
      }
    }
    return words;
  }

  /** Whether {@code word} (lower case) is a stop word. */
  public boolean isStopWord(String word) {
    return stopWords.contains(word);
  }

  /** {@code text} lower-cased with its diacritics removed ("Zoë" becomes "zoe"). */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /** Reads a word list resource of this package: one entry a line, {@code #} starts a comment. */
  static Set<String> load(String resource) {
    InputStream in = ContentWords.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return words;
  }
}

package org.triangulate.nlp.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.triangulate.nlp.internal.Lexicon;

/**
 * A spelling-blind key for names, so that transliteration variants of one name meet: "Gaddafi",
 * "Qaddafi", "Kadhafi" and "Khadafy" share a key, as do "Zelensky" and "Zelenskyy", "al-Qaeda" and
 * "Al Qaida".
 *
 * <p>The key is the name lower-cased, without diacritics, cut into words at anything but a letter,
 * folded by the rules of {@code entity/transliteration.tsv} word by word (dh to d, kh to k, an
 * initial g or q to k, ...), with doubled letters collapsed and every run of vowels made one "a". A
 * folded word shorter than {@value #MIN_FOLDED} letters would bring unrelated short names together
 * ("Lee", "Li"), so such a word stays as written, lower-cased. The key is coarse by design: it is
 * only compared within one article, between names of compatible types.
 *
 * <p>Immutable and thread-safe.
 */
final class NameKey {
  static final int MIN_FOLDED = 4;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

  private final List<Fold> folds;

  private record Fold(Pattern pattern, String replacement) {}

  /** The key with the bundled folding rules. */
  NameKey() {
    List<Fold> list = new ArrayList<>();
    for (String[] row : Lexicon.table("entity/transliteration.tsv")) {
      if (row.length != 2) {
        throw new IllegalStateException(
            "transliteration.tsv: need two fields: " + String.join("|", row));
      }
      list.add(new Fold(Pattern.compile(row[0]), row[1]));
    }
    folds = List.copyOf(list);
  }

  /** The key of {@code name}: the keys of its words, separated by a space. */
  String of(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder key = new StringBuilder();
    for (String word : NON_LETTERS.split(plain.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        key.append(key.isEmpty() ? "" : " ").append(word(word));
      }
    }
    return key.toString();
  }

  private String word(String letters) {
    String folded = letters;
    for (Fold f : folds) {
      folded = f.pattern().matcher(folded).replaceAll(f.replacement());
    }
    folded = DOUBLED.matcher(folded).replaceAll("$1");
    folded = VOWELS.matcher(folded).replaceAll("a");
    return folded.length() < MIN_FOLDED ? letters : folded;
  }
}

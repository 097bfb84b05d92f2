package org.triangulate.stories.bench;

import java.util.List;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.EntityMention;

/**
 * Makes any number of distinct articles out of a few real ones for the benchmark: variant {@code k}
 * of an article enciphers its names and a quarter of its other words with a key of its own. The
 * cipher keeps every word's length, so all spans of the analysis stay valid, and it maps a word the
 * same way wherever it occurs, so the variants {@code k} of one story still read as one story.
 */
final class SyntheticArticles {
  private final List<AnalyzedArticle> seeds;

  SyntheticArticles(List<AnalyzedArticle> seeds) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("no seed articles");
    }
    this.seeds = List.copyOf(seeds);
  }

  /** The {@code n}-th synthetic article: variant {@code n / seeds} of seed {@code n % seeds}. */
  AnalyzedArticle get(int n) {
    AnalyzedArticle seed = seeds.get(n % seeds.size());
    int variant = n / seeds.size();
    if (variant == 0) {
      return seed;
    }
    Article a = seed.article();
    Article article =
        new Article(
            a.id() + "~" + variant,
            a.source(),
            a.url(),
            a.outlet(),
            a.title().map(t -> encipher(t, variant)),
            a.byline(),
            a.published(),
            a.language(),
            encipher(a.text(), variant),
            List.of());
    List<EntityMention> entities =
        seed.entities().stream()
            .map(
                e ->
                    new EntityMention(
                        article.text().substring(e.start(), e.end()),
                        e.start(),
                        e.end(),
                        e.type(),
                        encipher(e.name(), variant)))
            .toList();
    return new AnalyzedArticle(
        article, seed.sentences(), entities, seed.quotes(), seed.quantities(), seed.dates());
  }

  private static String encipher(String text, int variant) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String word = text.substring(start, i);
        boolean name = Character.isUpperCase(word.charAt(0));
        boolean chosen =
            Math.floorMod(word.toLowerCase(java.util.Locale.ROOT).hashCode() ^ variant, 4) == 0;
        out.append(name || chosen ? shift(word, variant) : word);
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  private static String shift(String word, int variant) {
    char[] chars = word.toCharArray();
    for (int k = 0; k < chars.length; k++) {
      char c = chars[k];
      int key = 1 + Math.floorMod(variant * 7 + k * (variant % 5 + 1), 25);
      if (c >= 'a' && c <= 'z') {
        chars[k] = (char) ('a' + (c - 'a' + key) % 26);
      } else if (c >= 'A' && c <= 'Z') {
        chars[k] = (char) ('A' + (c - 'A' + key) % 26);
      }
    }
    return new String(chars);
  }

  Optional<AnalyzedArticle> seed(int n) {
    return Optional.of(seeds.get(n % seeds.size()));
  }
}

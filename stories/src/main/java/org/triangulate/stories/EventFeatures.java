package org.triangulate.stories;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.DateMention;
import org.triangulate.model.EntityMention;
import org.triangulate.model.Quantity;

/**
 * Extracts the features that tell one real-world event from another of the same kind: content words
 * (what happened), entity names (who and where), years and dated months (when), and quantities with
 * their units (the numbers).
 *
 * <p>A feature is a string key whose first character names its {@link Kind}; its value is how often
 * the article states it. Title and text are both read; metadata such as the URL, outlet or the
 * presence of a title never is. Immutable and safe to share across threads.
 */
final class EventFeatures {
  /** The kinds of feature, each weighted on its own in {@link StoryClusterConfig}. */
  enum Kind {
    WORD('w'),
    NAME('e'),
    YEAR('y'),
    MONTH('m'),
    QUANTITY('q');

    private final char prefix;

    Kind(char prefix) {
      this.prefix = prefix;
    }

    /** The kind of a feature key. */
    static Kind of(String key) {
      return switch (key.charAt(0)) {
        case 'w' -> WORD;
        case 'e' -> NAME;
        case 'y' -> YEAR;
        case 'm' -> MONTH;
        case 'q' -> QUANTITY;
        default -> throw new IllegalArgumentException("not a feature key: " + key);
      };
    }

    String key(String value) {
      return prefix + value;
    }
  }

  private static final Pattern YEAR =
      Pattern.compile("(?<![\\p{L}\\p{N}])(1[89]\\d\\d|20\\d\\d)s?(?![\\p{L}\\p{N}])");

  private final ContentWords words;

  EventFeatures(ContentWords words) {
    this.words = words;
  }

  /** The features of {@code article} with their counts, in key order. */
  Map<String, Integer> of(AnalyzedArticle article) {
    Map<String, Integer> counts = new TreeMap<>();
    String title = article.article().title().orElse("");
    String text = title + "\n" + article.text();
    for (String word : words.of(text)) {
      counts.merge(Kind.WORD.key(word), 1, Integer::sum);
    }
    for (EntityMention mention : article.entities()) {
      String name = ContentWords.fold(mention.name().strip());
      if (!name.isEmpty() && !words.isStopWord(name)) {
        counts.merge(Kind.NAME.key(name), 1, Integer::sum);
      }
    }
    Matcher year = YEAR.matcher(text);
    while (year.find()) {
      counts.merge(Kind.YEAR.key(year.group(1)), 1, Integer::sum);
    }
    for (DateMention date : article.dates()) {
      date.value()
          .ifPresent(
              day -> {
                counts.merge(Kind.YEAR.key(Integer.toString(day.getYear())), 1, Integer::sum);
                counts.merge(
                    Kind.MONTH.key(day.getYear() + "-" + day.getMonthValue()), 1, Integer::sum);
              });
    }
    for (Quantity quantity : article.quantities()) {
      counts.merge(Kind.QUANTITY.key(amount(quantity) + " " + quantity.unit()), 1, Integer::sum);
    }
    return counts;
  }

  private static String amount(Quantity quantity) {
    return new BigDecimal(Double.toString(quantity.amount()))
        .stripTrailingZeros()
        .toPlainString()
        .toLowerCase(Locale.ROOT);
  }

  /** The feature keys of a list of articles, for tests and diagnostics. */
  List<String> keys(AnalyzedArticle article) {
    return List.copyOf(of(article).keySet());
  }
}

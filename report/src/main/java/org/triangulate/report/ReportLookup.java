package org.triangulate.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;
import org.triangulate.model.Quantity;
import org.triangulate.model.Quote;
import org.triangulate.model.Report;

/**
 * Looks up a report's articles and quotes by id, and names them for people: the outlet of an
 * article, the outlets of a list of articles, a quantity in words.
 *
 * <p>Immutable and thread-safe. Ids the report does not hold are tolerated: an unknown article is
 * named by its id.
 */
final class ReportLookup {
  private final Map<String, AnalyzedArticle> articles = new HashMap<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private final Map<String, Quote> quotes = new HashMap<>();
  private final Map<String, String> quoteArticles = new HashMap<>();

  ReportLookup(Report report) {
    List<AnalyzedArticle> all = report.articles();
    for (int i = 0; i < all.size(); i++) {
      AnalyzedArticle article = all.get(i);
      articles.putIfAbsent(article.id(), article);
      positions.putIfAbsent(article.id(), i);
      for (Quote quote : article.quotes()) {
        quotes.putIfAbsent(quote.id(), quote);
        quoteArticles.putIfAbsent(quote.id(), article.id());
      }
    }
  }

  /** The article with this id. */
  Optional<AnalyzedArticle> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  /** The article's index in the report's article list, or -1 when the report lacks it. */
  int position(String articleId) {
    return positions.getOrDefault(articleId, -1);
  }

  /** The quote with this id. */
  Optional<Quote> quote(String id) {
    return Optional.ofNullable(quotes.get(id));
  }

  /** The id of the article holding the quote with this id. */
  Optional<String> articleOfQuote(String quoteId) {
    return Optional.ofNullable(quoteArticles.get(quoteId));
  }

  /** The article's outlet: as given, else its URL's host, else the article id. */
  String outlet(String articleId) {
    AnalyzedArticle analyzed = articles.get(articleId);
    if (analyzed == null) {
      return articleId;
    }
    Article article = analyzed.article();
    return article.outlet().or(() -> article.url().flatMap(ReportLookup::host)).orElse(articleId);
  }

  /** The distinct outlets of these articles, in order. */
  List<String> outlets(List<String> articleIds) {
    Set<String> outlets = new LinkedHashSet<>();
    for (String id : articleIds) {
      outlets.add(outlet(id));
    }
    return List.copyOf(outlets);
  }

  /**
   * A quantity in words: {@code 40 miles (64.37 km)}, or only as written when its canonical form
   * says the same.
   */
  static String describe(Quantity quantity) {
    String written = quantity.text();
    return quantity
        .normalized()
        .filter(m -> !(m.unit().equals(quantity.unit()) && m.amount() == quantity.amount()))
        .map(m -> written + " (" + amount(m.amount()) + " " + m.unit() + ")")
        .orElse(written);
  }

  /**
   * The story's facts that the outlets state in ways that cannot all be true, leaving out those
   * whose every claim a {@link org.triangulate.model.Conflict} already shows.
   */
  static List<Fact> disputedFacts(Brief brief) {
    Set<Claim> shown = new HashSet<>();
    brief.conflicts().forEach(c -> shown.addAll(c.claims()));
    return brief.facts().stream()
        .filter(f -> f.status() == FactStatus.CONFLICTING)
        .filter(f -> !shown.containsAll(f.claims()))
        .toList();
  }

  /** How many disputes a story has: its conflicts and its conflicting facts. */
  static int disputes(Brief brief) {
    return brief.conflicts().size() + disputedFacts(brief).size();
  }

  /** {@code n} and the noun, plural unless {@code n} is one: {@code 3 stories}, {@code 1 quote}. */
  static String count(int n, String noun) {
    if (n == 1) {
      return "1 " + noun;
    }
    boolean ies = noun.endsWith("y") && !noun.endsWith("ey");
    return n + " " + (ies ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }

  /** An amount to four significant digits, without exponent or trailing zeros. */
  static String amount(double value) {
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static Optional<String> host(String url) {
    try {
      String host = new URI(url.strip()).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      String lower = host.toLowerCase(Locale.ROOT);
      return Optional.of(lower.startsWith("www.") ? lower.substring(4) : lower);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}

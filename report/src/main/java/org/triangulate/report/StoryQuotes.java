package org.triangulate.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Quote;
import org.triangulate.model.QuoteGroup;
import org.triangulate.model.Speaker;

/**
 * A story's quotes arranged for reading: by speaker, each statement once with the articles that
 * carried it.
 *
 * <p>Quote groups give statements carried by several articles; quotes of the story's articles that
 * no group holds follow as statements of one article. Speakers whose statements reach the most
 * articles come first, ties in order of first appearance. Immutable.
 *
 * @param speakers the speakers and what they said
 */
record StoryQuotes(List<SpeakerQuotes> speakers) {
  /** Shown where a statement has no speaker. */
  static final String UNATTRIBUTED = "Unattributed";

  StoryQuotes {
    speakers = List.copyOf(speakers);
  }

  /**
   * One speaker's statements.
   *
   * @param speaker the resolved name, the mention as written, or {@link #UNATTRIBUTED}
   * @param statements what they said
   */
  record SpeakerQuotes(String speaker, List<Statement> statements) {
    SpeakerQuotes {
      statements = List.copyOf(statements);
    }

    int reach() {
      Set<String> articles = new HashSet<>();
      statements.forEach(s -> articles.addAll(s.articles()));
      return articles.size();
    }
  }

  /**
   * One statement.
   *
   * @param quote one quote that carries it (the first of its group)
   * @param articles the ids of the articles carrying it
   * @param carriers every quote that carries it, with its article, in group order
   */
  record Statement(Quote quote, List<String> articles, List<Carrier> carriers) {
    Statement {
      articles = List.copyOf(articles);
      carriers = List.copyOf(carriers);
    }

    /**
     * The wordings of the statement, each with the quotes that use it: quotes whose texts differ
     * only in case, spacing, punctuation or quotation marks share one wording. The first wording is
     * that of {@link #quote}.
     */
    List<Wording> wordings() {
      Map<String, List<Carrier>> byKey = new LinkedHashMap<>();
      for (Carrier carrier : carriers) {
        byKey.computeIfAbsent(key(carrier.quote().text()), k -> new ArrayList<>()).add(carrier);
      }
      List<Wording> wordings = new ArrayList<>();
      byKey.values().forEach(c -> wordings.add(new Wording(c.get(0).quote(), c)));
      return wordings;
    }

    private static String key(String text) {
      return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
  }

  /**
   * A quote that carries a statement.
   *
   * @param quote the quote
   * @param article the id of the article it is in
   */
  record Carrier(Quote quote, String article) {}

  /**
   * One wording of a statement.
   *
   * @param quote the first quote that uses it
   * @param carriers the quotes that use it
   */
  record Wording(Quote quote, List<Carrier> carriers) {
    Wording {
      carriers = List.copyOf(carriers);
    }
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Arranges the quotes of {@code brief}'s story. */
  static StoryQuotes of(Brief brief, ReportLookup lookup) {
    Map<String, List<Statement>> bySpeaker = new LinkedHashMap<>();
    Set<String> grouped = new HashSet<>();
    for (QuoteGroup group : brief.quoteGroups()) {
      grouped.addAll(group.quotes());
      List<Carrier> carriers = new ArrayList<>();
      for (String id : group.quotes()) {
        Optional<Quote> quote = lookup.quote(id);
        Optional<String> article = lookup.articleOfQuote(id);
        if (quote.isPresent() && article.isPresent()) {
          carriers.add(new Carrier(quote.get(), article.get()));
        }
      }
      if (carriers.isEmpty()) {
        continue;
      }
      Quote first = carriers.get(0).quote();
      String speaker = group.speaker().orElseGet(() -> speakerOf(first));
      bySpeaker
          .computeIfAbsent(speaker, s -> new ArrayList<>())
          .add(new Statement(first, group.articles(), carriers));
    }
    for (String articleId : brief.story().articles()) {
      List<Quote> quotes = lookup.article(articleId).map(AnalyzedArticle::quotes).orElse(List.of());
      for (Quote quote : quotes) {
        if (!grouped.contains(quote.id())) {
          bySpeaker
              .computeIfAbsent(speakerOf(quote), s -> new ArrayList<>())
              .add(
                  new Statement(quote, List.of(articleId), List.of(new Carrier(quote, articleId))));
        }
      }
    }
    List<SpeakerQuotes> speakers = new ArrayList<>();
    bySpeaker.forEach(
        (speaker, statements) -> speakers.add(new SpeakerQuotes(speaker, statements)));
    // A stable sort keeps first-appearance order among speakers of equal reach.
    speakers.sort(Comparator.comparingInt(SpeakerQuotes::reach).reversed());
    return new StoryQuotes(speakers);
  }

  private static String speakerOf(Quote quote) {
    return quote.speaker().map(StoryQuotes::name).orElse(UNATTRIBUTED);
  }

  private static String name(Speaker speaker) {
    return speaker.name().orElse(speaker.text());
  }
}

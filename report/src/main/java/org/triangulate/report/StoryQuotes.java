package org.triangulate.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
   */
  record Statement(Quote quote, List<String> articles) {
    Statement {
      articles = List.copyOf(articles);
    }
  }

  /** Arranges the quotes of {@code brief}'s story. */
  static StoryQuotes of(Brief brief, ReportLookup lookup) {
    Map<String, List<Statement>> bySpeaker = new LinkedHashMap<>();
    Set<String> grouped = new HashSet<>();
    for (QuoteGroup group : brief.quoteGroups()) {
      grouped.addAll(group.quotes());
      Optional<Quote> first =
          group.quotes().stream().map(lookup::quote).flatMap(Optional::stream).findFirst();
      if (first.isEmpty()) {
        continue;
      }
      String speaker = group.speaker().orElseGet(() -> speakerOf(first.get()));
      bySpeaker
          .computeIfAbsent(speaker, s -> new ArrayList<>())
          .add(new Statement(first.get(), group.articles()));
    }
    for (String articleId : brief.story().articles()) {
      List<Quote> quotes = lookup.article(articleId).map(AnalyzedArticle::quotes).orElse(List.of());
      for (Quote quote : quotes) {
        if (!grouped.contains(quote.id())) {
          bySpeaker
              .computeIfAbsent(speakerOf(quote), s -> new ArrayList<>())
              .add(new Statement(quote, List.of(articleId)));
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

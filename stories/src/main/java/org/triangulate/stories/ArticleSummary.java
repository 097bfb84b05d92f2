package org.triangulate.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Sentence;

/**
 * What a story needs to keep of an article once it is clustered: id, title, lead, day.
 *
 * @param id the article's id
 * @param title its headline, when it has a non-blank one
 * @param lead its first sentence cut to a few words ({@code …} marks a cut), or the id
 * @param day its publication day, when known
 */
record ArticleSummary(String id, Optional<String> title, String lead, Optional<LocalDate> day) {
  ArticleSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(day, "day");
  }

  /** The summary of {@code article}, its lead cut to {@code leadWords} words. */
  static ArticleSummary of(AnalyzedArticle article, int leadWords) {
    Optional<String> title = article.article().title().map(String::strip).filter(t -> !t.isEmpty());
    String lead = cut(firstSentence(article), leadWords);
    return new ArticleSummary(
        article.id(),
        title,
        lead.isEmpty() ? article.id() : lead,
        article.article().published().map(PublicationDate::date));
  }

  private static String firstSentence(AnalyzedArticle article) {
    String text = article.text();
    for (Sentence sentence : article.sentences()) {
      if (sentence.end() <= text.length()) {
        String s = sentence.text(text).strip();
        if (!s.isEmpty()) {
          return s;
        }
      }
    }
    return text.strip().split("\\R", 2)[0].strip();
  }

  private static String cut(String sentence, int words) {
    String[] parts = sentence.split("\\s+");
    if (parts.length <= words) {
      return sentence;
    }
    return String.join(" ", List.of(parts).subList(0, words)) + " …";
  }
}

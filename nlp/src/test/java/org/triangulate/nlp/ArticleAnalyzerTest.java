package org.triangulate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.DateMention;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Quantity;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;

class ArticleAnalyzerTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private static final String FLOOD =
      """
      Harlow dam breach forces hundreds from their homes

      Water from the Corran River flooded three villages on Tuesday after a wall of the Harlow \
      dam gave way, the Corran Valley Authority said.

      “We heard a sound like thunder,” said Okonjo Prell, a farmer in Wexley. Prell said that \
      the water rose 2 metres in an hour.

      Mayor Lorna Castellane said 1,200 people had been moved and that €4.5 million would be \
      spent on repairs. “Nobody will be left behind,” she said.

      The village lies 65 kilometers (40 miles) downstream, according to the authority.""";

  private static Article article(String id, String text, Optional<LocalDate> published) {
    return new Article(
        id,
        id + ".txt",
        Optional.empty(),
        Optional.of("Wexley Courier"),
        Optional.empty(),
        List.of(),
        published.map(PublicationDate::ofDate),
        "en",
        text,
        List.of());
  }

  @Test
  void aFictionalArticleGetsQuotesEntitiesQuantitiesAndDates() {
    AnalyzedArticle a =
        ANALYZER.analyze(article("flood", FLOOD, Optional.of(LocalDate.of(2024, 5, 9))));
    assertInvariants(a);
    assertThat(a.quotes())
        .extracting(Quote::text)
        .contains("We heard a sound like thunder", "Nobody will be left behind");
    Quote last =
        a.quotes().stream().filter(q -> q.text().startsWith("Nobody")).findFirst().orElseThrow();
    assertThat(last.speaker().orElseThrow().name()).contains("Lorna Castellane");
    assertThat(a.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(EntityMention::name)
        .contains("Okonjo Prell", "Lorna Castellane");
    assertThat(a.quantities())
        .extracting(Quantity::unit)
        .contains("person", "euro", "kilometre", "mile");
    assertThat(a.dates())
        .extracting(DateMention::value)
        .containsExactly(Optional.of(LocalDate.of(2024, 5, 7)));
  }

  @Test
  void spansHoldOnArticlesAndRandomGarbage() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                FLOOD,
                "",
                " ",
                "\"",
                "“",
                "”",
                "\"\"\"",
                "Mr.",
                "said",
                "according to",
                "“Yes,” he said",
                "1,2,3,,4.5.6 km % € $ m",
                "½ ¾",
                "A. B. C."));
    Random random = new Random(42);
    String alphabet = "aZ .,;:!?\"“”‘’'\n-–—()€$£%½0123456789 MrDsaidtoldin the ofHarlowUS.";
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(400);
      for (int k = 0; k < len; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    for (int i = 0; i < texts.size(); i++) {
      Optional<LocalDate> day =
          i % 2 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2024, 1, 1));
      assertInvariants(ANALYZER.analyze(article("t" + i, texts.get(i), day)));
    }
  }

  @Test
  void aVeryLongTextIsAnalysedInBoundedPart() {
    String text = (FLOOD + "\n\n").repeat(ArticleAnalyzer.MAX_CHARS / FLOOD.length() + 5);
    AnalyzedArticle a = ANALYZER.analyze(article("long", text, Optional.empty()));
    assertInvariants(a);
    assertThat(a.sentences().get(a.sentences().size() - 1).end())
        .isLessThanOrEqualTo(ArticleAnalyzer.MAX_CHARS);
  }

  private static void assertInvariants(AnalyzedArticle a) {
    String text = a.text();
    int previous = 0;
    for (Sentence s : a.sentences()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(previous);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      previous = s.end();
    }
    previous = 0;
    for (EntityMention e : a.entities()) {
      assertThat(e.start()).isGreaterThanOrEqualTo(previous);
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      previous = e.end();
    }
    int start = 0;
    for (int i = 0; i < a.quotes().size(); i++) {
      Quote q = a.quotes().get(i);
      assertThat(q.id()).isEqualTo(a.id() + "#q" + (i + 1));
      assertThat(q.start()).isGreaterThanOrEqualTo(start);
      // a direct quote's text may leave out the frames between its quotations (QuoteText)
      String span = text.substring(q.start(), q.end());
      assertThat(q.text().length()).isLessThanOrEqualTo(span.length());
      assertThat(span)
          .startsWith(q.text().substring(0, 1))
          .endsWith(q.text().substring(q.text().length() - 1));
      q.speaker()
          .ifPresent(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
      start = q.start();
    }
    previous = 0;
    for (Quantity q : a.quantities()) {
      assertThat(q.start()).isGreaterThanOrEqualTo(previous);
      // a direct quote's text may leave out the frames between its quotations (QuoteText)
      String span = text.substring(q.start(), q.end());
      assertThat(q.text().length()).isLessThanOrEqualTo(span.length());
      assertThat(span)
          .startsWith(q.text().substring(0, 1))
          .endsWith(q.text().substring(q.text().length() - 1));
      previous = q.end();
    }
    previous = 0;
    for (DateMention d : a.dates()) {
      assertThat(d.start()).isGreaterThanOrEqualTo(previous);
      assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
      previous = d.end();
    }
  }
}

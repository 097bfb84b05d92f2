package org.triangulate.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.model.testing.ArticleFixture.article;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.QuoteGroup;
import org.triangulate.model.Story;

class QuoteGrouperTest {
  private static List<QuoteGroup> group(AnalyzedArticle... articles) {
    List<AnalyzedArticle> list = List.of(articles);
    Story story =
        new Story(
            "s4",
            "Bridge",
            list.stream().map(AnalyzedArticle::id).toList(),
            Optional.empty(),
            Optional.empty());
    StoryArticles storyArticles = StoryArticles.of(story, list);
    return new QuoteGrouper(0.6).group(storyArticles, new EntityResolver().resolve(storyArticles));
  }

  @Test
  void aQuoteTrimmedFromALongerOneJoinsItsGroup() {
    AnalyzedArticle full =
        article(
                "full",
                "\"The old bridge must close before the winter storms arrive,\" said Ilse Marr.")
            .quote(
                "The old bridge must close before the winter storms arrive",
                "Ilse Marr",
                Optional.of("Ilse Marr"),
                "said")
            .build();
    AnalyzedArticle trimmed =
        article("trimmed", "Marr said the bridge \"must close before the winter storms\".")
            .quote("must close before the winter storms", "Marr", Optional.empty(), "said")
            .build();

    assertThat(group(full, trimmed))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.quotes()).containsExactly("full#q1", "trimmed#q1");
              assertThat(g.speaker()).contains("Ilse Marr");
              assertThat(g.id()).isEqualTo("s4/g1");
            });
  }

  @Test
  void differentStatementsAndSameArticleRepeatsMakeNoGroup() {
    AnalyzedArticle a =
        article(
                "a",
                "\"Tolls will rise in May,\" said Ilse Marr. \"Tolls will rise in May,\" she said.")
            .quote("Tolls will rise in May", "Ilse Marr", Optional.of("Ilse Marr"), "said")
            .build();
    AnalyzedArticle b =
        article("b", "\"The ferry service ends on Friday,\" said Ravi Odum.")
            .quote(
                "The ferry service ends on Friday", "Ravi Odum", Optional.of("Ravi Odum"), "said")
            .build();

    assertThat(group(a, b)).isEmpty();
  }
}

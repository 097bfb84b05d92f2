package org.triangulate.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.model.testing.ArticleFixture.article;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Quote;
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

  private static AnalyzedArticle saying(String id, String words, String speaker, String name) {
    return article(id, speaker + " said " + words + ".")
        .quote(words, speaker, name.isEmpty() ? Optional.empty() : Optional.of(name), "said")
        .build();
  }

  @Test
  void twoNamedSpeakersWithMerelySimilarWordsMakeNoGroup() {
    AnalyzedArticle union =
        saying(
            "union",
            "the quarry should be closed for good and the land given back",
            "Ravi Odum",
            "Ravi Odum");
    AnalyzedArticle council =
        saying("council", "the quarry must shut for good", "Ilse Marr", "Ilse Marr");

    assertThat(group(union, council)).isEmpty();
  }

  @Test
  void oneStatementPutInTwoMouthsStaysOneGroup() {
    AnalyzedArticle first =
        saying("first", "this bridge was a disaster waiting to happen", "Ravi Odum", "Ravi Odum");
    AnalyzedArticle second =
        saying("second", "this bridge was a disaster waiting to happen", "Ilse Marr", "Ilse Marr");

    assertThat(group(first, second))
        .singleElement()
        .satisfies(g -> assertThat(g.quotes()).hasSize(2));
  }

  @Test
  void aNamedPersonIsNotGroupedWithAGenericCrowdButTwoCrowdsAre() {
    AnalyzedArticle expert =
        saying(
            "expert",
            "my task is to say what the tide will do, and the tide will shift",
            "Ilse Marr",
            "Ilse Marr");
    AnalyzedArticle crowd =
        saying("crowd", "the tide will shift the dunes for good", "campaigners", "campaigners");
    AnalyzedArticle others =
        saying(
            "others",
            "the barrage will shift the tide and the dunes for good",
            "Opponents",
            "Opponents");

    assertThat(group(expert, crowd, others))
        .singleElement()
        .satisfies(g -> assertThat(g.quotes()).containsExactly("crowd#q1", "others#q1"));
  }

  @Test
  void anUnnamedSpeakerCannotBridgeTwoDifferentNamedOnes() {
    AnalyzedArticle marr =
        saying("marr", "the ferry will run twice a day from the spring", "Ilse Marr", "Ilse Marr");
    AnalyzedArticle official =
        saying("official", "the ferry will run twice a day from May", "an official", "");
    AnalyzedArticle odum =
        saying("odum", "the ferry will run once a day from June", "Ravi Odum", "Ravi Odum");

    assertThat(group(marr, official, odum))
        .singleElement()
        .satisfies(g -> assertThat(g.quotes()).containsExactly("marr#q1", "official#q1"));
  }

  private static AnalyzedArticle speakerless(String id, String words) {
    AnalyzedArticle built = saying(id, words, "Ilse Marr", "Ilse Marr");
    Quote q = built.quotes().get(0);
    Quote bare = new Quote(q.id(), q.text(), q.start(), q.end(), false, q.cue(), Optional.empty());
    return new AnalyzedArticle(
        built.article(),
        built.sentences(),
        built.entities(),
        List.of(bare),
        built.quantities(),
        built.dates());
  }

  @Test
  void aSentenceTwoOutletsPrintWithNoSpeakerIsNoQuoteGroup() {
    String words = "the harbour wall collapsed shortly after midnight on Sunday";

    assertThat(group(speakerless("one", words), speakerless("two", words))).isEmpty();
  }
}

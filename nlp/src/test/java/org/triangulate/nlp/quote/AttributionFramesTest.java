package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Speaker;
import org.triangulate.nlp.entity.RuleEntityRecognizer;
import org.triangulate.nlp.sentence.RuleSentenceSplitter;

/** Evaluative cues and telling cues without "that", through the whole attributor. */
class AttributionFramesTest {
  private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();
  private final RuleEntityRecognizer recognizer = new RuleEntityRecognizer();
  private final QuoteAttributor attributor = new RuleQuoteAttributor();

  private List<Quote> quotes(String text) {
    List<Sentence> sentences = splitter.split(text);
    return attributor.attribute("a1", text, sentences, recognizer.recognize(text, sentences));
  }

  private static String name(Quote q) {
    return q.speaker().flatMap(Speaker::name).orElse("");
  }

  @Test
  void anEvaluativeVerbWithAQuotedFragmentIsADirectQuote() {
    List<Quote> found =
        quotes(
            "Harlow voted on the weir.\n\nMayor Jane Okafor hailed the vote as “a new start for"
                + " Harlow” during a speech at the town hall on Friday.");
    assertThat(found).hasSize(1);
    Quote q = found.get(0);
    assertThat(q.cue()).contains("hailed");
    assertThat(q.direct()).isTrue();
    assertThat(q.text()).isEqualTo("the vote as “a new start for Harlow”");
    assertThat(name(q)).isEqualTo("Jane Okafor");
  }

  @Test
  void aTellingCueWithoutThatStartsItsContentAfterTheObject() {
    List<Quote> found =
        quotes(
            "Harlow voted on the weir.\n\nCouncillor Pavel Sund told The Harlow Ledger on Monday"
                + " he would vote against the weir.");
    assertThat(found).hasSize(1);
    Quote q = found.get(0);
    assertThat(q.cue()).contains("told");
    assertThat(q.text()).isEqualTo("he would vote against the weir");
    assertThat(name(q)).isEqualTo("Pavel Sund");
  }

  @Test
  void aThingNamedByAQuotedTitleIsNoQuote() {
    List<Quote> found =
        quotes(
            "Harlow voted on the weir.\n\nThe council paid for a short film called “Harbour Lights”"
                + " before the vote.");
    assertThat(found).isEmpty();
  }
}

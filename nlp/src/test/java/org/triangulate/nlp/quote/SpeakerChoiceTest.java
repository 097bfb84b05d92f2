package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Speaker;
import org.triangulate.nlp.entity.RuleEntityRecognizer;
import org.triangulate.nlp.sentence.RuleSentenceSplitter;

class SpeakerChoiceTest {
  private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();
  private final RuleEntityRecognizer recognizer = new RuleEntityRecognizer();
  private final QuoteAttributor attributor = new RuleQuoteAttributor();

  private List<Quote> quotes(String text) {
    List<Sentence> sentences = splitter.split(text);
    return attributor.attribute("a1", text, sentences, recognizer.recognize(text, sentences));
  }

  private static String speakerText(Quote q) {
    return q.speaker().map(Speaker::text).orElse("");
  }

  @Test
  void aParticipleCueAfterACommaTakesTheClauseSubjectNotThePlaceBeforeTheComma() {
    List<Quote> found =
        quotes(
            "Senator Orla Brennick toured the flooded mills in Oakport, telling reporters that the"
                + " repairs would take a year.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("the repairs would take a year");
    assertThat(speakerText(found.get(0))).isEqualTo("Orla Brennick");
  }

  @Test
  void aParticipleCueAfterACommaTakesTheClauseSubjectNotItsObject() {
    List<Quote> found =
        quotes(
            "Tomas Verhal attacked Gideon Pratt, calling his budget plan a “fantasy” built on"
                + " borrowed money.");
    assertThat(found).hasSize(1);
    assertThat(speakerText(found.get(0))).isEqualTo("Tomas Verhal");
  }

  @Test
  void aPassiveCueDoesNotMakeItsSubjectTheSource() {
    List<Quote> found =
        quotes(
            "Mayor Ilse Varrow was asked about the closure of the Kelmor ferry at a town meeting"
                + " on Monday.");
    assertThat(found).extracting(SpeakerChoiceTest::speakerText).doesNotContain("Ilse Varrow");
  }

  @Test
  void aNameInsideAModifierBetweenCommasIsNotTheSource() {
    List<Quote> found =
        quotes(
            "Senator Orla Brennick, facing a strong challenge from Mayor Peter Marsh, said the mills in"
                + " Oakport would reopen by spring.");
    assertThat(found).hasSize(1);
    assertThat(speakerText(found.get(0))).isEqualTo("Orla Brennick");
  }

  @Test
  void aCountryBeforeAnAppositiveStaysTheSource() {
    List<Quote> found =
        quotes(
            "Even Veldoria, the largest trading partner of the islands, said it opposed the new"
                + " tariffs on fish.");
    assertThat(found).hasSize(1);
    assertThat(speakerText(found.get(0))).isEqualTo("Veldoria");
  }

  @Test
  void aQuotationWithoutACueTakesTheSubjectOfTheClauseBeforeIt() {
    List<Quote> found =
        quotes(
            "Mayor Ilse Varrow turned to the harbour chief, Peter Marsh, at the meeting: “We will"
                + " keep the quay open through the whole of the winter season.”");
    assertThat(found).hasSize(1);
    assertThat(speakerText(found.get(0))).isEqualTo("Ilse Varrow");
  }
}

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

  /** The quotes found in {@code text}. */
  private List<Quote> quotes(String text) {
    List<Sentence> sentences = splitter.split(text);
    return attributor.attribute("a1", text, sentences, recognizer.recognize(text, sentences));
  }

  /** The speakers' texts of the quotes found in {@code text}, "" for a quote without speaker. */
  private List<String> speakers(String text) {
    return quotes(text).stream().map(q -> q.speaker().map(Speaker::text).orElse("")).toList();
  }

  @Test
  void aParticipleCueAfterACommaTakesTheClauseSubjectNotThePlaceBeforeTheComma() {
    String text =
        "Senator Orla Brennick toured the flooded mills in Oakport, telling reporters that the"
            + " repairs would take a year.";
    List<Quote> found = quotes(text);
    assertThat(found).extracting(Quote::text).containsExactly("the repairs would take a year");
    assertThat(speakers(text)).containsExactly("Orla Brennick");
  }

  @Test
  void aParticipleCueAfterACommaTakesTheClauseSubjectNotItsObject() {
    assertThat(
            speakers(
                "Tomas Verhal attacked Gideon Pratt, calling his budget plan a “fantasy” built on"
                    + " borrowed money."))
        .containsExactly("Tomas Verhal");
  }

  @Test
  void aPassiveCueDoesNotMakeItsSubjectTheSource() {
    assertThat(
            speakers(
                "Mayor Ilse Varrow was asked about the closure of the Kelmor ferry at a town"
                    + " meeting on Monday."))
        .doesNotContain("Ilse Varrow");
  }

  @Test
  void aNameInsideAModifierBetweenCommasIsNotTheSource() {
    assertThat(
            speakers(
                "Senator Orla Brennick, facing a strong challenge from Mayor Peter Marsh, said the"
                    + " mills in Oakport would reopen by spring."))
        .containsExactly("Orla Brennick");
  }

  @Test
  void aCountryBeforeAnAppositiveStaysTheSource() {
    assertThat(
            speakers(
                "Even Veldoria, the largest trading partner of the islands, said it opposed the"
                    + " new tariffs on fish."))
        .containsExactly("Veldoria");
  }

  @Test
  void aQuotationWithoutACueTakesTheSubjectOfTheClauseBeforeIt() {
    assertThat(
            speakers(
                "Mayor Ilse Varrow turned to the harbour chief, Peter Marsh, at the meeting: “We"
                    + " will keep the quay open through the whole of the winter season.”"))
        .containsExactly("Ilse Varrow");
  }

  @Test
  void aPhraseOpeningTheSentenceBeforeAModifierIsTheSourceNotTheNameInIt() {
    assertThat(
            speakers(
                "The survey, released on Monday by Harlow Research Institute, showed that most"
                    + " farmers oppose the new weir."))
        .containsExactly("The survey");
  }

  @Test
  void theMainClauseAfterARelativeClauseIsAttributedToTheAntecedent() {
    String text =
        "Jane Doe, who called the levy a disgrace on Monday, told her supporters, “We will win"
            + " this fight together.”";
    List<Quote> found = quotes(text);
    assertThat(found)
        .extracting(Quote::text)
        .containsExactly("the levy a disgrace on Monday", "We will win this fight together.");
    assertThat(speakers(text)).containsExactly("who", "Jane Doe");
    assertThat(
            speakers(
                "Mayor Jane Doe, who has criticized the plan, said the council would vote again"
                    + " next week."))
        .containsExactly("Jane Doe");
  }
}

package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Speaker;
import org.triangulate.nlp.entity.RuleEntityRecognizer;
import org.triangulate.nlp.sentence.RuleSentenceSplitter;

class ReportedContentTest {
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
  void aLeadingAccordingToStartsItsContentAfterTheWholeSourcePhrase() {
    List<Quote> found =
        quotes(
            "According to harbour-era letters from Ivo Markand released by the mayor's office"
                + " in 2001, the quay will close in June.");
    assertThat(found).extracting(Quote::text).containsExactly("the quay will close in June");
  }

  @Test
  void aTrailingAccordingToDoesNotTakeTheRestOfItsSourceAsContent() {
    List<Quote> found =
        quotes(
            "The ferry to Kelmor will stop running in winter, according to three recent polls,"
                + " including one from Dunmore College released Thursday.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("The ferry to Kelmor will stop running in winter");
  }

  @Test
  void aBaseFormOfAViewVerbIsACueLikeItsThirdPerson() {
    List<Quote> found = quotes("The Dunholm farmers know that the weir will fail.");
    assertThat(found).extracting(Quote::text).containsExactly("the weir will fail");
    assertThat(found.get(0).speaker().orElseThrow().text()).contains("farmers");
  }

  @Test
  void peopleThatAPlaceOnlyLocatesAreTheSourceNotThePlace() {
    List<Quote> found =
        quotes(
            "Farmers in the Dunholm valley say the weir will fail.\n\nMany in Kelmor fear"
                + " that the ferry will stop.");
    assertThat(found)
        .extracting(q -> q.speaker().orElseThrow().text())
        .containsExactly("Farmers in the Dunholm valley", "Many in Kelmor");
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

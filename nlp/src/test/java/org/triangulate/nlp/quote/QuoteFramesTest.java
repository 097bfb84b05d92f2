package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Speaker;

class QuoteFramesTest {
  private static String trimmed(String text) {
    Draft whole = new Draft(0, text.length(), true, Optional.empty(), Optional.empty());
    Draft d = QuoteFrames.trim(text, QuoteMarks.find(text), whole);
    return text.substring(d.start(), d.end());
  }

  @Test
  void aFrameBeforeAQuotedSentenceAfterAColonIsCutOff() {
    assertThat(trimmed("Asked about the weir, Mayor Lorna Castellane replied: “It will hold.”"))
        .isEqualTo("“It will hold.”");
  }

  @Test
  void aFrameBeforeAQuotedSentenceAfterACommaIsCutOff() {
    assertThat(trimmed("Pressed on the cost, the engineer answered, “Nobody knows yet.”"))
        .isEqualTo("“Nobody knows yet.”");
  }

  @Test
  void aFrameBeforeQuotedSentencesHandedOverToTheirSourceIsCutOff() {
    assertThat(trimmed("Senator Ada Brill scolded him: “It leaks,” she said. “Fix it.”"))
        .isEqualTo("“It leaks,” she said. “Fix it.”");
  }

  @Test
  void aFrameBeforeAQuotationFollowedByNarrationStays() {
    String text = "Senator Ada Brill scolded him: “It leaks.” The hearing went on.";
    assertThat(trimmed(text)).isEqualTo(text);
  }

  @Test
  void aQuotedFragmentInsideAParaphraseStaysWhole() {
    String text = "that the weir was “a dead end for the valley”";
    assertThat(trimmed(text)).isEqualTo(text);
  }

  @Test
  void aFrameAfterAQuotedSentenceIsCutOff() {
    assertThat(trimmed("“Go back to the barn,” Tomas Reyk barked from the stage."))
        .isEqualTo("“Go back to the barn,”");
    assertThat(trimmed("“Why now?” the farmer shouted across the square.")).isEqualTo("“Why now?”");
  }

  @Test
  void aFrameThatRunsOnIntoTheReportersNextClauseIsCutOffBeforeLaterQuotations() {
    assertThat(trimmed("“Winning?” she asked, but the crowd sang “Harlow forever” on and on."))
        .isEqualTo("“Winning?”");
  }

  @Test
  void aQuotationEndingInsideASingleMarkHandsOverToItsFrame() {
    assertThat(trimmed("Ada Brill warned: “You called them ‘miracles,’” she said. “Stop.”"))
        .isEqualTo("“You called them ‘miracles,’” she said. “Stop.”");
  }

  @Test
  void aQuoteContinuedAfterItsFrameStaysWhole() {
    String text = "“It held,” she said. “We were lucky.”";
    assertThat(trimmed(text)).isEqualTo(text);
  }

  @Test
  void aQuotedNameFollowedByItsPredicateStaysWhole() {
    String text = "“Open Road” was written by Emmett Hale after the flood.";
    assertThat(trimmed(text)).isEqualTo(text);
  }

  @Test
  void wordsBeforeAQuotationThatNameTheDraftsOwnSourceAreCutOff() {
    String text = "Asked about the levy, Mayor Ines Falk said “no more tolls” in Harlow.";
    Speaker falk = new Speaker("Mayor Ines Falk", 22, 37, Optional.of("Ines Falk"));
    Draft whole = new Draft(0, text.length(), true, Optional.of("said"), Optional.of(falk));
    Draft d = QuoteFrames.trim(text, QuoteMarks.find(text), whole);
    assertThat(text.substring(d.start(), d.end())).isEqualTo("“no more tolls” in Harlow.");
  }

  @Test
  void wordsBeforeAQuotationWithTheSourceElsewhereStay() {
    String text = "the levy was “a toll by another name” in Harlow.";
    Speaker falk = new Speaker("Falk", 60, 64, Optional.of("Ines Falk"));
    Draft whole = new Draft(0, text.length(), true, Optional.of("said"), Optional.of(falk));
    assertThat(QuoteFrames.trim(text, QuoteMarks.find(text), whole)).isEqualTo(whole);
  }

  @Test
  void anIndirectQuoteIsLeftAlone() {
    Draft d = new Draft(0, 20, false, Optional.empty(), Optional.empty());
    String text = "Asked, she replied: “No.” and more";
    assertThat(QuoteFrames.trim(text, QuoteMarks.find(text), d)).isEqualTo(d);
  }
}

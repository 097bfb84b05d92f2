package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Speaker;
import org.triangulate.nlp.entity.RuleEntityRecognizer;
import org.triangulate.nlp.sentence.RuleSentenceSplitter;

class RuleQuoteAttributorTest {
  private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();
  private final RuleEntityRecognizer recognizer = new RuleEntityRecognizer();
  private final QuoteAttributor attributor = new RuleQuoteAttributor();

  private List<Quote> quotes(String text) {
    List<Sentence> sentences = splitter.split(text);
    List<Quote> found =
        attributor.attribute("a1", text, sentences, recognizer.recognize(text, sentences));
    for (Quote q : found) {
      // a direct quote's text may leave out the frames between its quotations (QuoteText)
      String span = text.substring(q.start(), q.end());
      assertThat(q.text().length()).isLessThanOrEqualTo(span.length());
      assertThat(span)
          .startsWith(q.text().substring(0, 1))
          .endsWith(q.text().substring(q.text().length() - 1));
      q.speaker()
          .ifPresent(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
    }
    return found;
  }

  private static String name(Quote q) {
    return q.speaker().flatMap(Speaker::name).orElse("");
  }

  @Test
  void quoteWithPronounAfterResolvesToTheLastPerson() {
    List<Quote> found =
        quotes("Mayor Lorna Castellane visited the site.\n\n“We will rebuild,” she said.");
    assertThat(found).hasSize(1);
    Quote q = found.get(0);
    assertThat(q.id()).isEqualTo("a1#q1");
    assertThat(q.text()).isEqualTo("We will rebuild");
    assertThat(q.direct()).isTrue();
    assertThat(q.cue()).contains("said");
    assertThat(q.speaker().orElseThrow().text()).isEqualTo("she");
    assertThat(name(q)).isEqualTo("Lorna Castellane");
  }

  @Test
  void aSourceInsideARelativeClauseSaysWhatFollowsItsVerb() {
    List<Quote> found =
        quotes(
            "The Dunholm weir is a 40-metre wall that the builder Pellam Works says will last a"
                + " century.\n\nIt will flood a meadow that farmers say will never recover.");
    assertThat(found)
        .extracting(Quote::text)
        .containsExactly("will last a century", "will never recover");
    assertThat(found.get(1).speaker().orElseThrow().text()).isEqualTo("farmers");
  }

  @Test
  void quoteWithSaidBeforeTheNameGetsTheSpeaker() {
    Quote q = quotes("\"The water came at night,\" said Okonjo Prell, a farmer.").get(0);
    assertThat(q.text()).isEqualTo("The water came at night");
    assertThat(name(q)).isEqualTo("Okonjo Prell");
  }

  @Test
  void surnameSpeakerAfterAQuoteResolvesToTheFullNameAndTheQuoteRunsOn() {
    List<Quote> found =
        quotes("The engineer Tomas Reyk inspected the dam.\n\n“It held,” Reyk said. “Barely.”");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).startsWith("It held").endsWith("Barely.");
    assertThat(name(found.get(0))).isEqualTo("Tomas Reyk");
  }

  @Test
  void speakerBeforeAColonIntroducesTheQuote() {
    Quote q = quotes("Anika Solberg said: “Nobody warned us.”").get(0);
    assertThat(q.text()).isEqualTo("Nobody warned us.");
    assertThat(name(q)).isEqualTo("Anika Solberg");
  }

  @Test
  void aQuoteOverSeveralParagraphsKeepsItsSpeaker() {
    String text =
        "“The first wall cracked at noon.\n\n“Then the second one went,” said Ivo Markand.";
    List<Quote> found = quotes(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).text()).isEqualTo("The first wall cracked at noon.");
    assertThat(found).allMatch(q -> name(q).equals("Ivo Markand"));
  }

  @Test
  void partialQuoteInsideASentenceIsDirectAndKeepsItsUnquotedWords() {
    List<Quote> found = quotes("Councillor Rhea Dunmore called the plan a “dead end” on Tuesday.");
    assertThat(found).hasSize(1);
    Quote partial = found.get(0);
    assertThat(partial.text()).isEqualTo("the plan a “dead end” on Tuesday");
    assertThat(partial.direct()).isTrue();
    assertThat(partial.speaker().orElseThrow().text()).isEqualTo("Rhea Dunmore");
  }

  @Test
  void aQuoteOverSeveralSentencesIsOneQuote() {
    List<Quote> found =
        quotes("“The river rose. Then it rose again. We left at dawn,” said Anika Solberg.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text())
        .isEqualTo("The river rose. Then it rose again. We left at dawn");
    assertThat(name(found.get(0))).isEqualTo("Anika Solberg");
  }

  @Test
  void reportedSpeechWithAQuotedFragmentIsOneDirectQuote() {
    List<Quote> found =
        quotes("Anika Solberg said the new levee was “a waste of good concrete” and should go.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text())
        .isEqualTo("the new levee was “a waste of good concrete” and should go");
    assertThat(found.get(0).direct()).isTrue();
  }

  @Test
  void aQuoteSplitByItsSourceIsOneQuote() {
    Quote q = quotes("“We tried,” Anika Solberg said, “and we will try again.”").get(0);
    assertThat(q.text()).contains("We tried").contains("try again");
    assertThat(name(q)).isEqualTo("Anika Solberg");
  }

  @Test
  void straightMarksAndAnUnclosedQuoteAreQuotes() {
    List<Quote> found =
        quotes(
            "Mayor Anika Solberg spoke first.\n\n\"The water is clean,\" she said.\n\n"
                + "\"We tested it twice.\n\n\"And we will test it again,\" she added.");
    // the wholly quoted paragraph with no cue carries on the quote before it
    assertThat(found).hasSize(2);
    assertThat(found.get(0).text()).endsWith("The water is clean, We tested it twice.");
    assertThat(found).allMatch(Quote::direct);
    assertThat(found).allMatch(q -> name(q).equals("Anika Solberg"));
  }

  @Test
  void aParticipleStartsASecondQuoteOfTheSameSource() {
    List<Quote> found =
        quotes("Anika Solberg said the dam was safe, adding that the town would be consulted.");
    assertThat(found)
        .extracting(Quote::text)
        .containsExactly("the dam was safe", "the town would be consulted");
    assertThat(found.get(1).cue()).contains("adding");
    assertThat(found).allMatch(q -> name(q).equals("Anika Solberg"));
  }

  @Test
  void reportedSpeechCuesBeyondSaying() {
    assertThat(quotes("Anika Solberg noted that the levee was built in 1961.").get(0).text())
        .isEqualTo("the levee was built in 1961");
    assertThat(quotes("Anika Solberg warned the water could rise by morning.").get(0).cue())
        .contains("warned");
    Quote pronoun =
        quotes("Mayor Anika Solberg stood by the gate. She argued that the gate must stay shut.")
            .get(0);
    assertThat(pronoun.speaker().orElseThrow().text()).isEqualTo("She");
    assertThat(name(pronoun)).isEqualTo("Anika Solberg");
  }

  @Test
  void reportedSpeechInItsCommonForms() {
    assertThat(quotes("Ivo Markand said that the road would reopen soon.").get(0))
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("the road would reopen soon");
              assertThat(q.direct()).isFalse();
              assertThat(name(q)).isEqualTo("Ivo Markand");
            });
    assertThat(quotes("According to Ivo Markand, the road will reopen in May.").get(0).text())
        .isEqualTo("the road will reopen in May");
    assertThat(quotes("The road will reopen in May, according to Ivo Markand.").get(0).cue())
        .contains("according to");
    assertThat(quotes("Ivo Markand told reporters that the road was safe.").get(0).text())
        .isEqualTo("the road was safe");
  }

  @Test
  void anUnnamedSourceIsNamedByItsDescription() {
    Quote q = quotes("The bridge will close for a month, a senior official said.").get(0);
    assertThat(q.text()).isEqualTo("The bridge will close for a month");
    assertThat(q.speaker().orElseThrow().text()).isEqualTo("a senior official");
    assertThat(name(q)).isEqualTo("a senior official");
  }

  @Test
  void aRoleNounResolvesToThePersonWithThatTitle() {
    Quote q =
        quotes(
                "Finance Minister Oda Brandt arrived late.\n\n“We have no money,” the minister said.")
            .get(0);
    assertThat(name(q)).isEqualTo("Oda Brandt");
  }

  @Test
  void inchesAndApostrophesAreNotQuotes() {
    assertThat(quotes("The pipe is 12\" wide and the town’s mayor didn’t mind.")).isEmpty();
  }

  @Test
  void quotesComeInTextOrderWithNumberedIds() {
    List<Quote> found =
        quotes("“One,” said Ivo Markand. “Two,” said Anika Solberg. “Three,” said Ivo Markand.");
    assertThat(found).extracting(Quote::id).containsExactly("a1#q1", "a1#q2", "a1#q3");
    assertThat(found).extracting(Quote::text).containsExactly("One", "Two", "Three");
    assertThat(found.get(1).speaker().flatMap(Speaker::name))
        .isEqualTo(Optional.of("Anika Solberg"));
  }

  @Test
  void twoApostrophesMarkAQuoteButOnlyDoubleMarksMakeItDirect() {
    List<Quote> found =
        quotes("''We will not sell the land,'' Anika Solberg said. The farm’s owner didn’t agree.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).contains("We will not sell the land");
    assertThat(found.get(0).direct()).isFalse();
    assertThat(name(found.get(0))).isEqualTo("Anika Solberg");
  }

  @Test
  void aColonIntroductionGivesTheNextParagraphItsSpeaker() {
    List<Quote> found =
        quotes("Anika Solberg wrote to the council:\n\n“The gate must stay shut until May.”");
    assertThat(found).hasSize(1);
    assertThat(name(found.get(0))).isEqualTo("Anika Solberg");
  }

  @Test
  void aSourceNamedAfterItsRoleIsThePerson() {
    String text =
        "Ivo Markand runs the mill.\n\n“We will stay,” said its owner, Okonjo Prell.\n\n"
            + "Its manager, Ivo Markand, said: “We have orders until June.”";
    List<Quote> found = quotes(text);
    assertThat(found)
        .extracting(RuleQuoteAttributorTest::name)
        .containsExactly("Okonjo Prell", "Ivo Markand");
  }

  @Test
  void aCueWordUsedAsANounOrANameIsNoCue() {
    assertThat(quotes("The trade fair opened in the United States on Monday with forty stalls."))
        .isEmpty();
    assertThat(quotes("The mayor's claims about the bridge were never checked by anyone."))
        .isEmpty();
  }

  @Test
  void aSecondCueJoinedByAndIsASecondAttributionOfTheSameSource() {
    List<Quote> found =
        quotes(
            "Harbour officials announced the closure of the north pier and said the ferry would"
                + " run again next week.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).text()).isEqualTo("the closure of the north pier");
    assertThat(found.get(1).text()).isEqualTo("the ferry would run again next week");
    assertThat(found).allMatch(q -> q.speaker().orElseThrow().text().equals("officials"));
  }

  @Test
  void quotesSignedWithADashEachGetTheirSigner() {
    List<Quote> found =
        quotes(
            "Readers wrote in.\n\n“The bus never came.” ― Mira Tosk “We walked the whole way.” ―"
                + " Pavel Dunne");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).text()).isEqualTo("The bus never came.");
    assertThat(name(found.get(0))).isEqualTo("Mira Tosk");
    assertThat(found.get(1).text()).isEqualTo("We walked the whole way.");
    assertThat(name(found.get(1))).isEqualTo("Pavel Dunne");
    assertThat(found).allMatch(Quote::direct);
  }

  @Test
  void eachTurnOfATranscriptIsAQuoteOfItsLabelledSpeaker() {
    List<Quote> found =
        quotes(
            "Dara Quell spoke with Governor Ines Harrow.\n\nQUELL: Will the bridge open in"
                + " May?\n\nHARROW: We expect it to open in June.\n\nBYLINE: Staff.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).text()).isEqualTo("Will the bridge open in May?");
    assertThat(name(found.get(0))).isEqualTo("Dara Quell");
    assertThat(found.get(1).text()).isEqualTo("We expect it to open in June.");
    assertThat(name(found.get(1))).isEqualTo("Ines Harrow");
  }

  @Test
  void aParentheticalCueTakesTheWordsOnBothSides() {
    Quote q = quotes("The new locks, Dorin Vasca said, will hold back the spring floods.").get(0);
    assertThat(q.text())
        .isEqualTo("The new locks, Dorin Vasca said, will hold back the spring floods");
    assertThat(name(q)).isEqualTo("Dorin Vasca");
  }

  @Test
  void aSecondSourceInTheSameSentenceStartsASecondAttribution() {
    List<Quote> found =
        quotes(
            "Although in May she said the levy was fair, at the hearing this week she said the"
                + " levy had to go.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).text()).isEqualTo("the levy was fair");
    assertThat(found.get(1).text()).isEqualTo("the levy had to go");
  }

  @Test
  void aTrailingAccordingToGovernsTheWholeClause() {
    Quote q =
        quotes(
                "The harbour board declined to renew the lease, according to a Westport"
                    + " Gazette/Radio North survey of members.")
            .get(0);
    assertThat(q.cue()).contains("according to");
    assertThat(q.text()).isEqualTo("The harbour board declined to renew the lease");
    assertThat(q.speaker().orElseThrow().text()).startsWith("a Westport Gazette/Radio North");
  }

  @Test
  void aSourceWithAnAppositiveAfterAParenthesisIsTheNamedPerson() {
    Quote q =
        quotes(
                "Rep. Lida Fenner (D-Ore.), chair of the harbour panel, said Sorel Marsh did not"
                    + " attend.")
            .get(0);
    assertThat(q.text()).isEqualTo("Sorel Marsh did not attend");
    assertThat(name(q)).isEqualTo("Lida Fenner");
  }

  @Test
  void aPossessiveDescriptionIsASource() {
    Quote q = quotes("His lawyer said the builder would not answer questions.").get(0);
    assertThat(q.speaker().orElseThrow().text()).isEqualTo("His lawyer");
    assertThat(q.text()).isEqualTo("the builder would not answer questions");
  }

  @Test
  void aPartialQuoteEndsBeforeTheReportersNextClause() {
    Quote q =
        quotes(
                "Governor Ines Harrow called the toll plan “a dead end,” and walked out of the hall"
                    + " before the vote.")
            .get(0);
    assertThat(q.text()).isEqualTo("the toll plan “a dead end,”");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void aPartialQuoteClosedByACommaKeepsTheRestOfItsClause() {
    Quote q =
        quotes("Governor Ines Harrow said the toll was “peanuts,” compared to the old levy.")
            .get(0);
    assertThat(q.text()).isEqualTo("the toll was “peanuts,” compared to the old levy");
  }

  @Test
  void aQuotationClosedByACommaEndsAContentThatOpensWithIt() {
    Quote q = quotes("Ines Harrow said, “It is a dead end,” and left the hall.").get(0);
    assertThat(q.text()).isEqualTo("It is a dead end");
  }

  @Test
  void stanceVerbsAreCues() {
    Quote q = quotes("Senator Ada Brill defended the harbour levy in a long speech.").get(0);
    assertThat(q.cue()).contains("defended");
    assertThat(q.text()).isEqualTo("the harbour levy in a long speech");
    assertThat(name(q)).isEqualTo("Ada Brill");
  }

  @Test
  void theHeadOfASourcesAppositiveIsNoContent() {
    assertThat(quotes("The harbour chair, Councillor Ines Harrow, defended the plan."))
        .noneMatch(q -> q.text().equals("The harbour chair"));
  }

  @Test
  void aPlaceInTheSourcesAppositiveIsNotTheSpeaker() {
    List<Quote> found =
        quotes(
            "Mayor Lorna Castellane, speaking to farmers in Oakport, said the weir would be"
                + " rebuilt by spring.");
    assertThat(found).hasSize(1);
    assertThat(name(found.get(0))).isEqualTo("Lorna Castellane");
  }

  @Test
  void aQuoteContinuedAfterALongSourceDescriptionIsOneQuoteWithoutTheDescription() {
    List<Quote> found =
        quotes(
            "“It held,” said Tomas Reyk, one of the three engineers from the valley who came to"
                + " inspect the old dam after the spring floods last year. “We had to shore up the"
                + " east wall before the rains came back.”");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text())
        .isEqualTo("It held, We had to shore up the east wall before the rains came back.");
    assertThat(name(found.get(0))).isEqualTo("Tomas Reyk");
  }

  @Test
  void aStatementIssuedBySomeoneIsNotTheSpeaker() {
    List<Quote> found =
        quotes("Mayor Lorna Castellane issued a statement saying the weir would be rebuilt.");
    assertThat(found).hasSize(1);
    assertThat(name(found.get(0))).isEqualTo("Lorna Castellane");
  }

  @Test
  void aQuoteFramedByAnUnlistedVerbTakesTheSpeakerAfterIt() {
    List<Quote> found =
        quotes(
            "The hall was loud.\n\n“Go back to the barn,” Tomas Reyk growled and a guard walked"
                + " him out.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("Go back to the barn");
    assertThat(name(found.get(0))).isEqualTo("Tomas Reyk");
  }

  @Test
  void aSecondParticipleOfSpeechStartsASecondQuote() {
    List<Quote> found =
        quotes(
            "“Absolutely not,” Lorna Castellane replied, remarking that the weir would need a"
                + " new wall.");
    assertThat(found)
        .extracting(Quote::text)
        .containsExactly("Absolutely not", "the weir would need a new wall");
  }

  @Test
  void aLowerCaseTitleMayStandBetweenTheCueAndTheName() {
    List<Quote> found =
        quotes(
            "The hall was full.\n\n“It is the best plan we have,” said conservative activist Ebbe"
                + " Marlow.");
    assertThat(found).hasSize(1);
    assertThat(name(found.get(0))).isEqualTo("Ebbe Marlow");
  }

  @Test
  void aTimeOrFunctionWordIsNoTitle() {
    List<Quote> found =
        quotes(
            "Ebbe Marlow spoke first.\n\n“It is the best plan we have,” he said on Monday that"
                + " Dara Voss had agreed.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).speaker().orElseThrow().text()).isEqualTo("he");
  }

  @Test
  void aStandAloneQuotationTakesTheLastPersonNamedBeforeIt() {
    List<Quote> found =
        quotes(
            "Title\n\nMayor Dara Voss visited the weir on Friday.\n\n“The wall will not"
                + " last another winter.”");
    assertThat(found).hasSize(1);
    assertThat(name(found.get(0))).isEqualTo("Dara Voss");
  }

  @Test
  void anAgeMayStandBetweenTheCueAndTheName() {
    List<Quote> found =
        quotes(
            "Referee Tilde Sandvik stopped the bout in the ninth.\n\n“He was hard to hit. I am"
                + " pleased,” said the 29-year-old Oskar Brannvik, who kept his title.");
    assertThat(found).hasSize(1);
    assertThat(name(found.get(0))).isEqualTo("Oskar Brannvik");
  }

  @Test
  void aPartyTagInParenthesesStandsBetweenTheNameAndTheCue() {
    List<Quote> found =
        quotes(
            "In an interview on KXLT's \"Morning Desk,\" House Speaker Pat Rennick (R-Ore.) said"
                + " the floods demand that every town engage in \"more planning.\"");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker().orElseThrow().text()).endsWith("Pat Rennick");
    assertThat(found.get(0).text()).startsWith("the floods demand");
  }

  @Test
  void aCueInAnOpeningSettingGivesWayToTheSourceThatFollowsIt() {
    List<Quote> found =
        quotes(
            "In a statement posted Friday, Ilse Rennick said she has had \"serious doubts\" about"
                + " the weir but will not oppose it.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker().orElseThrow().text()).isEqualTo("Ilse Rennick");
    assertThat(found.get(0).text()).startsWith("she has had");
  }
}

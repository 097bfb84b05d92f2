package org.triangulate.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Quantity;
import org.triangulate.model.ValueBound;

class RuleQuantityExtractorTest {
  private final QuantityExtractor extractor = new RuleQuantityExtractor();

  private List<Quantity> extract(String text) {
    List<Quantity> found = extractor.extract(text);
    for (Quantity q : found) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    return found;
  }

  private Quantity only(String text) {
    List<Quantity> found = extract(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void currenciesWithScaleWordsNormaliseToIsoCodes() {
    Quantity q = only("The dam cost €2.5 billion in total.");
    assertThat(q.text()).isEqualTo("€2.5 billion");
    assertThat(q.amount()).isEqualTo(2.5e9);
    assertThat(q.unit()).isEqualTo("euro");
    assertThat(q.normalized().orElseThrow().unit()).isEqualTo("EUR");
    assertThat(only("a $40m grant").normalized().orElseThrow().amount()).isEqualTo(40e6);
    assertThat(only("some 1,200 dollars").normalized().orElseThrow().unit()).isEqualTo("USD");
  }

  @Test
  void aDistanceGivenTwiceGivesTwoQuantitiesOfAboutTheSameLength() {
    List<Quantity> found = extract("The town lies 65 kilometers (40 miles) downstream.");
    assertThat(found).extracting(Quantity::unit).containsExactly("kilometre", "mile");
    assertThat(found.get(1).normalized().orElseThrow().amount())
        .isCloseTo(found.get(0).normalized().orElseThrow().amount(), within(1.0));
  }

  @Test
  void numberWordsCountPeople() {
    Quantity q = only("Twenty-five people were rescued.");
    assertThat(q.amount()).isEqualTo(25);
    assertThat(q.unit()).isEqualTo("person");
    assertThat(q.normalized().orElseThrow().unit()).isEqualTo("people");
    assertThat(only("At least 12 injured.").amount()).isEqualTo(12);
    assertThat(only("Seven dead.").amount()).isEqualTo(7);
  }

  @Test
  void percentagesInSignsWordsAndFractions() {
    assertThat(only("Turnout was 40%.").normalized().orElseThrow().amount()).isEqualTo(40);
    assertThat(only("Turnout was 40 per cent.").normalized().orElseThrow().unit()).isEqualTo("%");
    assertThat(only("three-quarters of the town").normalized().orElseThrow().amount())
        .isEqualTo(75);
  }

  @Test
  void weightsAndHalvesConvert() {
    assertThat(only("It carried 3 tonnes.").normalized().orElseThrow().amount()).isEqualTo(3000);
    assertThat(only("a 2½ km walk").amount()).isEqualTo(2.5);
  }

  private Quantity qualified(String text) {
    List<Quantity> found = new RuleQuantityExtractor().extract(text);
    assertThat(found).hasSize(1);
    Quantity q = found.get(0);
    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    return q;
  }

  @Test
  void boundsAndApproximationsKeepTheStatedValue() {
    Quantity more = qualified("More than 3,000 people marched to the dam.");
    assertThat(more.text()).isEqualTo("More than 3,000 people");
    assertThat(more.amount()).isEqualTo(3000);
    assertThat(more.bound()).isEqualTo(ValueBound.MORE_THAN);
    assertThat(qualified("about 30 people").bound()).isEqualTo(ValueBound.APPROXIMATE);
    assertThat(qualified("up to 40 km").bound()).isEqualTo(ValueBound.AT_MOST);
    assertThat(qualified("at least 12 injured").bound()).isEqualTo(ValueBound.AT_LEAST);
    Quantity orMore = qualified("500 or more people were moved.");
    assertThat(orMore.amount()).isEqualTo(500);
    assertThat(orMore.unit()).isEqualTo("person");
    assertThat(orMore.bound()).isEqualTo(ValueBound.AT_LEAST);
    assertThat(qualified("a 30 km walk"))
        .satisfies(
            q -> {
              assertThat(q.bound()).isEqualTo(ValueBound.EXACT);
              assertThat(q.upper()).isEmpty();
              assertThat(q.alsoGivenAs()).isEmpty();
            });
  }

  @Test
  void rangesGiveTheLowerAmountAndTheUpperEnd() {
    Quantity between = qualified("between 20 and 30 people");
    assertThat(between.text()).isEqualTo("between 20 and 30 people");
    assertThat(between.amount()).isEqualTo(20);
    assertThat(between.bound()).isEqualTo(ValueBound.RANGE);
    assertThat(between.upper()).contains(30.0);
    assertThat(qualified("a 20-30 km stretch").upper()).contains(30.0);
    Quantity money = qualified("It will cost €2 to 3 billion.");
    assertThat(money.amount()).isEqualTo(2e9);
    assertThat(money.upper()).contains(3e9);
    assertThat(qualified("Twenty-five people were rescued.").amount()).isEqualTo(25);
  }

  @Test
  void aValueGivenTwiceIsLinkedBothWays() {
    List<Quantity> found =
        new RuleQuantityExtractor().extract("The town lies 65 kilometers (40 miles) downstream.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).alsoGivenAs().orElseThrow().amount()).isCloseTo(64.4, within(0.1));
    assertThat(found.get(1).alsoGivenAs().orElseThrow().amount()).isEqualTo(65);
    assertThat(
            new RuleQuantityExtractor()
                .extract("It lies 65 kilometers from the 40 miles of coast."))
        .allMatch(q -> q.alsoGivenAs().isEmpty());
  }

  @Test
  void countsOfPeopleWithAVerbAndStandaloneFractions() {
    assertThat(only("Three were injured in the fall.").unit()).isEqualTo("person");
    assertThat(only("Three-quarters voted for the plan.").normalized().orElseThrow().amount())
        .isEqualTo(75);
  }

  @Test
  void numbersWithoutUnitsAreNotQuantities() {
    assertThat(extract("In 2024 the F-16 flew over 3 of the 10:30 sites, one by one.")).isEmpty();
  }

  @Test
  void scaleWordsAfterAHyphenAndFinancesMmScaleMoney() {
    assertThat(only("He signed a $31.5-million deal.").amount()).isEqualTo(31.5e6);
    assertThat(only("Brackwater offered $160MM for the forward.").amount()).isEqualTo(160e6);
    assertThat(extract("a 5mm crack in the wall")).isEmpty();
  }

  @Test
  void speedsAreOneUnitNotADistance() {
    Quantity speed = only("The van reached up to 120 miles an hour on the ring road.");
    assertThat(speed.unit()).isEqualTo("mile per hour");
    assertThat(speed.bound()).isEqualTo(ValueBound.AT_MOST);
    assertThat(speed.normalized().orElseThrow().unit()).isEqualTo("km/h");
    assertThat(speed.normalized().orElseThrow().amount()).isCloseTo(193.1, within(0.1));
    assertThat(only("a limit of 80 km/h").normalized().orElseThrow().amount()).isEqualTo(80);
  }

  @Test
  void durationsInWeeksMonthsAndYearsButNotAges() {
    Quantity years = only("She has run the mill for 35 years.");
    assertThat(years.unit()).isEqualTo("year");
    assertThat(years.normalized().orElseThrow().amount()).isEqualTo(35 * 8766.0);
    assertThat(only("a five-year contract").amount()).isEqualTo(5);
    assertThat(only("after a 14-week strike").unit()).isEqualTo("week");
    assertThat(extract("The 36-year-old driver, who is 40 years old, met three 18-year-olds."))
        .isEmpty();
  }

  @Test
  void aYearNamingTheValueOfMoneyIsNotAnAmount() {
    assertThat(extract("The works cost $76 million (in 2006 dollars)."))
        .extracting(Quantity::text)
        .containsExactly("$76 million");
  }

  @Test
  void countsOfPeopleDescribedByAWordOrTwo() {
    Quantity crew = only("The boats carried 26 Varnish crew.");
    assertThat(crew.text()).isEqualTo("26 Varnish crew");
    assertThat(crew.amount()).isEqualTo(26);
    assertThat(crew.unit()).isEqualTo("person");
    assertThat(only("Only 5.8 million TV viewers watched.").amount()).isEqualTo(5.8e6);
    assertThat(only("about 200 riot police").bound()).isEqualTo(ValueBound.APPROXIMATE);
    assertThat(extract("12 of the workers and three were pensioners")).isEmpty();
    assertThat(extract("In 2012 Republican voters stayed home.")).isEmpty();
    assertThat(extract("They left at about 4 p.m. Police stayed.")).isEmpty();
    assertThat(only("about two dozen young protesters").amount()).isEqualTo(24);
  }

  @Test
  void aSumConvertedIntoAnotherCurrencyIsGivenTwice() {
    List<Quantity> found = extract("The riots caused 200 million euros ($265 million) of damage.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).alsoGivenAs().orElseThrow().unit()).isEqualTo("USD");
    assertThat(found.get(1).alsoGivenAs().orElseThrow().amount()).isEqualTo(200e6);
  }

  @Test
  void aGroupSplitIntoKindsOfPeopleIsCountedWhole() {
    Quantity after = only("The fire killed two women and a man in the shop.");
    assertThat(after.text()).isEqualTo("two women and a man");
    assertThat(after.amount()).isEqualTo(3);
    Quantity before = only("A young man and two women died.");
    assertThat(before.text()).isEqualTo("A young man and two women");
    assertThat(before.amount()).isEqualTo(3);
    assertThat(only("three men and two children").amount()).isEqualTo(5);
    Quantity chain = only("Two dozen men and a woman and three children were hurt.");
    assertThat(chain.text()).isEqualTo("Two dozen men and a woman and three children");
    assertThat(chain.amount()).isEqualTo(28);
    assertThat(extract("Three killed and two injured."))
        .extracting(Quantity::amount)
        .containsExactly(3.0, 2.0);
  }
}

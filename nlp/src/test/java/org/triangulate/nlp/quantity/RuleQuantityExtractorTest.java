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
}

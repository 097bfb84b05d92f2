package org.triangulate.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Quantity;

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

  @Test
  void numbersWithoutUnitsAreNotQuantities() {
    assertThat(extract("In 2024 the F-16 flew over 3 of the 10:30 sites, one by one.")).isEmpty();
  }
}

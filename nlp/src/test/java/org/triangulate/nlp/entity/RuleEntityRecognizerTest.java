package org.triangulate.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.nlp.sentence.RuleSentenceSplitter;

class RuleEntityRecognizerTest {
  private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();
  private final EntityRecognizer recognizer = new RuleEntityRecognizer();

  private List<EntityMention> recognize(String text) {
    List<EntityMention> found = recognizer.recognize(text, splitter.split(text));
    for (EntityMention m : found) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    return found;
  }

  private EntityMention find(List<EntityMention> found, String text) {
    return found.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void aTitleMakesAPersonAndIsLeftOutOfTheName() {
    List<EntityMention> found = recognize("Yesterday Chancellor Ingrid Vollmar opened the bridge.");
    EntityMention m = find(found, "Ingrid Vollmar");
    assertThat(m.type()).isEqualTo(EntityType.PERSON);
    assertThat(m.name()).isEqualTo("Ingrid Vollmar");
  }

  @Test
  void aLaterSurnameResolvesToTheFullName() {
    List<EntityMention> found =
        recognize(
            "Mayor Lorna Castellane spoke first. Later, Ms. Castellane left. Castellane said no.");
    assertThat(found).extracting(EntityMention::name).containsOnly("Lorna Castellane");
    assertThat(found).hasSize(3).allMatch(m -> m.type() == EntityType.PERSON);
  }

  @Test
  void particlesStayInsideNames() {
    List<EntityMention> found =
        recognize("The talks were led by Marta von der Brugge and Tariq bin Sayeed in Geneva.");
    assertThat(found)
        .extracting(EntityMention::text)
        .contains("Marta von der Brugge", "Tariq bin Sayeed", "Geneva");
    assertThat(find(found, "Geneva").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void organisationHeadsPlacesWeaponsAndEventsAreTyped() {
    List<EntityMention> found =
        recognize(
            "The Harlow City Council met the Ministry of Water near the Corran River. "
                + "Troops fired a Patriot missile system and HIMARS before the Harlow Summit.");
    assertThat(find(found, "Harlow City Council").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(find(found, "Ministry of Water").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(find(found, "Corran River").type()).isEqualTo(EntityType.LOCATION);
    assertThat(find(found, "Patriot missile system").type()).isEqualTo(EntityType.WEAPON);
    assertThat(find(found, "HIMARS").type()).isEqualTo(EntityType.WEAPON);
    assertThat(find(found, "Harlow Summit").type()).isEqualTo(EntityType.EVENT);
  }

  @Test
  void aCapitalisedSentenceStartIsNotAnEntity() {
    List<EntityMention> found = recognize("Heavy rain fell overnight. Rescuers worked until dawn.");
    assertThat(found).isEmpty();
  }

  @Test
  void daysMonthsAndPronounsAreNotEntities() {
    assertThat(recognize("On Monday in March they said I would go.")).isEmpty();
  }

  @Test
  void saidMarksAPerson() {
    List<EntityMention> found = recognize("The water was rising, said Okonjo Prell on the bank.");
    assertThat(find(found, "Okonjo Prell").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void mentionsDoNotOverlapAndComeInOrder() {
    List<EntityMention> found =
        recognize("Dr. Ana Ruiz of Velden University met Gen. Boris Kado in Velden on Friday.");
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
    }
    assertThat(find(found, "Velden University").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(find(found, "Boris Kado").type()).isEqualTo(EntityType.PERSON);
  }
}

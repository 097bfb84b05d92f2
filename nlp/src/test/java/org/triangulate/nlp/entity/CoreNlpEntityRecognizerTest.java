package org.triangulate.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.nlp.sentence.RuleSentenceSplitter;

class CoreNlpEntityRecognizerTest {
  /** One per test JVM: the CRF model is shared anyway, and the gazetteers are cheap. */
  private static final EntityRecognizer RECOGNIZER = new CoreNlpEntityRecognizer();

  private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();

  private static List<EntityMention> recognize(String text) {
    List<EntityMention> found = RECOGNIZER.recognize(text, SPLITTER.split(text));
    for (int i = 0; i < found.size(); i++) {
      EntityMention m = found.get(i);
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      if (i > 0) {
        assertThat(m.start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
      }
    }
    return found;
  }

  private static EntityMention find(List<EntityMention> found, String text) {
    return found.stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + found));
  }

  @Test
  void peopleOrganisationsAndPlacesComeFromTheModel() {
    List<EntityMention> found =
        recognize(
            "Ingrid Vollmar, who heads the Wexley Water Company, flew to Copenhagen on Monday"
                + " to meet officials of the United Nations.");
    assertThat(find(found, "Ingrid Vollmar").type()).isEqualTo(EntityType.PERSON);
    assertThat(find(found, "Wexley Water Company").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(find(found, "Copenhagen").type()).isEqualTo(EntityType.LOCATION);
    assertThat(find(found, "United Nations").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aTitleIsLeftOutOfTheNameAndASurnameResolvesToIt() {
    List<EntityMention> found =
        recognize(
            "Chancellor Ingrid Vollmar opened the bridge on Friday. "
                + "Vollmar said the work had taken four years.");
    assertThat(found)
        .filteredOn(m -> m.text().contains("Vollmar"))
        .extracting(EntityMention::text)
        .containsExactly("Ingrid Vollmar", "Vollmar");
    assertThat(found)
        .filteredOn(m -> m.text().contains("Vollmar"))
        .allMatch(m -> m.name().equals("Ingrid Vollmar") && m.type() == EntityType.PERSON);
  }

  @Test
  void particlesStayInsideNamesAndShortFormsResolve() {
    List<EntityMention> found =
        recognize(
            "The plan was drawn up by Marta von der Brugge, a lawyer from Hamburg. "
                + "Critics say von der Brugge ignored the costs.");
    assertThat(find(found, "Marta von der Brugge").type()).isEqualTo(EntityType.PERSON);
    assertThat(find(found, "von der Brugge").name()).isEqualTo("Marta von der Brugge");
  }

  @Test
  void transliterationVariantsResolveToTheFirstSpelling() {
    List<EntityMention> found =
        recognize(
            "Colonel Muammar Gaddafi ruled Libya for four decades. Critics of Qaddafi were"
                + " jailed, and Kadhafi's son later fled to Niger.");
    assertThat(found)
        .filteredOn(m -> m.type() == EntityType.PERSON)
        .extracting(EntityMention::name)
        .containsOnly("Muammar Gaddafi")
        .hasSize(3);
  }

  @Test
  void weaponsAndNumberedUnitsComeFromTheGazetteer() {
    List<EntityMention> found =
        recognize(
            "The 14th Mountain Brigade fired HIMARS rockets and a Patriot missile system"
                + " was moved to Velden.");
    assertThat(find(found, "14th Mountain Brigade").type()).isEqualTo(EntityType.WEAPON);
    assertThat(find(found, "HIMARS").type()).isEqualTo(EntityType.WEAPON);
    assertThat(find(found, "Patriot missile system").type()).isEqualTo(EntityType.WEAPON);
  }

  @Test
  void namesEndingInAnEventHeadAreEvents() {
    List<EntityMention> found =
        recognize("Leaders met at the Harlow Climate Summit, decades after World War II ended.");
    assertThat(find(found, "Harlow Climate Summit").type()).isEqualTo(EntityType.EVENT);
    assertThat(find(found, "World War II").type()).isEqualTo(EntityType.EVENT);
  }

  @Test
  void aRoleResolvesToThePersonIntroducedWithIt() {
    List<EntityMention> found =
        recognize(
            "Commission President Ilse van Dorn arrived in Velden on Tuesday. "
                + "Hours later the Commission president announced new funds.");
    EntityMention role = find(found, "Commission president");
    assertThat(role.type()).isEqualTo(EntityType.PERSON);
    assertThat(role.name()).isEqualTo("Ilse van Dorn");
  }

  @Test
  void anAppositiveIntroducesARoleButARoleOfSomewhereElseIsLeftAlone() {
    List<EntityMention> found =
        recognize(
            "Teodor Kask, the foreign minister, spoke first. The minister was brief. "
                + "Then the minister of Velden replied.");
    assertThat(found)
        .filteredOn(m -> m.text().equals("minister"))
        .singleElement()
        .satisfies(m -> assertThat(m.name()).isEqualTo("Teodor Kask"));
  }

  @Test
  void plainSentencesHaveNoEntities() {
    assertThat(recognize("Heavy rain fell overnight. Rescuers worked until dawn.")).isEmpty();
  }

  @Test
  void aRoleDoesNotReachAcrossASentenceBreak() {
    String text =
        "Harlow President Lorna Castellane opened the session. Guests thanked the Harlow\n\n"
            + "President Castellane spoke for an hour. Later the Harlow president left.";
    List<EntityMention> found = recognize(text);
    assertThat(found).noneMatch(m -> m.text().contains("\n"));
    assertThat(find(found, "Harlow president").name()).isEqualTo("Lorna Castellane");
  }

  @Test
  void aSurnameSeenBeforeTheFullNameResolvesToItAfterwards() {
    List<EntityMention> found =
        recognize(
            "Vollmar wins again\n\nThe race was won by Ingrid Vollmar of Wexley. "
                + "Ms Vollmar said she was tired.");
    assertThat(found)
        .filteredOn(m -> m.text().equals("Vollmar"))
        .last()
        .satisfies(m -> assertThat(m.name()).isEqualTo("Ingrid Vollmar"));
  }
}

package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ObjectClausesTest {
  private final ObjectClauses clauses = new ObjectClauses();

  private String clause(String afterCue) {
    OptionalInt s = clauses.clauseStart(afterCue, 0, afterCue.length());
    return s.isPresent() ? afterCue.substring(s.getAsInt()) : "";
  }

  @Test
  void aPronounObjectIsSkipped() {
    assertThat(clause(" reporters he would not run again")).isEqualTo("he would not run again");
    assertThat(clause(" them Doe had broken her word")).isEqualTo("Doe had broken her word");
  }

  @Test
  void aNamedObjectAndATimePhraseAreSkipped() {
    assertThat(clause(" The Harlow Ledger last week she would vote for the weir"))
        .isEqualTo("she would vote for the weir");
    assertThat(clause(" the Dunholm Courier in a phone interview the plan was dead"))
        .isEqualTo("the plan was dead");
    assertThat(clause(" Radio Harlow’s “Morning Desk” on Monday they were ready"))
        .isEqualTo("they were ready");
  }

  @Test
  void anObjectFollowedByAnInfinitiveOrAnotherNameHasNoClause() {
    assertThat(clause(" Jane Doe to sit down")).isEmpty();
    assertThat(clause(" the crowd to go home")).isEmpty();
  }
}

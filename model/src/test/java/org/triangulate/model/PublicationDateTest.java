package org.triangulate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
  @Test
  void aDayPrintsAsTheDayAndAnInstantAsUtcToTheSecond() {
    assertThat(PublicationDate.parse("2024-05-31"))
        .hasValueSatisfying(d -> assertThat(d).hasToString("2024-05-31"));
    assertThat(PublicationDate.parse("2024-05-31T09:04:00.123+02:00"))
        .hasValueSatisfying(d -> assertThat(d).hasToString("2024-05-31T07:04:00Z"));
  }

  @Test
  void theDayOfAnInstantIsItsUtcDay() {
    assertThat(PublicationDate.parse("2024-05-31T23:30:00-05:00"))
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2024, 6, 1)));
  }

  @Test
  void textThatIsNoDateGivesNothing() {
    assertThat(PublicationDate.parse("last Tuesday")).isEmpty();
    assertThat(PublicationDate.parse(null)).isEmpty();
  }
}

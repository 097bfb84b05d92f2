package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
  @Test
  void isoFormsKeepTheInstant() {
    assertThat(PublishedDates.parse("2024-05-31T09:04:00+02:00").flatMap(p -> p.instant()))
        .contains(Instant.parse("2024-05-31T07:04:00Z"));
    assertThat(PublishedDates.parse("2024-05-31T09:04:00+0200").flatMap(p -> p.instant()))
        .contains(Instant.parse("2024-05-31T07:04:00Z"));
  }

  @Test
  void rfc1123FromFeedsIsParsed() {
    assertThat(PublishedDates.parse("Fri, 31 May 2024 09:04:00 GMT").flatMap(p -> p.instant()))
        .contains(Instant.parse("2024-05-31T09:04:00Z"));
  }

  @Test
  void dateTimeWithoutZoneKeepsOnlyItsDay() {
    var parsed = PublishedDates.parse("2024-05-31 09:04");
    assertThat(parsed.map(p -> p.date())).contains(LocalDate.of(2024, 5, 31));
    assertThat(parsed.flatMap(p -> p.instant())).isEmpty();
  }

  @Test
  void englishDayMonthYearFormsAreParsed() {
    assertThat(PublishedDates.parse("May 31, 2024").map(p -> p.date()))
        .contains(LocalDate.of(2024, 5, 31));
    assertThat(PublishedDates.parse("3 March 2024").map(p -> p.date()))
        .contains(LocalDate.of(2024, 3, 3));
  }

  @Test
  void nonsenseIsEmpty() {
    assertThat(PublishedDates.parse("last Tuesday")).isEmpty();
    assertThat(PublishedDates.parse(null)).isEmpty();
    assertThat(PublishedDates.parse("2024-13-45")).isEmpty();
  }
}

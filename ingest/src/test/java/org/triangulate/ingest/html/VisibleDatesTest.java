package org.triangulate.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class VisibleDatesTest {
  @Test
  void writtenAndNumericDatesInSeveralLanguagesAreRead() {
    assertThat(VisibleDates.parse("Posted on 31 May 2024 by Mira").map(d -> d.date()))
        .contains(LocalDate.of(2024, 5, 31));
    assertThat(VisibleDates.parse("Veröffentlicht am 3. März 2021, 10:15").map(d -> d.date()))
        .contains(LocalDate.of(2021, 3, 3));
    assertThat(VisibleDates.parse("Sept. 9th, 2019").map(d -> d.date()))
        .contains(LocalDate.of(2019, 9, 9));
    assertThat(VisibleDates.parse("Stand: 07.11.2022").map(d -> d.date()))
        .contains(LocalDate.of(2022, 11, 7));
  }

  @Test
  void impossibleDatesAndTextWithoutADateGiveNothing() {
    assertThat(VisibleDates.parse("31.02.2024")).isEmpty();
    assertThat(VisibleDates.parse("Share this story with a friend")).isEmpty();
  }

  @Test
  void theDateIsTakenFromADateElementOfThePage() {
    String page =
        "<html><body><p>In 12 May 2001 the pier was built.</p>"
            + "<div class=\"entry-meta\">Tomas Wendel, 14. Juni 2023</div></body></html>";
    assertThat(VisibleDates.find(Jsoup.parse(page)).map(d -> d.date()))
        .contains(LocalDate.of(2023, 6, 14));
  }
}

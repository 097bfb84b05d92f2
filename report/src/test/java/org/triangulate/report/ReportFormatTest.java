package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void namesParseInAnyCase() {
    assertThat(ReportFormat.parse("json")).isEqualTo(ReportFormat.JSON);
    assertThat(ReportFormat.parse("MD")).isEqualTo(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.parse("Html")).isEqualTo(ReportFormat.HTML);
  }

  @Test
  void anUnknownNameIsRejectedWithTheValueAndTheChoices() {
    assertThatThrownBy(() -> ReportFormat.parse("pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'pdf'")
        .hasMessageContaining("json")
        .hasMessageContaining("md")
        .hasMessageContaining("html");
    assertThatThrownBy(() -> ReportFormat.parse("markdown"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("markdown");
    assertThatThrownBy(() -> ReportFormat.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyFormatHasAWriter() {
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(ReportWriter.of(format)).isNotNull();
      assertThat(ReportFormat.parse(format.flag())).isEqualTo(format);
    }
  }
}

package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void inlineEscapesEmphasisLinksHtmlAndTableCells() {
    assertThat(MarkdownText.inline("*a* _b_ [c](d) <e> f|g `h` \\ ~i~ &amp;"))
        .isEqualTo("\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> f\\|g \\`h\\` \\\\ \\~i\\~ \\&amp;");
  }

  @Test
  void inlineFlattensLinesAndDefusesListAndHeadingStarts() {
    assertThat(MarkdownText.inline("  one\n\n# two  ")).isEqualTo("one # two");
    assertThat(MarkdownText.inline("# Title")).isEqualTo("\\# Title");
    assertThat(MarkdownText.inline("- item")).isEqualTo("\\- item");
    assertThat(MarkdownText.inline("1. first")).isEqualTo("1\\. first");
    assertThat(MarkdownText.inline("2024 was a year")).isEqualTo("2024 was a year");
  }

  @Test
  void urlAutolinksOnlyPlainWebAddresses() {
    assertThat(MarkdownText.url("https://news.example/a")).isEqualTo("<https://news.example/a>");
    assertThat(MarkdownText.url("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
    assertThat(MarkdownText.url("https://news.example/<x>"))
        .isEqualTo("https://news.example/\\<x\\>");
  }
}

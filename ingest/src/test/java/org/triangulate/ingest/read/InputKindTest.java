package org.triangulate.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputKindTest {
  @Test
  void idDropsEveryInputEnding() {
    assertThat(InputKind.idOf("x.html.gz")).isEqualTo("x");
    assertThat(InputKind.idOf("report.txt")).isEqualTo("report");
    assertThat(InputKind.idOf("feed.atom")).isEqualTo("feed");
    assertThat(InputKind.idOf("crawl.warc.gz")).isEqualTo("crawl");
  }

  @Test
  void idKeepsEndingsThatAreNotInputEndings() {
    assertThat(InputKind.idOf("lemire.me.json.html")).isEqualTo("lemire.me.json");
    assertThat(InputKind.idOf("notes.md")).isEqualTo("notes.md");
  }

  @Test
  void kindFollowsTheEndingBeforeGz() {
    assertThat(InputKind.ofFileName("a.HTM.gz")).contains(InputKind.HTML);
    assertThat(InputKind.ofFileName("a.jsonl.gz")).contains(InputKind.JSONL);
    assertThat(InputKind.ofFileName("a.rss")).contains(InputKind.FEED);
    assertThat(InputKind.ofFileName("a.text")).contains(InputKind.TEXT);
    assertThat(InputKind.ofFileName("a.dat")).isEmpty();
    assertThat(InputKind.ofFileName("README")).isEmpty();
  }
}

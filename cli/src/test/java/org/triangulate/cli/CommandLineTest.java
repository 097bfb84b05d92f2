package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
  @TempDir Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void captureStreams() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStreams() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "extract"})
  void everySubcommandHasHelp(String command) {
    assertThat(Triangulate.execute(command, "--help")).isZero();
    assertThat(stdout())
        .contains("Usage: triangulate " + command)
        .contains("--out")
        .contains("PATH");
  }

  @Test
  void topLevelHelpListsTheSubcommands() {
    assertThat(Triangulate.execute("--help")).isZero();
    assertThat(stdout()).contains("analyze").contains("extract");
  }

  @Test
  void noCommandIsBadUsage() {
    assertThat(Triangulate.execute()).isEqualTo(2);
    assertThat(stderr()).contains("Missing a command");
  }

  @Test
  void unknownFormatIsBadUsageNamingTheValue() {
    assertThat(Triangulate.execute("analyze", "--format", "pdf", temp.toString())).isEqualTo(2);
    assertThat(stderr()).contains("pdf");
  }

  @Test
  void missingPathIsBadUsage() {
    assertThat(Triangulate.execute("analyze")).isEqualTo(2);
  }

  @Test
  void zeroThreadsIsBadUsage() {
    assertThat(Triangulate.execute("extract", "--threads", "0", temp.toString())).isEqualTo(2);
  }

  @Test
  void nothingReadableExitsWithOneAndSaysWhy() throws Exception {
    Path empty = Files.writeString(temp.resolve("empty.txt"), "");
    Path out = temp.resolve("report.json");
    assertThat(Triangulate.execute("analyze", "--out", out.toString(), empty.toString()))
        .isEqualTo(1);
    assertThat(stderr())
        .contains("skipped")
        .contains("empty.txt")
        .contains("nothing could be read");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingPathIsSkippedAndTheRestIsRead() throws Exception {
    Path good =
        Files.writeString(
            temp.resolve("good.txt"),
            "Council backs new bridge\n\nThe council of Brennick voted on Monday to build a new"
                + " bridge over the Lune. \"It is overdue,\" said Mayor Ada Pell.\n");
    Path out = temp.resolve("report.json");
    int status =
        Triangulate.execute(
            "analyze",
            "--out",
            out.toString(),
            temp.resolve("nowhere").toString(),
            good.toString());
    assertThat(status).isZero();
    String report = Files.readString(out);
    assertThat(report).contains("\"id\": \"good\"").contains("nowhere");
    assertThat(stderr()).contains("nowhere");
  }

  @Test
  void statsGoToStandardErrorWithEveryStage() throws Exception {
    Path out = temp.resolve("report.json");
    int status =
        Triangulate.execute(
            "analyze", "--stats", "--out", out.toString(), ExampleCorpus.corpus().toString());
    assertThat(status).isZero();
    assertThat(stderr())
        .contains("read")
        .contains("ingest")
        .contains("analyze")
        .contains("cluster")
        .contains("corroborate")
        .contains("write")
        .contains("counts: articles");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void extractWritesOneArticleALineWithFileNameIds() throws Exception {
    Path out = temp.resolve("articles.jsonl");
    assertThat(
            Triangulate.execute(
                "extract", "--out", out.toString(), ExampleCorpus.corpus().toString()))
        .isZero();
    var lines = Files.readAllLines(out);
    assertThat(lines).hasSizeGreaterThanOrEqualTo(7);
    assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));
  }

  @Test
  void theSameInputGivesAByteIdenticalReport() throws Exception {
    for (String format : new String[] {"json", "md", "html"}) {
      Path first = temp.resolve("first." + format);
      Path second = temp.resolve("second." + format);
      String corpus = ExampleCorpus.corpus().toString();
      assertThat(Triangulate.execute("analyze", "-f", format, "--out", first.toString(), corpus))
          .isZero();
      assertThat(
              Triangulate.execute(
                  "analyze", "-f", format, "--threads", "1", "--out", second.toString(), corpus))
          .isZero();
      assertThat(Files.readAllBytes(second)).as(format).isEqualTo(Files.readAllBytes(first));
    }
  }
}

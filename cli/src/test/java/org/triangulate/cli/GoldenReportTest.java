package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the reports of the example corpus with the golden files under {@code
 * cli/src/test/resources/golden}. A change to any stage that alters the reports fails here until
 * the golden files are renewed on purpose, with {@code ./mvnw verify -Dgolden.update=true}, and the
 * diff is reviewed in the commit.
 */
class GoldenReportTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path temp;

  @Test
  void theJsonReportOfTheExampleCorpusMatchesItsGoldenFile() throws Exception {
    compare("json", "example-report.json");
  }

  @Test
  void theMarkdownReportOfTheExampleCorpusMatchesItsGoldenFile() throws Exception {
    compare("md", "example-report.md");
  }

  private void compare(String format, String goldenName) throws Exception {
    Path out = temp.resolve(goldenName);
    PrintStream savedErr = System.err;
    System.setErr(new PrintStream(OutputStream.nullOutputStream()));
    try {
      assertThat(
              Triangulate.execute(
                  "analyze",
                  "-f",
                  format,
                  "--out",
                  out.toString(),
                  ExampleCorpus.corpus().toString()))
          .isZero();
    } finally {
      System.setErr(savedErr);
    }
    // Sources are read relative to the repository root so the golden file is machine-independent.
    String actual = relativize(Files.readString(out, StandardCharsets.UTF_8));
    Path golden = ExampleCorpus.root().resolve("cli/src/test/resources/golden").resolve(goldenName);
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(actual)
        .as(
            "report differs from %s; renew with -Dgolden.update=true if the change is intended",
            golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static String relativize(String report) {
    String root = ExampleCorpus.root().toAbsolutePath().toString();
    return report.replace(root + "/", "").replace(root.replace("/", "\\/") + "\\/", "");
  }
}

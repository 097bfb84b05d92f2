package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.ingest.read.DocumentSink;
import org.triangulate.ingest.read.InputReader;
import org.triangulate.model.Article;
import org.triangulate.model.Document;
import org.triangulate.model.Skipped;

/**
 * Hostile pages end in an article or a clean skip with a reason: never an exception or a hang. Each
 * page goes the whole way, from a file through the reader to the ingester.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExtractionRobustnessTest {
  private static final String PROSE =
      "The harbour board of Velmora voted on Tuesday to extend the northern pier by forty metres,"
          + " said its chair, Ilse Marrow, after a debate that lasted most of the afternoon.";

  @TempDir Path folder;

  private final ArticleIngester ingester = new ArticleIngester();

  /** What became of one file: an article, or the reasons it was skipped. */
  private record Outcome(List<Article> articles, List<String> skips) {}

  private Outcome run(String name, byte[] bytes) throws IOException {
    Path file = Files.write(folder.resolve(name), bytes);
    List<Article> articles = new ArrayList<>();
    List<String> skips = new ArrayList<>();
    new InputReader()
        .read(
            List.of(file),
            new DocumentSink() {
              @Override
              public void accept(Document document) {
                try {
                  articles.add(ingester.ingest(document));
                } catch (NoArticleException e) {
                  skips.add(e.getMessage());
                }
              }

              @Override
              public void skip(Skipped skipped) {
                skips.add(skipped.reason());
              }
            });
    assertThat(articles.size() + skips.size()).isEqualTo(1);
    assertThat(skips).allSatisfy(reason -> assertThat(reason).isNotBlank());
    return new Outcome(articles, skips);
  }

  @Test
  void malformedMarkupStillGivesTheArticle() throws IOException {
    String page =
        "<html><head><title>Pier</title><body><div><p>"
            + PROSE
            + "<p><b><i>"
            + PROSE
            + "</b></i></div></span></td><table><tr><td>"
            + PROSE
            + "<!-- unclosed";
    Outcome outcome = run("malformed.html", page.getBytes(StandardCharsets.UTF_8));
    assertThat(outcome.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).contains(PROSE));
  }

  @Test
  void emptyPagesAreSkippedWithAReason() throws IOException {
    assertThat(run("empty.html", new byte[0]).skips()).singleElement().asString().contains("empty");
    Outcome bare = run("bare.html", "<html><body></body></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(bare.skips()).singleElement().asString().contains("no article text");
  }

  @Test
  void wrongCharsetDeclarationFallsBackToWhatTheBytesAre() throws IOException {
    String page =
        "<html><head><meta charset=\"no-such-charset\"></head><body><p>"
            + PROSE
            + " Ålesund, Zürich and Māori names survive.</p></body></html>";
    Outcome outcome = run("wrong.html", page.getBytes(StandardCharsets.UTF_8));
    assertThat(outcome.articles().get(0).text()).contains("Ålesund, Zürich and Māori");
  }

  @Test
  void missingCharsetDeclarationOnWindows1252IsDecoded() throws IOException {
    String page = "<html><body><p>" + PROSE + " Café crème à la française.</p></body></html>";
    Outcome outcome = run("legacy.html", page.getBytes(Charset.forName("windows-1252")));
    assertThat(outcome.articles().get(0).text()).contains("Café crème à la française");
  }

  @Test
  void utf16PagesWithAndWithoutByteOrderMarkAreRead() throws IOException {
    String page = "<html><body><p>" + PROSE + "</p></body></html>";
    Outcome marked = run("marked.html", ("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE));
    Outcome unmarked = run("unmarked.html", page.getBytes(StandardCharsets.UTF_16BE));
    assertThat(marked.articles().get(0).text()).isEqualTo(PROSE);
    assertThat(unmarked.articles().get(0).text()).isEqualTo(PROSE);
  }

  @Test
  void strayNulBytesInALargePageDoNotMakeItBinary() throws IOException {
    StringBuilder page = new StringBuilder("<html><body>");
    for (int i = 0; i < 40; i++) {
      page.append("<p>").append(PROSE).append("</p>");
    }
    page.append("\u0000\u0000</body></html>");
    Outcome outcome = run("nul.html", page.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(outcome.articles().get(0).text()).startsWith(PROSE).doesNotContain("\u0000");
  }

  @Test
  @Tag("slow")
  void twentyMegabytePageGivesAnArticle() throws IOException {
    StringBuilder page = new StringBuilder(21_000_000).append("<html><body><main>");
    int i = 0;
    while (page.length() < 20_000_000) {
      page.append("<div class=\"row\"><p>").append(i++).append(' ').append(PROSE).append("</p>");
      page.append("<a href=\"/n/").append(i).append("\">Next item</a></div>\n");
    }
    page.append("</main></body></html>");
    Outcome outcome = run("huge.html", page.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(outcome.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).contains(PROSE));
  }

  @Test
  void deeplyNestedMarkupGivesAnArticle() throws IOException {
    int depth = 20_000;
    String page =
        "<html><body>"
            + "<div>".repeat(depth)
            + "<p>"
            + PROSE
            + "</p>"
            + "</div>".repeat(depth)
            + "</body></html>";
    Outcome outcome = run("nested.html", page.getBytes(StandardCharsets.UTF_8));
    assertThat(outcome.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).contains(PROSE));
  }

  @Test
  void binaryGarbageIsSkippedAsBinary() throws IOException {
    byte[] garbage = new byte[200_000];
    new Random(11).nextBytes(garbage);
    assertThat(run("garbage.html", garbage).skips()).singleElement().asString().contains("binary");
  }
}

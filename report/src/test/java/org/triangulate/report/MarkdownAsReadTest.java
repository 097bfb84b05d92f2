package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Report;

/** Reads the Markdown report through a CommonMark parser, as a reader's viewer shows it. */
class MarkdownAsReadTest {

  private static String shown(Report report) throws IOException {
    String md = MarkdownReportWriterTest.write(report);
    return HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
  }

  private static List<String> all(String regex, String html) {
    Matcher m = Pattern.compile(regex).matcher(html);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void everyLinkAViewerShowsLeadsToAnAnchorItShows() throws IOException {
    for (Report report : List.of(Fixtures.report(), HostileBriefs.report())) {
      String html = shown(report);
      Set<String> ids = new HashSet<>(all("<a id=\"([^\"]+)\"></a>", html));
      List<String> hrefs = all("href=\"([^\"]*)\"", html);
      assertThat(hrefs).isNotEmpty();
      for (String href : hrefs) {
        if (href.startsWith("#")) {
          assertThat(ids).contains(href.substring(1));
        } else {
          assertThat(href).startsWith("https://gazette.example/");
        }
      }
    }
  }

  @Test
  void hostileTextIsShownAsTextNeverAsMarkupOrLinks() throws IOException {
    String html = shown(HostileBriefs.report());
    List<String> tags = all("<(/?[a-z0-9]+)[ >]", html);
    assertThat(new HashSet<>(tags))
        .doesNotContain("script", "img", "em", "table")
        .contains("strong", "blockquote", "a");
    assertThat(tags).filteredOn("h1"::equals).hasSize(1);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).doesNotContain("href=\"javascript");
  }

  @Test
  void theCitedWordsShowInBoldInsideTheQuotedPassage() throws IOException {
    String html = shown(Fixtures.report());
    assertThat(html)
        .containsPattern(
            "<blockquote>\\n<p><a id=\"art0-m\\d+\"></a><strong>The dam lies 40 miles from"
                + " Harlow.</strong></p>\\n</blockquote>")
        .contains("<h3>⚠ Conflicts (1)</h3>");
  }
}

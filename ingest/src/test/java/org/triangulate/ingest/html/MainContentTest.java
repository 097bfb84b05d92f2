package org.triangulate.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainContentTest {
  private static final String SENTENCE =
      "The ferry from Velmora to the outer islands will run twice a day from June, the operator"
          + " Ilse Marrow told the harbour board, which had asked for it since the winter storms. ";

  private static String text(List<Element> parts) {
    StringBuilder all = new StringBuilder();
    for (Element part : parts) {
      all.append(part.text()).append('\n');
    }
    return all.toString();
  }

  @Test
  void aTinyBoxWithAnArticleLikeNameDoesNotBeatTheProse() {
    StringBuilder page =
        new StringBuilder(
            "<html><body><div class=\"article-meta\">Updated: 3 June, 14:57 by the desk</div>"
                + "<div class=\"wrap\"><div class=\"box\">");
    for (int i = 0; i < 5; i++) {
      page.append("<p>Part ").append(i).append(". ").append(SENTENCE).append("</p>");
    }
    page.append("</div></div></body></html>");
    String chosen = text(MainContent.choose(Jsoup.parse(page.toString()).body()));
    assertThat(chosen).contains("Part 0.", "Part 4.");
  }

  @Test
  void aDivWrittenAsAParagraphScoresForItsParent() {
    StringBuilder page = new StringBuilder("<html><body><div class=\"main\">");
    for (int i = 0; i < 5; i++) {
      page.append("<div>Part ").append(i).append(". ").append(SENTENCE).append("</div>");
    }
    page.append("</div><div class=\"teaser-text\">A short teaser, about one line long.</div>");
    page.append("</body></html>");
    String chosen = text(MainContent.choose(Jsoup.parse(page.toString()).body()));
    assertThat(chosen).contains("Part 0.", "Part 4.").doesNotContain("short teaser");
  }
}

package org.triangulate.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LeadFinderTest {
  private static final String LEAD =
      "Velmora's harbour board wants a longer northern pier, and the fishermen who asked for it"
          + " since the winter storms are pleased with the vote.";
  private final LeadFinder finder = new LeadFinder();

  private List<String> leads(String html) {
    Document page = Jsoup.parse(html);
    Element first = page.selectFirst(".body");
    return finder.before(first, page.body()).stream().map(Element::text).toList();
  }

  @Test
  void aNamedLeadInTheArticleHeaderIsFound() {
    String html =
        "<html><body><div class=\"story\"><div class=\"head\"><h1>Pier vote</h1>"
            + "<div class=\"article-intro\">"
            + LEAD
            + "</div></div><div class=\"wrap\"><div class=\"body\"><p>The board voted.</p>"
            + "</div></div></div></body></html>";
    assertThat(leads(html)).containsExactly(LEAD);
  }

  @Test
  void aShortDeckAndALinkListAreNoLead() {
    String html =
        "<html><body><div class=\"story\"><p class=\"deck\">A longer pier for Velmora</p>"
            + "<div class=\"summary\"><a href=\"/a\">"
            + LEAD
            + "</a></div><div class=\"body\"><p>The board voted.</p></div></div></body></html>";
    assertThat(leads(html)).isEmpty();
  }

  @Test
  void aProseParagraphRightBeforeTheContentIsALeadEvenWithoutAName() {
    String html =
        "<html><body><div class=\"story\"><p>"
            + LEAD
            + "</p><div class=\"body\"><p>The board voted.</p></div></div></body></html>";
    assertThat(leads(html)).containsExactly(LEAD);
  }
}

package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void escapeTurnsEveryMarkupCharacterIntoAReference() {
    assertThat(HtmlText.escape("<a href='x' title=\"y\">Tom & Jo: hi</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;Tom &amp; Jo&#58; hi&lt;/a&gt;");
    assertThat(HtmlText.escape("plain words")).isEqualTo("plain words");
    assertThat(HtmlText.escape("nul\0here")).isEqualTo("nul\uFFFDhere");
  }

  @Test
  void onlyAbsoluteWebAddressesAreSafeLinks() {
    assertThat(HtmlText.safeHref(" https://news.example/a?b=1 "))
        .hasValue("https://news.example/a?b=1");
    assertThat(HtmlText.safeHref("HTTP://news.example/")).hasValue("HTTP://news.example/");
    assertThat(HtmlText.safeHref("javascript:alert(1)")).isEmpty();
    assertThat(HtmlText.safeHref(" JavaScript:alert(1)")).isEmpty();
    assertThat(HtmlText.safeHref("data:text/html,<b>x</b>")).isEmpty();
    assertThat(HtmlText.safeHref("//news.example/a")).isEmpty();
    assertThat(HtmlText.safeHref("https://")).isEmpty();
    assertThat(HtmlText.safeHref("https://a.example/\nb")).isEmpty();
  }

  @Test
  void urlLinksSafeAddressesAndShowsOthersAsText() {
    assertThat(HtmlText.url("https://news.example/a\"b"))
        .isEqualTo(
            "<a href=\"https&#58;//news.example/a&quot;b\" rel=\"noreferrer noopener\">"
                + "https&#58;//news.example/a&quot;b</a>");
    assertThat(HtmlText.url("javascript:alert('x')"))
        .isEqualTo("<span class=\"url\">javascript&#58;alert(&#39;x&#39;)</span>");
  }
}

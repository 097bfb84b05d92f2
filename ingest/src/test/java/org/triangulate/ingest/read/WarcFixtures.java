package org.triangulate.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Small WARC files written with jwarc, for tests. */
final class WarcFixtures {
  static final String FIRST = "https://velmora.example/news/dam-vote";
  static final String SECOND = "https://harlow.example/2024/05/31/bridge";

  private WarcFixtures() {}

  /**
   * A warcinfo record, a request, an HTML response (UTF-8), an image response, a redirect and a
   * second HTML response in windows-1252 declared only by the HTTP header.
   */
  static byte[] twoPages() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WarcWriter writer = new WarcWriter(out);
      Instant date = Instant.parse("2024-05-31T10:00:00Z");
      writer.write(new Warcinfo.Builder().filename("test.warc").date(date).build());
      writer.write(
          new WarcRequest.Builder(FIRST)
              .date(date)
              .body(new HttpRequest.Builder("GET", "/news/dam-vote").build())
              .build());
      writer.write(
          response(
              FIRST,
              "text/html; charset=utf-8",
              "<html><body><p>The dam vote passed by nine votes to four.</p></body></html>"
                  .getBytes(StandardCharsets.UTF_8)));
      writer.write(response("https://velmora.example/logo.png", "image/png", new byte[] {1, 2, 3}));
      writer.write(
          new WarcResponse.Builder("https://velmora.example/old")
              .date(date)
              .body(
                  new HttpResponse.Builder(301, "Moved")
                      .addHeader("Location", FIRST)
                      .body(MediaType.HTML, new byte[0])
                      .build())
              .build());
      writer.write(
          response(
              SECOND,
              "text/html; charset=windows-1252",
              "<html><body><p>Caf\u00e9 owners near the bridge were \u201crelieved\u201d.</p></body></html>"
                  .getBytes(Charset.forName("windows-1252"))));
      writer.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WarcResponse response(String uri, String type, byte[] body) throws IOException {
    return new WarcResponse.Builder(uri)
        .date(Instant.parse("2024-05-31T10:00:00Z"))
        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build())
        .build();
  }
}

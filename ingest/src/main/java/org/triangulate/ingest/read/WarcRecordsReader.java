package org.triangulate.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.triangulate.model.ContentKind;
import org.triangulate.model.Document;
import org.triangulate.model.Skipped;

/**
 * Reads the HTML pages held in a WARC file's response records. Other record types, non-HTML
 * payloads and non-2xx responses are passed over silently; a record that cannot be parsed is
 * skipped as {@code file:record N}. A broken record frame ends the file, since the next record
 * cannot be found reliably after it. Stateless.
 */
final class WarcRecordsReader {
  private WarcRecordsReader() {}

  static void read(InputStream in, String source, DocumentSink sink) {
    int number = 0;
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        Optional<WarcRecord> next;
        long offset = reader.position();
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.skip(
              new Skipped(
                  source + ":record " + (number + 1),
                  "broken WARC record at byte " + offset + ": " + reason(e)));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        number++;
        if (next.get() instanceof WarcResponse response) {
          readResponse(response, source + ":record " + number, sink);
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.skip(new Skipped(source, "not a readable WARC file: " + reason(e)));
    }
  }

  private static void readResponse(WarcResponse response, String source, DocumentSink sink) {
    try {
      if (!response.contentType().base().equals(MediaType.HTTP)
          && !response.contentType().base().equals(MediaType.HTTP_RESPONSE)) {
        return;
      }
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      String subtype = type.subtype().toLowerCase(Locale.ROOT);
      boolean html = subtype.equals("html") || subtype.equals("xhtml+xml");
      if (!html || http.status() < 200 || http.status() > 299) {
        return;
      }
      byte[] body = http.bodyDecoded().stream().readNBytes(InputReader.MAX_ARTICLE_BYTES + 1);
      if (body.length > InputReader.MAX_ARTICLE_BYTES) {
        sink.skip(new Skipped(source, "HTML page larger than 64 MB: too large for one article"));
        return;
      }
      String content =
          TextDecoder.decode(body, true, Optional.ofNullable(type.parameters().get("charset")));
      if (content.isBlank()) {
        sink.skip(new Skipped(source, "empty HTML page"));
        return;
      }
      String target = response.target();
      sink.accept(
          new Document(
              target,
              source,
              ContentKind.HTML,
              content,
              Optional.of(target),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    } catch (IOException | RuntimeException e) {
      sink.skip(new Skipped(source, "broken WARC response record: " + reason(e)));
    }
  }

  private static String reason(Exception e) {
    return e instanceof IOException io
        ? InputReader.describe(io)
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

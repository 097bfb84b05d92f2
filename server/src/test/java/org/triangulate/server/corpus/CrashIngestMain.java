package org.triangulate.server.corpus;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Document;
import org.triangulate.server.TestCorpora;

/**
 * A child process for {@link CrashTest}: adds generated articles {@code 0..count-1} to the corpus
 * in {@code dir}, {@code batch} at a time, printing {@code stored ID} once each is durable.
 */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (Corpus corpus = Corpus.open(dir, CorpusStages.standard(), 2)) {
      out.println("open " + corpus.recovery());
      out.flush();
      for (int from = 0; from < count; from += batch) {
        List<Document> documents = new ArrayList<>();
        for (int n = from; n < Math.min(count, from + batch); n++) {
          documents.add(TestCorpora.generated(n));
        }
        corpus.add(
            documents,
            ids -> {
              ids.forEach(id -> out.println("stored " + id));
              out.flush();
            });
      }
    }
    out.println("done");
    out.flush();
  }
}

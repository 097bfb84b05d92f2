package org.triangulate.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Document;
import org.triangulate.server.TestCorpora;
import org.triangulate.server.corpus.Corpus;
import org.triangulate.server.corpus.CorpusStages;

/**
 * One server over the example corpus plus a hostile article, shared by the HTTP and browser tests
 * of one test run (started on first use, on a free loopback port, stopped at exit).
 */
final class ServedCorpus {
  private static ServedCorpus instance;

  final Corpus corpus;
  final HttpApp app;
  final HttpClient client = HttpClient.newHttpClient();

  private ServedCorpus(Corpus corpus, HttpApp app) {
    this.corpus = corpus;
    this.app = app;
  }

  static synchronized ServedCorpus get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("triangulate-served");
        Corpus corpus = Corpus.open(dir, CorpusStages.standard(), 2);
        List<Document> documents = new ArrayList<>(TestCorpora.examples());
        documents.add(TestCorpora.hostile());
        corpus.add(documents, ids -> {});
        HttpApp app =
            HttpApp.start(corpus, ServerConfig.defaults().withPort(0).withMaxBody(1 << 20));
        instance = new ServedCorpus(corpus, app);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  String url(String path) {
    return app.address() + path;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

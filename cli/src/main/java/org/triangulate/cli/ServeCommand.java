package org.triangulate.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.triangulate.server.corpus.Corpus;
import org.triangulate.server.http.HttpApp;
import org.triangulate.server.http.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triangulate serve}: the web app and HTTP API over a persistent corpus. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Serves the corpus in a data directory: a web app (story list, story pages, entities,"
          + " search) and a JSON API described at /openapi.json. Listens on 127.0.0.1 unless"
          + " --host says otherwise. Stop it with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for"
              + " every interface).")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws Exception {
    Corpus corpus = data.open(System.err);
    HttpApp app = HttpApp.start(corpus, ServerConfig.defaults().withHost(host).withPort(port));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  try {
                    corpus.close();
                  } catch (java.io.IOException e) {
                    System.err.println("triangulate: closing the store failed: " + e);
                  }
                  stopped.countDown();
                }));
    System.err.println(
        "serving "
            + corpus.directory()
            + " ("
            + corpus.snapshot().articleCount()
            + " articles, "
            + corpus.snapshot().storyCount()
            + " stories) at "
            + app.address()
            + "/");
    stopped.await();
    return 0;
  }
}

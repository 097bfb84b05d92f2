package org.triangulate.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's bundled example corpus lives, for tests. */
final class ExampleCorpus {
  private ExampleCorpus() {}

  /** The repository root (set by the build; the working directory's parent otherwise). */
  static Path root() {
    String configured = System.getProperty("triangulate.root");
    Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
    if (!Files.isDirectory(root.resolve("examples"))) {
      throw new IllegalStateException("no examples/ folder under " + root);
    }
    return root;
  }

  /** The example corpus folder. */
  static Path corpus() {
    return root().resolve("examples/corpus");
  }
}

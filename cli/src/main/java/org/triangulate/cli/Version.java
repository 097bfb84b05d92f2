package org.triangulate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The program's version, from the build. */
public final class Version implements IVersionProvider {
  private static final String VERSION = load();

  /** The version, such as {@code 0.1.0}. */
  public static String number() {
    return VERSION;
  }

  /** The report's {@code generator} value, such as {@code triangulate 0.1.0}. */
  public static String generator() {
    return "triangulate " + VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {generator()};
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties", e);
    }
  }
}

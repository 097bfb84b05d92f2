package org.triangulate.cli;

import org.triangulate.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} of {@code analyze}. */
final class ReportFormatConverter implements ITypeConverter<ReportFormat> {
  @Override
  public ReportFormat convert(String value) {
    try {
      return ReportFormat.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}

package se.trygghetsdialog.lagesbild.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.lagesbild.ImportCrimeStatistics;
import se.trygghetsdialog.lagesbild.LagesbildRuleViolation;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.shared.web.UploadedFile;

/** Small helpers shared by the controllers of this module. */
final class Forms {

  static final int MAX_CSV_BYTES = 2_000_000;

  private Forms() {}

  /** Staff who manage measures (and so may link one to a problem). */
  static StaffPrincipal manager() {
    return StaffAccounts.signedIn(MeasurePolicy::mayManage, "may not manage measures");
  }

  /** An uploaded CSV file of at most {@link #MAX_CSV_BYTES}; no file chosen is no file. */
  @Component
  static class CsvFileConverter implements Converter<MultipartFile, ImportCrimeStatistics.CsvFile> {
    @Override
    public ImportCrimeStatistics.@Nullable CsvFile convert(MultipartFile file) {
      UploadedFile csv =
          UploadedFile.of(
              file,
              MAX_CSV_BYTES,
              "CSV",
              () -> new LagesbildRuleViolation("file", "measure.lagesbild.csv.error.tooLarge"));
      return csv == null ? null : new ImportCrimeStatistics.CsvFile(csv.name(), csv.bytes());
    }
  }
}

package se.trygghetsdialog.lagesbild.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.lagesbild.LagesbildPdf;
import se.trygghetsdialog.lagesbild.LagesbildProblem;
import se.trygghetsdialog.lagesbild.LagesbildVersion;
import se.trygghetsdialog.lagesbild.Lagesbilder;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.MeasureView;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Public pages of the lägesbild: only adopted versions, never the draft — the current one at {@code
 * /lagesbild}, each version at {@code /lagesbild/version/N}, and each as a tagged PDF.
 */
@Controller
class LagesbildPublicController {

  private final Lagesbilder lagesbilder;
  private final LagesbildPdf pdf;
  private final Measures measures;
  private final Municipalities municipalities;

  LagesbildPublicController(
      Lagesbilder lagesbilder, LagesbildPdf pdf, Measures measures, Municipalities municipalities) {
    this.lagesbilder = lagesbilder;
    this.pdf = pdf;
    this.measures = measures;
    this.municipalities = municipalities;
  }

  @GetMapping("/lagesbild")
  String current(MunicipalityId municipality, Model model, Locale locale) {
    List<LagesbildVersion> versions = lagesbilder.versions(municipality);
    return render(
        municipality,
        versions.isEmpty() ? null : lagesbilder.readIn(versions.get(0), locale),
        versions,
        true,
        model);
  }

  @GetMapping("/lagesbild/version/{number:\\d{1,6}}")
  String version(
      MunicipalityId municipality, @PathVariable int number, Model model, Locale locale) {
    List<LagesbildVersion> versions = lagesbilder.versions(municipality);
    LagesbildVersion version =
        versions.stream()
            .filter(v -> v.versionNumber() == number)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("lägesbild version"));
    return render(
        municipality,
        lagesbilder.readIn(version, locale),
        versions,
        versions.get(0) == version,
        model);
  }

  private String render(
      MunicipalityId municipality,
      @Nullable LagesbildVersion version,
      List<LagesbildVersion> versions,
      boolean current,
      Model model) {
    Map<UUID, List<MeasureView>> answers =
        version == null
            ? Map.of()
            : version.problems().stream()
                .collect(
                    Collectors.toMap(
                        LagesbildProblem::id,
                        p ->
                            measures.linkedTo(
                                municipality, new InputRef(InputRef.LAGESBILD_ITEM, p.id())),
                        (a, b) -> a));
    model.addAttribute("version", Optional.ofNullable(version));
    model.addAttribute("versions", versions);
    model.addAttribute("current", current);
    model.addAttribute("answers", answers);
    return "lagesbild/public";
  }

  @GetMapping("/lagesbild/version/{number:\\d{1,6}}.pdf")
  ResponseEntity<byte[]> versionPdf(MunicipalityId municipality, @PathVariable int number) {
    LagesbildVersion version =
        lagesbilder
            .version(municipality, number)
            .orElseThrow(() -> new NotFoundException("lägesbild version"));
    return Forms.inlinePdf(
        "lagesbild-version-" + number + ".pdf",
        pdf.render(version, Forms.municipalityName(municipalities, municipality)));
  }
}

package se.trygghetsdialog.lagesbild.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.lagesbild.CrimeStatisticsTable;
import se.trygghetsdialog.lagesbild.Lagesbild;
import se.trygghetsdialog.lagesbild.LagesbildFact;
import se.trygghetsdialog.lagesbild.LagesbildPolicy;
import se.trygghetsdialog.lagesbild.LagesbildProblem;
import se.trygghetsdialog.lagesbild.LagesbildVersion;
import se.trygghetsdialog.lagesbild.Lagesbilder;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.Measure;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.measure.MeasureView;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/** Page building shared by the staff controllers of the lägesbild. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LagesbildPages {

  private final Lagesbilder lagesbilder;
  private final Measures measures;
  private final Areas areas;

  /** The signed-in staff member who may view the lägesbild. */
  static StaffPrincipal viewer() {
    return StaffAccounts.signedIn(LagesbildPolicy::mayViewLagesbild, "may not view the lägesbild");
  }

  /** The signed-in staff member who may edit the lägesbild. */
  static StaffPrincipal editor() {
    return StaffAccounts.signedIn(LagesbildPolicy::mayEditLagesbild, "may not edit the lägesbild");
  }

  /** The form showing the stored draft. */
  LagesbildForm draftForm(Lagesbild d) {
    return new LagesbildForm(
        String.valueOf(d.revision()),
        d.title(),
        d.crimeText(),
        d.otherText(),
        d.analysisText(),
        d.factsFrom().toString(),
        d.factsTo().toString(),
        List.copyOf(d.chosenFacts()));
  }

  /** An empty problem form with a fresh token. */
  LagesbildProblemForm blankProblem() {
    return new LagesbildProblemForm(UUID.randomUUID().toString(), "", "", "");
  }

  /** An empty adoption form expecting the next version. */
  LagesbildAdoptForm blankAdoption(MunicipalityId municipality) {
    return new LagesbildAdoptForm(
        String.valueOf(lagesbilder.nextVersionNumber(municipality)), "", "", "", "");
  }

  /**
   * The draft page with the forms as typed; a form given as null shows what is stored (the draft)
   * or is blank (a problem, the adoption).
   */
  String page(
      MunicipalityId municipality,
      @Nullable LagesbildForm form,
      @Nullable LagesbildProblemForm problem,
      @Nullable LagesbildAdoptForm adoption,
      FormErrors errors,
      StaffPrincipal staff,
      Model model) {
    return render(
        municipality,
        form == null ? draftForm(lagesbilder.draft(municipality, LocalDate.now())) : form,
        problem == null ? blankProblem() : problem,
        adoption == null ? blankAdoption(municipality) : adoption,
        errors,
        staff,
        model);
  }

  /** Fills the model of the draft page and names its template. */
  String render(
      MunicipalityId municipality,
      LagesbildForm form,
      LagesbildProblemForm problem,
      LagesbildAdoptForm adoption,
      FormErrors errors,
      StaffPrincipal staff,
      Model model) {
    LocalDate from = FormText.date(form.factsFrom());
    LocalDate to = FormText.date(form.factsTo());
    if (from == null || to == null || to.isBefore(from)) {
      Lagesbild stored = lagesbilder.draft(municipality, LocalDate.now());
      from = stored.factsFrom();
      to = stored.factsTo();
    }
    List<LagesbildFact> facts =
        lagesbilder.availableFacts(municipality, from, to, LocaleContextHolder.getLocale());
    model.addAttribute("form", form);
    model.addAttribute("problemForm", problem);
    model.addAttribute("adoptForm", adoption);
    model.addAttribute("errors", errors);
    model.addAttribute("mayEdit", LagesbildPolicy.mayEditLagesbild(staff));
    model.addAttribute("mayLink", MeasurePolicy.mayManage(staff));
    model.addAttribute(
        "measureOptions",
        Option.of(measures.all(municipality), Measure::id, Measure::title, v -> false));
    model.addAttribute("facts", facts);
    model.addAttribute(
        "factOptions",
        facts.stream()
            .map(
                f ->
                    new Option(
                        f.key(),
                        f.title(),
                        form.facts().contains(f.key()),
                        f.source()
                            + (f.rows().isEmpty()
                                ? ""
                                : " · "
                                    + f.rows().stream()
                                        .limit(4)
                                        .map(r -> r.label() + " " + r.count())
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse(""))))
            .toList());
    model.addAttribute(
        "crimeTables", CrimeStatisticsTable.of(lagesbilder.crimeStatistics(municipality)));
    model.addAttribute(
        "problems",
        lagesbilder.problems(municipality).stream()
            .map(
                p ->
                    new LagesbildProblemView(
                        p,
                        measures.linkedTo(
                            municipality, new InputRef(InputRef.LAGESBILD_ITEM, p.id()))))
            .toList());
    model.addAttribute(
        "areaOptions",
        Option.of(areas.all(municipality), Area::id, Area::name, v -> v.equals(problem.area())));
    model.addAttribute("versions", lagesbilder.versions(municipality));
    model.addAttribute("reviewDue", lagesbilder.reviewDue(municipality).orElse(null));
    model.addAttribute("reviewYears", lagesbilder.reviewIntervalMonths() / 12.0);
    return "lagesbild/staff";
  }

  /**
   * A public page of an adopted version (none yet: the page says so) with the measures answering
   * its problems.
   */
  String publicPage(
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
}

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
import se.trygghetsdialog.shared.web.WebPage;
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
   * The forms of the draft page as typed; a form given as null shows what is stored (the draft) or
   * is blank (a problem, the adoption).
   */
  record Typed(
      @Nullable LagesbildForm form,
      @Nullable LagesbildProblemForm problem,
      @Nullable LagesbildAdoptForm adoption) {

    /** Every form as stored or blank. */
    static final Typed NONE = new Typed(null, null, null);
  }

  /** The draft page with the forms as typed. */
  String page(
      MunicipalityId municipality,
      Typed typed,
      FormErrors errors,
      StaffPrincipal staff,
      WebPage page) {
    return render(
        municipality,
        typed.form() == null
            ? draftForm(lagesbilder.draft(municipality, LocalDate.now()))
            : typed.form(),
        typed.problem() == null ? blankProblem() : typed.problem(),
        typed.adoption() == null ? blankAdoption(municipality) : typed.adoption(),
        errors,
        staff,
        page);
  }

  /** Fills the model of the draft page and names its template. */
  String render(
      MunicipalityId municipality,
      LagesbildForm form,
      LagesbildProblemForm problem,
      LagesbildAdoptForm adoption,
      FormErrors errors,
      StaffPrincipal staff,
      WebPage page) {
    LocalDate from = FormText.date(form.factsFrom());
    LocalDate to = FormText.date(form.factsTo());
    if (from == null || to == null || to.isBefore(from)) {
      Lagesbild stored = lagesbilder.draft(municipality, LocalDate.now());
      from = stored.factsFrom();
      to = stored.factsTo();
    }
    List<LagesbildFact> facts =
        lagesbilder.availableFacts(municipality, from, to, LocaleContextHolder.getLocale());
    page.add("form", form);
    page.add("problemForm", problem);
    page.add("adoptForm", adoption);
    page.add("errors", errors);
    page.add("mayEdit", LagesbildPolicy.mayEditLagesbild(staff));
    page.add("mayLink", MeasurePolicy.mayManage(staff));
    page.add(
        "measureOptions",
        Option.of(measures.all(municipality), Measure::id, Measure::title, v -> false));
    page.add("facts", facts);
    page.add(
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
    page.add("crimeTables", CrimeStatisticsTable.of(lagesbilder.crimeStatistics(municipality)));
    page.add(
        "problems",
        lagesbilder.problems(municipality).stream()
            .map(
                p ->
                    new LagesbildProblemView(
                        p,
                        measures.linkedTo(
                            municipality, new InputRef(InputRef.LAGESBILD_ITEM, p.id()))))
            .toList());
    page.add(
        "areaOptions",
        Option.of(areas.all(municipality), Area::id, Area::name, v -> v.equals(problem.area())));
    page.add("versions", lagesbilder.versions(municipality));
    page.add("reviewDue", lagesbilder.reviewDue(municipality).orElse(null));
    page.add("reviewYears", lagesbilder.reviewIntervalMonths() / 12.0);
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
      WebPage page) {
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
    page.add("version", Optional.ofNullable(version));
    page.add("versions", versions);
    page.add("current", current);
    page.add("answers", answers);
    return "lagesbild/public";
  }
}

package se.trygghetsdialog.measure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.AdoptLagesbild;
import se.trygghetsdialog.measure.CrimeStatisticsCsv;
import se.trygghetsdialog.measure.CrimeStatisticsTable;
import se.trygghetsdialog.measure.EditLagesbild;
import se.trygghetsdialog.measure.IdentifyLagesbildProblem;
import se.trygghetsdialog.measure.ImportCrimeStatistics;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.Lagesbild;
import se.trygghetsdialog.measure.LagesbildFact;
import se.trygghetsdialog.measure.Lagesbilder;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Areas;

/**
 * Staff pages of the lägesbild (lag 2023:196 §4): the draft with its three parts, the import of
 * crime statistics, identified problems and the adoption. The safety coordinator and administrators
 * edit; everyone who may view measures reads.
 */
@Controller
@RequestMapping("/personal/lagesbild")
class LagesbildStaffController {

  static final int MAX_CSV_BYTES = 2_000_000;

  private final Lagesbilder lagesbilder;
  private final EditLagesbild edit;
  private final IdentifyLagesbildProblem identify;
  private final AdoptLagesbild adopt;
  private final ImportCrimeStatistics importStatistics;
  private final Measures measures;
  private final LinkInput linkInput;
  private final Areas areas;
  private final MessageSource messages;

  LagesbildStaffController(
      Lagesbilder lagesbilder,
      EditLagesbild edit,
      IdentifyLagesbildProblem identify,
      AdoptLagesbild adopt,
      ImportCrimeStatistics importStatistics,
      Measures measures,
      LinkInput linkInput,
      Areas areas,
      MessageSource messages) {
    this.lagesbilder = lagesbilder;
    this.edit = edit;
    this.identify = identify;
    this.adopt = adopt;
    this.importStatistics = importStatistics;
    this.measures = measures;
    this.linkInput = linkInput;
    this.areas = areas;
    this.messages = messages;
  }

  private static StaffPrincipal viewer() {
    return StaffAccounts.signedIn(MeasurePolicy::mayViewLagesbild, "may not view the lägesbild");
  }

  private static StaffPrincipal editor() {
    return StaffAccounts.signedIn(MeasurePolicy::mayEditLagesbild, "may not edit the lägesbild");
  }

  // ---- the draft page ----------------------------------------------------------------------

  @GetMapping
  String page(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = viewer();
    return render(
        municipality,
        draftForm(lagesbilder.draft(municipality, LocalDate.now())),
        blankProblem(),
        blankAdoption(municipality),
        FormErrors.none(),
        staff,
        model);
  }

  private static LagesbildForm draftForm(Lagesbild d) {
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

  private static LagesbildProblemForm blankProblem() {
    return new LagesbildProblemForm(UUID.randomUUID().toString(), "", "", "");
  }

  private LagesbildAdoptForm blankAdoption(MunicipalityId municipality) {
    return new LagesbildAdoptForm(
        String.valueOf(lagesbilder.nextVersionNumber(municipality)), "", "", "", "");
  }

  private String render(
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
    model.addAttribute("mayEdit", MeasurePolicy.mayEditLagesbild(staff));
    model.addAttribute("mayLink", MeasurePolicy.mayManage(staff));
    model.addAttribute(
        "measureOptions",
        measures.all(municipality).stream()
            .map(m -> new Option(m.id().toString(), m.title(), false))
            .toList());
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
        areas.all(municipality).stream()
            .map(
                a ->
                    new Option(
                        a.id().toString(), a.name(), a.id().toString().equals(problem.area())))
            .toList());
    model.addAttribute("versions", lagesbilder.versions(municipality));
    model.addAttribute("reviewDue", lagesbilder.reviewDue(municipality).orElse(null));
    model.addAttribute("reviewYears", lagesbilder.reviewIntervalMonths() / 12.0);
    return "measure/lagesbild/staff";
  }

  @PostMapping("/utkast")
  String saveDraft(
      MunicipalityId municipality,
      @RequestParam(name = "revision", defaultValue = "") String revision,
      @RequestParam(name = "title", defaultValue = "") String title,
      @RequestParam(name = "crimeText", defaultValue = "") String crimeText,
      @RequestParam(name = "otherText", defaultValue = "") String otherText,
      @RequestParam(name = "analysisText", defaultValue = "") String analysisText,
      @RequestParam(name = "factsFrom", defaultValue = "") String factsFrom,
      @RequestParam(name = "factsTo", defaultValue = "") String factsTo,
      @RequestParam(name = "facts", required = false) @Nullable List<String> facts,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = editor();
    LagesbildForm form =
        new LagesbildForm(
            revision,
            title,
            crimeText,
            otherText,
            analysisText,
            factsFrom,
            factsTo,
            facts == null ? List.of() : facts.stream().map(String::strip).distinct().toList());
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    try {
      edit.save(
          municipality,
          new EditLagesbild.Input(
              Forms.integer(revision, -1),
              FormText.clean(title),
              FormText.clean(crimeText),
              FormText.clean(otherText),
              FormText.clean(analysisText),
              FormText.date(factsFrom),
              FormText.date(factsTo),
              form.facts()),
          staff);
      redirect.addFlashAttribute("notice", "measure.lagesbild.notice.saved");
      return "redirect:/personal/lagesbild";
    } catch (MeasureRuleViolation v) {
      errors.add(v.field().isEmpty() ? "title" : v.field(), v.messageKey(), v.args());
      response.setStatus(
          "measure.error.stale".equals(v.messageKey())
              ? HttpServletResponse.SC_CONFLICT
              : HttpServletResponse.SC_BAD_REQUEST);
    }
    return render(
        municipality,
        form,
        blankProblem(),
        blankAdoption(municipality),
        errors.build(),
        staff,
        model);
  }

  @PostMapping("/problem")
  String addProblem(
      MunicipalityId municipality,
      @RequestParam(name = "problemToken", defaultValue = "") String token,
      @RequestParam(name = "problemTitle", defaultValue = "") String title,
      @RequestParam(name = "problemDescription", defaultValue = "") String description,
      @RequestParam(name = "problemArea", defaultValue = "") String area,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = editor();
    LagesbildProblemForm form = new LagesbildProblemForm(token, title, description, area);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    UUID id = FormText.uuid(token);
    try {
      identify.identify(
          municipality,
          new IdentifyLagesbildProblem.Input(
              id == null ? UUID.randomUUID() : id,
              FormText.clean(title),
              FormText.clean(description),
              FormText.uuid(area)),
          staff);
      redirect.addFlashAttribute("notice", "measure.lagesbild.notice.problemAdded");
      return "redirect:/personal/lagesbild#problems";
    } catch (MeasureRuleViolation v) {
      errors.add(v);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(
        municipality,
        draftForm(lagesbilder.draft(municipality, LocalDate.now())),
        form,
        blankAdoption(municipality),
        errors.build(),
        staff,
        model);
  }

  @PostMapping("/problem/{id}/ta-bort")
  String removeProblem(
      MunicipalityId municipality, @PathVariable UUID id, RedirectAttributes redirect) {
    StaffPrincipal staff = editor();
    if (identify.remove(municipality, id, staff)) {
      redirect.addFlashAttribute("notice", "measure.lagesbild.notice.problemRemoved");
    }
    return "redirect:/personal/lagesbild#problems";
  }

  /** Links a measure to a problem (the measure answers it), as from the measure's own page. */
  @PostMapping("/problem/{id}/koppla")
  String linkMeasure(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam java.util.Map<String, String> parameters,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = Forms.manager();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    // Each problem's select is named after the problem, so ids stay unique on the page.
    UUID measureId = FormText.uuid(parameters.get("measure-" + id));
    if (measureId == null || measures.find(municipality, new MeasureId(measureId)).isEmpty()) {
      errors.add("measure-" + id, "measure.lagesbild.error.link.measure");
    } else {
      try {
        boolean added =
            linkInput.link(
                municipality,
                new MeasureId(measureId),
                new InputRef(InputRef.LAGESBILD_ITEM, id),
                staff);
        redirect.addFlashAttribute(
            "notice", added ? "measure.notice.linked" : "measure.notice.alreadyLinked");
        return "redirect:/personal/lagesbild#problems";
      } catch (MeasureRuleViolation v) {
        errors.add("measure-" + id, v.messageKey(), v.args());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(
        municipality,
        draftForm(lagesbilder.draft(municipality, LocalDate.now())),
        blankProblem(),
        blankAdoption(municipality),
        errors.build(),
        staff,
        model);
  }

  @PostMapping("/anta")
  String adopt(
      MunicipalityId municipality,
      @RequestParam(name = "expectedVersion", defaultValue = "") String expectedVersion,
      @RequestParam(name = "adoptedBy", defaultValue = "") String adoptedBy,
      @RequestParam(name = "adoptedOn", defaultValue = "") String adoptedOn,
      @RequestParam(name = "paragraph", defaultValue = "") String paragraph,
      @RequestParam(name = "registrationNumber", defaultValue = "") String registrationNumber,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = editor();
    LagesbildAdoptForm form =
        new LagesbildAdoptForm(
            expectedVersion, adoptedBy, adoptedOn, paragraph, registrationNumber);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    LocalDate date = FormText.date(adoptedOn);
    if (FormText.clean(adoptedBy).isEmpty()) {
      errors.add("adoptedBy", "measure.error.decision.body.required");
    }
    if (FormText.clean(adoptedOn).isEmpty()) {
      errors.add("adoptedOn", "measure.error.decision.date.required");
    } else if (date == null) {
      errors.add("adoptedOn", "measure.error.date.invalid");
    }
    if (!errors.any()) {
      try {
        int number =
            adopt.adopt(
                municipality,
                new AdoptLagesbild.Input(
                    Forms.integer(expectedVersion, -1),
                    FormText.clean(adoptedBy),
                    date,
                    FormText.clean(paragraph),
                    FormText.clean(registrationNumber)),
                LocalDate.now(),
                staff);
        redirect.addFlashAttribute("notice", "measure.lagesbild.notice.adopted");
        return "redirect:/lagesbild/version/" + number;
      } catch (MeasureRuleViolation v) {
        errors.add(v.field().isEmpty() ? "adoptedBy" : v.field(), v.messageKey(), v.args());
        if ("measure.error.stale".equals(v.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return render(
              municipality,
              draftForm(lagesbilder.draft(municipality, LocalDate.now())),
              blankProblem(),
              form,
              errors.build(),
              staff,
              model);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(
        municipality,
        draftForm(lagesbilder.draft(municipality, LocalDate.now())),
        blankProblem(),
        form,
        errors.build(),
        staff,
        model);
  }

  // ---- import ------------------------------------------------------------------------------

  @GetMapping("/import")
  String importForm(MunicipalityId municipality, Model model) {
    editor();
    return renderImport(municipality, FormErrors.none(), model);
  }

  private String renderImport(MunicipalityId municipality, FormErrors errors, Model model) {
    model.addAttribute("errors", errors);
    model.addAttribute(
        "crimeTables", CrimeStatisticsTable.of(lagesbilder.crimeStatistics(municipality)));
    model.addAttribute("maxRows", CrimeStatisticsCsv.MAX_ROWS);
    return "measure/lagesbild/import";
  }

  @PostMapping("/import")
  String importCsv(
      MunicipalityId municipality,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    StaffPrincipal staff = editor();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    if (file == null || file.isEmpty()) {
      errors.add("file", "measure.lagesbild.csv.error.noFile");
    } else if (file.getSize() > MAX_CSV_BYTES) {
      errors.add("file", "measure.lagesbild.csv.error.tooLarge");
    } else {
      String name =
          Objects.requireNonNullElse(file.getOriginalFilename(), "").replaceAll("[\\r\\n]", "");
      if (name.isBlank()) {
        name = "CSV";
      }
      CrimeStatisticsCsv.Result result =
          importStatistics.importCsv(municipality, name, file.getBytes(), staff);
      if (result.ok()) {
        redirect.addFlashAttribute("notice", "measure.lagesbild.notice.imported");
        return "redirect:/personal/lagesbild/import";
      }
      for (CrimeStatisticsCsv.LineError error : result.errors()) {
        String message =
            messages.getMessage(error.messageKey(), error.args().toArray(), ui.locale());
        if (error.line() == 0) {
          errors.add("file", "measure.lagesbild.csv.fileError", name, message);
        } else {
          errors.add("file", "measure.lagesbild.csv.lineError", name, error.line(), message);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderImport(municipality, errors.build(), model);
  }
}

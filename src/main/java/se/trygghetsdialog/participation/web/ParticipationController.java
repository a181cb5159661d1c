package se.trygghetsdialog.participation.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.participation.GapChecks;
import se.trygghetsdialog.participation.ParticipationFigures;
import se.trygghetsdialog.participation.ParticipationPolicy;
import se.trygghetsdialog.participation.ParticipationSettings;
import se.trygghetsdialog.shared.AuditEvents;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.CsvTables;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * A dialogue's participation for its staff: who it reached by channel, area, age band and gender
 * against the population, the representativeness figure, the groups missing, every table as CSV
 * (suppressed as on the page), and the gap check the team records before leaving step 2.
 */
@Controller
@RequestMapping("/personal/dialoger/{id}/deltagande")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ParticipationController {

  private final Dialogues dialogues;
  private final ParticipationFigures figures;
  private final ParticipationSettings settings;
  private final GapChecks checks;
  private final FormSubmissions forms;
  private final AuditEvents audit;

  static StaffPrincipal viewer() {
    return StaffAccounts.signedIn(ParticipationPolicy::mayView, "may not view participation");
  }

  @GetMapping
  String page(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    StaffPrincipal staff = viewer();
    return render(
        municipality,
        dialogue(municipality, id),
        staff,
        ParticipationView.CheckForm.blank(),
        FormErrors.none(),
        page);
  }

  @GetMapping("/{table:[a-z]+}.csv")
  ResponseEntity<byte[]> csv(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable String table,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = viewer();
    Dialogue dialogue = dialogue(municipality, id);
    ParticipationView.Table found =
        view(municipality, dialogue, staff, ui)
            .table(table)
            .orElseThrow(() -> new NotFoundException("table " + table));
    audit.record(new ParticipationTableExported(municipality, staff.accountId(), id, table));
    return CsvTables.download("deltagande-" + table + ".csv", found.header(), found.rows());
  }

  @PostMapping("/kontroll")
  String recordCheck(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("check") GapChecks.Command command,
      BindingResult binding,
      @ModelAttribute("form") ParticipationView.CheckForm form,
      WebPage page) {
    StaffPrincipal staff = viewer();
    Dialogue dialogue = dialogue(municipality, id);
    return forms.submit(
        binding,
        () -> {
          checks.record(municipality, dialogue.id(), command, staff);
          return page.redirect(
              "participation.notice.checkRecorded",
              "/personal/dialoger/" + id + "/deltagande#kontroll");
        },
        errors -> render(municipality, dialogue, staff, form, errors, page));
  }

  private Dialogue dialogue(MunicipalityId municipality, UUID id) {
    return dialogues
        .find(municipality, new DialogueId(id))
        .orElseThrow(() -> new NotFoundException("dialogue"));
  }

  private ParticipationView view(
      MunicipalityId municipality, Dialogue dialogue, StaffPrincipal staff, Ui ui) {
    return ParticipationView.of(
        dialogue,
        figures.of(municipality, dialogue),
        settings.smallCells(municipality),
        checks.of(municipality, dialogue.id()),
        ParticipationPolicy.mayRecordCheck(staff, dialogues.team(municipality, dialogue.id())),
        ui);
  }

  private String render(
      MunicipalityId municipality,
      Dialogue dialogue,
      StaffPrincipal staff,
      ParticipationView.CheckForm form,
      FormErrors errors,
      WebPage page) {
    page.add("view", view(municipality, dialogue, staff, page.ui()))
        .add("form", form)
        .add("errors", errors);
    return "participation/dialogue";
  }
}

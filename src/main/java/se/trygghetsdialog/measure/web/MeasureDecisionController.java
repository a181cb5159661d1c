package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.orOn;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.RecordDecision;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Staff page recording the decision on a proposed measure. */
@Controller
@RequestMapping("/personal/atgarder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasureDecisionController {

  private final MeasurePages pages;
  private final RecordDecision recordDecision;
  private final VersionedFormSubmissions forms;

  @GetMapping("/{id}/beslut")
  String decisionForm(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    Forms.decider();
    DecisionForm form = DecisionForm.blank(pages.view(municipality, id).measure().version());
    return pages.decision(municipality, id, form, FormErrors.none(), page);
  }

  @PostMapping("/{id}/beslut")
  String decide(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("recordDecision") RecordDecision.Command command,
      BindingResult binding,
      @ModelAttribute("form") DecisionForm form,
      WebPage page) {
    var staff = Forms.decider();
    pages.view(municipality, id);
    return forms.submit(
        binding,
        orOn("outcome"),
        () -> {
          recordDecision.record(municipality, new MeasureId(id), command, staff);
          return page.redirect("measure.notice.decision", "/personal/atgarder/" + id);
        },
        errors -> pages.decision(municipality, id, form, errors, page));
  }
}

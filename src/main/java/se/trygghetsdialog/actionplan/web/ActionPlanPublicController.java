package se.trygghetsdialog.actionplan.web;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.actionplan.ActionPlanPdf;
import se.trygghetsdialog.actionplan.ActionPlanVersion;
import se.trygghetsdialog.actionplan.ActionPlans;
import se.trygghetsdialog.measure.AdoptedVersion;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.pdf.TaggedPdf;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Municipalities;

/** Public pages of the åtgärdsplan: current and earlier versions, HTML and tagged PDF. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActionPlanPublicController {

  private final ActionPlans plans;
  private final ActionPlanPdf pdf;
  private final Municipalities municipalities;

  @GetMapping("/atgardsplan")
  String currentPlan(MunicipalityId municipality, WebPage page) {
    List<ActionPlanVersion> versions = plans.versions(municipality);
    return renderPlan(versions.isEmpty() ? null : versions.get(0), versions, true, page);
  }

  @GetMapping("/atgardsplan/version/{number}")
  String planVersion(MunicipalityId municipality, @PathVariable int number, WebPage page) {
    List<ActionPlanVersion> versions = plans.versions(municipality);
    ActionPlanVersion version =
        AdoptedVersion.numbered(versions, number)
            .orElseThrow(() -> new NotFoundException("plan version"));
    return renderPlan(version, versions, versions.get(0) == version, page);
  }

  private String renderPlan(
      ActionPlanVersion plan, List<ActionPlanVersion> versions, boolean current, WebPage page) {
    page.add("plan", Optional.ofNullable(plan));
    page.add("versions", versions);
    page.add("current", current);
    return "actionplan/plan";
  }

  @GetMapping("/atgardsplan.pdf")
  ResponseEntity<byte[]> currentPlanPdf(MunicipalityId municipality) {
    return pdfOf(
        municipality, plans.current(municipality).orElseThrow(() -> new NotFoundException("plan")));
  }

  @GetMapping("/atgardsplan/version/{number}/atgardsplan.pdf")
  ResponseEntity<byte[]> planVersionPdf(MunicipalityId municipality, @PathVariable int number) {
    return pdfOf(
        municipality,
        plans.version(municipality, number).orElseThrow(() -> new NotFoundException("plan")));
  }

  private ResponseEntity<byte[]> pdfOf(MunicipalityId municipality, ActionPlanVersion plan) {
    return TaggedPdf.inline(
        "atgardsplan-version-" + plan.versionNumber() + ".pdf",
        pdf.render(plan, municipalities.name(municipality)));
  }
}

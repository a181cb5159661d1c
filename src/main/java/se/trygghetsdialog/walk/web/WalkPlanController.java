package se.trygghetsdialog.walk.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.walk.PlanWalk;
import se.trygghetsdialog.walk.WalkPolicy;
import se.trygghetsdialog.walk.Walks;

/**
 * Staff pages of trygghetsvandringar: the list of walks and the form that plans a walk (also as a
 * follow-up of an earlier walk).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkPlanController {

  static final String BASE = WalkPages.BASE;

  private final Walks walks;
  private final PlanWalk planWalk;
  private final WalkPages pages;
  private final WalkForms forms;
  private final FormSubmissions submissions;

  @GetMapping(BASE)
  String list(MunicipalityId municipality, WebPage page) {
    StaffPrincipal staff = StaffAccounts.signedIn();
    // Only the walks this person may open: all for planners, the invited ones for owners' staff.
    page.add(
        "walks", walks.visibleTo(municipality, staff, pages.organisationOf(municipality, staff)));
    page.add("mayPlan", WalkPolicy.mayPlan(staff));
    return "walk/staff/list";
  }

  @GetMapping(BASE + "/ny")
  String planForm(
      MunicipalityId municipality,
      @RequestParam(name = "uppfoljning", required = false) @Nullable String previous,
      WebPage page) {
    WalkPages.planner();
    WalkPlanForm form = WalkPlanForm.blank(null);
    UUID previousId = FormText.uuid(previous);
    if (previousId != null) {
      form =
          forms.followUp(
              walks.find(municipality, previousId).orElseThrow(() -> new NotFoundException("walk")),
              page.ui());
    }
    return forms.renderPlan(municipality, form, FormErrors.none(), page);
  }

  @PostMapping(BASE + "/ny")
  String plan(
      MunicipalityId municipality,
      @Valid @ModelAttribute("planWalk") PlanWalk.Command command,
      BindingResult binding,
      @ModelAttribute("form") WalkPlanForm form,
      WebPage page) {
    StaffPrincipal staff = WalkPages.planner();
    return submissions.submit(
        binding,
        () -> {
          PlanWalk.Planned planned = planWalk.plan(municipality, command, staff);
          if (planned.created()) {
            page.redirectAttributes()
                .addFlashAttribute("warnings", WalkForms.gapWarnings(planned, page.ui()));
            page.redirectAttributes().addFlashAttribute("notice", "walk.notice.planned");
          }
          return "redirect:" + BASE + "/" + planned.id();
        },
        errors -> forms.renderPlan(municipality, form, errors, page));
  }
}

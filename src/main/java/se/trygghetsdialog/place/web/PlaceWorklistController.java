package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.place.Assignment;
import se.trygghetsdialog.place.AssignmentStatus;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.place.PlaceReportId;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.place.PlaceRuleViolation;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/**
 * The worklist: approved reports routed to the staff member's organisation (all of them for
 * administrators), with a status form per report.
 */
@Controller
class PlaceWorklistController {

  static final int PAGE_SIZE = 20;

  private final PlaceRouting routing;
  private final PlaceCategories categories;
  private final StaffAccounts accounts;
  private final MessageSource messages;

  PlaceWorklistController(
      PlaceRouting routing,
      PlaceCategories categories,
      StaffAccounts accounts,
      MessageSource messages) {
    this.routing = routing;
    this.categories = categories;
    this.accounts = accounts;
    this.messages = messages;
  }

  private record Worker(StaffPrincipal staff, @Nullable UUID organisationId) {
    /** Whose worklist: null means all (administrators). */
    @Nullable UUID scope() {
      return staff.has(Role.ADMINISTRATOR) ? null : organisationId;
    }
  }

  private Worker worker(MunicipalityId municipality) {
    StaffPrincipal staff = StaffAccounts.signedIn();
    UUID organisation =
        accounts
            .find(municipality, staff.accountId())
            .map(StaffMember::organisationId)
            .orElse(null);
    if (!staff.has(Role.ADMINISTRATOR) && organisation == null) {
      throw new AccessDeniedException("no organisation, no worklist");
    }
    return new Worker(staff, organisation);
  }

  static String key(Assignment a) {
    return a.reportId().value() + "-" + a.organisationId();
  }

  static List<AssignmentStatus> next(AssignmentStatus current) {
    return Arrays.stream(AssignmentStatus.values())
        .filter(
            s -> {
              try {
                PlacePolicy.checkStatusChange(current, s, "x");
                return true;
              } catch (PlaceRuleViolation e) {
                return false;
              }
            })
        .toList();
  }

  @GetMapping("/personal/arbetslista")
  String worklist(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Worker worker = worker(municipality);
    return render(municipality, worker, page(page), FormErrors.none(), "", "", model, ui);
  }

  private static int page(String page) {
    try {
      return Math.max(1, Integer.parseInt(page));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private String render(
      MunicipalityId municipality,
      Worker worker,
      int page,
      FormErrors errors,
      String errorKey,
      String reason,
      Model model,
      Ui ui) {
    int total = routing.count(municipality, worker.scope());
    int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(page, pages);
    List<WorklistRow> rows =
        routing
            .worklist(municipality, worker.scope(), PAGE_SIZE, (current - 1) * PAGE_SIZE)
            .stream()
            .map(
                a ->
                    new WorklistRow(
                        a,
                        key(a),
                        routing.organisationName(municipality, a.organisationId()),
                        categories
                            .find(municipality, a.categoryId())
                            .map(c -> c.name(ui.locale()))
                            .orElse(""),
                        next(a.status()),
                        key(a).equals(errorKey) ? reason : ""))
            .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("errors", errors);
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    model.addAttribute("total", total);
    return "place/worklist";
  }

  @PostMapping("/personal/arbetslista/status")
  String change(
      MunicipalityId municipality,
      @RequestParam String reportId,
      @RequestParam String organisationId,
      @RequestParam(defaultValue = "") String expected,
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Worker worker = worker(municipality);
    UUID report = FormText.uuid(reportId);
    UUID organisation = FormText.uuid(organisationId);
    if (report == null || organisation == null) {
      throw new NotFoundException("assignment");
    }
    Assignment assignment =
        routing
            .find(municipality, new PlaceReportId(report), organisation)
            .orElseThrow(() -> new NotFoundException("assignment"));
    if (!PlacePolicy.mayWorkOn(worker.staff(), worker.organisationId(), organisation)) {
      throw new AccessDeniedException("not your worklist");
    }
    String key = key(assignment);
    AssignmentStatus seen = parse(expected);
    AssignmentStatus next = parse(status);
    if (next == null) {
      response.setStatus(400);
      return render(
          municipality,
          worker,
          page(page),
          FormErrors.builder(messages, ui.locale())
              .add("status-" + key, "place.error.status.required")
              .build(),
          key,
          reason,
          model,
          ui);
    }
    if (seen == null || seen != assignment.status()) {
      response.setStatus(409);
      return render(
          municipality,
          worker,
          page(page),
          FormErrors.builder(messages, ui.locale())
              .add("status-" + key, "place.error.status.stale")
              .build(),
          key,
          reason,
          model,
          ui);
    }
    try {
      boolean changed =
          routing.changeStatus(
              municipality,
              worker.staff(),
              worker.organisationId(),
              assignment.reportId(),
              organisation,
              seen,
              next,
              reason);
      if (!changed) {
        response.setStatus(409);
        return render(
            municipality,
            worker,
            page(page),
            FormErrors.builder(messages, ui.locale())
                .add("status-" + key, "place.error.status.stale")
                .build(),
            key,
            reason,
            model,
            ui);
      }
    } catch (PlaceRuleViolation e) {
      response.setStatus(400);
      return render(
          municipality,
          worker,
          page(page),
          FormErrors.builder(messages, ui.locale())
              .add(e.field() + "-" + key, e.messageKey())
              .build(),
          key,
          reason,
          model,
          ui);
    }
    redirect.addFlashAttribute("notice", "place.worklist.changed");
    return "redirect:/personal/arbetslista?sida=" + page(page);
  }

  private static @Nullable AssignmentStatus parse(String value) {
    try {
      return AssignmentStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

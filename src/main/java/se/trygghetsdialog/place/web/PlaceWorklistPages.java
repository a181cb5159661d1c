package se.trygghetsdialog.place.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
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
import se.trygghetsdialog.shared.web.WebPage;

/** Builds the worklist page and finds whose worklist it is and which assignment a form names. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceWorklistPages {

  static final int PAGE_SIZE = 20;

  /** A worklist row's status form as typed, for showing the page again. */
  record StatusForm(
      @Nullable String reportId,
      @Nullable String organisationId,
      @Nullable String reason,
      @org.springframework.web.bind.annotation.BindParam("sida") @Nullable String sida) {
    int page() {
      return PlaceWorklistPages.page(sida);
    }
  }

  /** The staff member and their organisation. */
  record Worker(StaffPrincipal staff, @Nullable UUID organisationId) {
    /** Whose worklist: null means all (administrators). */
    @Nullable UUID scope() {
      return staff.has(Role.ADMINISTRATOR) ? null : organisationId;
    }
  }

  private final PlaceRouting routing;
  private final PlaceCategories categories;
  private final StaffAccounts accounts;

  /** The signed-in staff member; one without an organisation has no worklist (unless admin). */
  Worker worker(MunicipalityId municipality) {
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

  /** The assignment a row's form names: 404 when unknown, 403 when not the worker's. */
  Assignment assignment(MunicipalityId municipality, Worker worker, StatusForm form) {
    UUID report = FormText.uuid(form.reportId());
    UUID organisation = FormText.uuid(form.organisationId());
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
    return assignment;
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

  static int page(@Nullable String page) {
    try {
      return Math.max(1, Integer.parseInt(FormText.clean(page)));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * The worklist page; {@code errors} and the typed {@code reason} belong to the row {@code
   * errorKey}.
   */
  String render(
      MunicipalityId municipality,
      Worker worker,
      int requested,
      FormErrors errors,
      String errorKey,
      @Nullable String reason,
      WebPage page) {
    int total = routing.count(municipality, worker.scope());
    int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(requested, pages);
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
                            .map(c -> c.name(page.ui().locale()))
                            .orElse(""),
                        next(a.status()),
                        key(a).equals(errorKey) && reason != null ? reason : ""))
            .toList();
    page.add("rows", rows);
    page.add("errors", errors);
    page.add("page", current);
    page.add("pages", pages);
    page.add("total", total);
    return "place/worklist";
  }
}

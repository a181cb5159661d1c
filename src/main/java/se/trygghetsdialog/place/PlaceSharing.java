package se.trygghetsdialog.place;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Sharing a place report with another organisation: an explicit, audited act with a reason, by an
 * administrator or by staff of an organisation that has the report in its worklist. The receiving
 * organisation then has the report in its worklist; ending the share takes it out again.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlaceSharing {

  /** The longest reason. */
  public static final int MAX_REASON = 1000;

  /** The share form. */
  public record ShareWith(
      @NotNull(message = "{place.share.error.organisation}") UUID organisationId,
      @NotBlank(message = "{place.share.error.reason}")
          @Size(max = MAX_REASON, message = "{place.share.error.reason}")
          String reason) {}

  /** A report shared with an organisation, and why. */
  public record Share(UUID organisationId, String reason, OffsetDateTime sharedAt) {}

  private final PlaceShareRepository shares;
  private final PlaceRouting routing;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;

  /**
   * Whether {@code staff} of {@code organisation} may share the report: administrators, and staff
   * of an organisation that has it in its worklist.
   */
  public boolean mayShare(
      MunicipalityId municipality,
      StaffPrincipal staff,
      @Nullable UUID organisation,
      PlaceReportId report) {
    List<Assignment> assigned = routing.ofReport(municipality, report);
    return PlacePolicy.mayAdminister(staff)
        || (organisation != null
            && assigned.stream().anyMatch(a -> a.organisationId().equals(organisation)));
  }

  private void requireMayShare(
      MunicipalityId municipality,
      StaffPrincipal staff,
      @Nullable UUID organisation,
      PlaceReportId report) {
    if (routing.ofReport(municipality, report).isEmpty()) {
      throw new NotFoundException("assigned report");
    }
    if (!mayShare(municipality, staff, organisation, report)) {
      throw new AccessDeniedException("not your report to share");
    }
  }

  /**
   * @throws PlaceRuleViolation when the organisation is unknown or already has the report
   */
  @Transactional
  public void share(
      MunicipalityId municipality,
      StaffPrincipal staff,
      @Nullable UUID staffOrganisation,
      PlaceReportId report,
      ShareWith command) {
    requireMayShare(municipality, staff, staffOrganisation, report);
    UUID target = command.organisationId();
    if (organisations.find(municipality, target).isEmpty()) {
      throw new PlaceRuleViolation("organisationId", "place.share.error.organisation");
    }
    if (routing.ofReport(municipality, report).stream()
        .anyMatch(a -> a.organisationId().equals(target))) {
      throw new PlaceRuleViolation("organisationId", "place.share.error.already");
    }
    shares.insert(municipality, report, target, staff.accountId(), command.reason().strip());
    shares.assign(municipality, report, target);
    events.publishEvent(
        new PlaceReportShared(municipality, report, target, staff.accountId(), true));
  }

  /** Ends a share: the organisation no longer has the report in its worklist. */
  @Transactional
  public void unshare(
      MunicipalityId municipality,
      StaffPrincipal staff,
      @Nullable UUID staffOrganisation,
      PlaceReportId report,
      UUID organisation) {
    requireMayShare(municipality, staff, staffOrganisation, report);
    if (shares.delete(municipality, report, organisation)) {
      shares.unassign(municipality, report, organisation);
      events.publishEvent(
          new PlaceReportShared(municipality, report, organisation, staff.accountId(), false));
    }
  }

  @Transactional(readOnly = true)
  public List<Share> shares(MunicipalityId municipality, PlaceReportId report) {
    return shares.ofReport(municipality, report);
  }
}

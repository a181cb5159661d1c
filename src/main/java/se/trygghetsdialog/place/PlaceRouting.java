package se.trygghetsdialog.place;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Routing of approved reports to the organisations that can act, their worklists and status
 * changes. Each change is kept in the report's history (shown on the private status page) and
 * mailed to the reporter who gave an address with consent.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlaceRouting {

  private final PlaceRoutingRepository routing;
  private final PlaceAreaRouteRepository areas;
  private final PlaceSettings settings;
  private final PlaceReportRepository reports;
  private final PlaceReportLinks links;
  private final Organisations organisations;
  private final Areas municipalAreas;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final MailLinks mailLinks;
  private final PlaceCategories categories;
  private final ApplicationEventPublisher events;

  /** The organisations that get reports of the category. */
  @Transactional(readOnly = true)
  public List<UUID> routes(MunicipalityId municipality, UUID categoryId) {
    return routing.routes(municipality, categoryId);
  }

  /** Replaces the organisations of a category; unknown organisations are ignored. */
  @Transactional
  public void setRoutes(
      MunicipalityId municipality, UUID categoryId, Collection<UUID> organisationIds) {
    routing.clearRoutes(municipality, categoryId);
    organisationIds.stream()
        .filter(o -> organisations.find(municipality, o).isPresent())
        .forEach(o -> routing.addRoute(municipality, categoryId, o));
  }

  /** Adds a route if it is missing (for seeding). */
  @Transactional
  public void addRoute(MunicipalityId municipality, UUID categoryId, UUID organisationId) {
    routing.addRoute(municipality, categoryId, organisationId);
  }

  /**
   * Puts an approved report in the worklists of the organisations of its category and of every
   * organisation whose area contains it (a circle, or the municipal area the report lies in: the
   * one whose boundary holds it, else the nearest centre); an organisation gets it once.
   */
  @Transactional
  public void assign(MunicipalityId municipality, PlaceReportId id) {
    routing.assign(municipality, id);
    areas
        .location(municipality, id)
        .ifPresent(
            point -> {
              UUID areaOfPoint =
                  municipalAreas
                      .at(municipality, point.latitude(), point.longitude())
                      .map(Area::id)
                      .orElse(null);
              areas.all(municipality).stream()
                  .filter(route -> route.covers(point, areaOfPoint))
                  .map(AreaRoute::organisationId)
                  .distinct()
                  .forEach(o -> areas.assign(municipality, id, o));
            });
    registerOwner(municipality, id);
  }

  /** Tells the register which organisation owns the report now that it is routed. */
  private void registerOwner(MunicipalityId municipality, PlaceReportId id) {
    routing.ofReport(municipality, id).stream()
        .findFirst()
        .ifPresent(
            first ->
                events.publishEvent(
                    new PlaceReportSubmitted(
                        municipality,
                        id.value(),
                        categories
                            .find(municipality, first.categoryId())
                            .map(c -> c.name(Locale.forLanguageTag("sv")))
                            .orElse(""),
                        first.organisationId(),
                        first.reportedAt())));
  }

  /** The areas whose organisations get the reports inside them. */
  @Transactional(readOnly = true)
  public List<AreaRoute> areaRoutes(MunicipalityId municipality) {
    return areas.all(municipality);
  }

  /**
   * Adds an area.
   *
   * @throws PlaceRuleViolation if the organisation is unknown, the name empty or too long, the
   *     centre outside the municipality's map or the radius out of range
   */
  @Transactional
  public AreaRoute addAreaRoute(
      MunicipalityId municipality,
      UUID organisationId,
      String name,
      Coordinates centre,
      int radiusMetres) {
    if (organisations.find(municipality, organisationId).isEmpty()) {
      throw new PlaceRuleViolation("organisationId", "place.error.area.organisation");
    }
    String trimmed = name.strip();
    if (trimmed.isEmpty() || trimmed.length() > AreaRoute.MAX_NAME_LENGTH) {
      throw new PlaceRuleViolation("name", "place.error.area.name");
    }
    if (!settings.of(municipality).contains(centre)) {
      throw new PlaceRuleViolation("latitude", "place.error.area.centre");
    }
    if (!AreaRoute.validRadius(radiusMetres)) {
      throw new PlaceRuleViolation("radius", "place.error.area.radius");
    }
    AreaRoute route =
        new AreaRoute(UUID.randomUUID(), organisationId, trimmed, centre, radiusMetres);
    areas.add(municipality, route);
    return route;
  }

  /** Removes an area; false if it was already gone. */
  @Transactional
  public boolean removeAreaRoute(MunicipalityId municipality, UUID routeId) {
    return areas.remove(municipality, routeId);
  }

  /**
   * A page of a worklist.
   *
   * @param organisationId the organisation, or null for all (administrators)
   */
  @Transactional(readOnly = true)
  public List<Assignment> worklist(
      MunicipalityId municipality, @Nullable UUID organisationId, int limit, int offset) {
    return routing.worklist(municipality, organisationId, limit, offset);
  }

  @Transactional(readOnly = true)
  public int count(MunicipalityId municipality, @Nullable UUID organisationId) {
    return routing.count(municipality, organisationId);
  }

  @Transactional(readOnly = true)
  public Optional<Assignment> find(
      MunicipalityId municipality, PlaceReportId id, UUID organisationId) {
    return routing.find(municipality, id, organisationId);
  }

  /** The organisations' current statuses on a report. */
  @Transactional(readOnly = true)
  public List<Assignment> ofReport(MunicipalityId municipality, PlaceReportId id) {
    return routing.ofReport(municipality, id);
  }

  /** The status changes of a report, oldest first. */
  @Transactional(readOnly = true)
  public List<StatusChange> history(MunicipalityId municipality, PlaceReportId id) {
    return routing.history(municipality, id);
  }

  /**
   * The name of an organisation, an archived one marked so (routes and assignments keep pointing at
   * it), in the language of the current request; empty if it is gone.
   */
  public String organisationName(MunicipalityId municipality, UUID organisationId) {
    return organisations.name(municipality, organisationId);
  }

  /**
   * A new area route as the administrators' form sends it, bound and validated by Spring MVC: a
   * municipal area, or else a circle (centre and radius).
   */
  public record NewAreaRoute(
      @NotNull(message = "{place.error.area.organisation}") UUID organisationId,
      @NotBlank(message = "{place.error.area.name}")
          @Size(max = AreaRoute.MAX_NAME_LENGTH, message = "{place.error.area.name}")
          String name,
      @Nullable UUID areaId,
      @Nullable Double latitude,
      @Nullable Double longitude,
      @Min(value = AreaRoute.MIN_RADIUS_METRES, message = "{place.error.area.radius}")
          @Max(value = AreaRoute.MAX_RADIUS_METRES, message = "{place.error.area.radius}")
          @Nullable Integer radius) {}

  /**
   * Routes the reports in one of the municipality's areas to an organisation.
   *
   * @throws PlaceRuleViolation if the organisation or the area is unknown or the name empty or too
   *     long
   */
  @Transactional
  public AreaRoute addAreaRoute(
      MunicipalityId municipality, UUID organisationId, String name, UUID areaId) {
    if (organisations.find(municipality, organisationId).isEmpty()) {
      throw new PlaceRuleViolation("organisationId", "place.error.area.organisation");
    }
    String trimmed = name.strip();
    if (trimmed.isEmpty() || trimmed.length() > AreaRoute.MAX_NAME_LENGTH) {
      throw new PlaceRuleViolation("name", "place.error.area.name");
    }
    if (municipalAreas.find(municipality, areaId).filter(a -> !a.archived()).isEmpty()) {
      throw new PlaceRuleViolation("areaId", "place.error.area.area");
    }
    AreaRoute route = new AreaRoute(UUID.randomUUID(), organisationId, trimmed, null, 0, areaId);
    areas.add(municipality, route);
    return route;
  }

  /**
   * Adds an area route from the administrators' form.
   *
   * @throws PlaceRuleViolation when the organisation or area is unknown, or, for a circle, the
   *     centre is missing or off the map or the radius missing
   */
  @Transactional
  public AreaRoute addAreaRoute(MunicipalityId municipality, NewAreaRoute command) {
    if (command.areaId() != null) {
      return addAreaRoute(municipality, command.organisationId(), command.name(), command.areaId());
    }
    if (command.latitude() == null || command.longitude() == null) {
      throw new PlaceRuleViolation("latitude", "place.error.area.centre");
    }
    if (command.radius() == null) {
      throw new PlaceRuleViolation("radius", "place.error.area.radius");
    }
    return addAreaRoute(
        municipality,
        command.organisationId(),
        command.name().strip(),
        new Coordinates(command.latitude(), command.longitude()),
        command.radius());
  }

  /**
   * A status change as a worklist row's form sends it, bound and validated by Spring MVC; the
   * assignment itself is named by the form's hidden fields and looked up before.
   *
   * @param expected the status the form showed; another status now means someone was first
   * @param reason why, required for {@link AssignmentStatus#NO_ACTION}; mailed to the resident
   */
  public record ChangeStatus(
      @NotNull(message = "{place.error.status.required}") AssignmentStatus status,
      @NotNull(message = "{place.error.status.stale}") AssignmentStatus expected,
      @Nullable String reason) {}

  /**
   * Changes an assignment's status from a worklist form.
   *
   * @throws PlaceRuleViolation naming the field of the rule the change breaks
   * @throws StaleForm when its status is no longer the one the form showed (nothing changed)
   */
  @Transactional
  public void changeStatus(
      MunicipalityId municipality,
      StaffPrincipal staff,
      @Nullable UUID staffOrganisation,
      Assignment assignment,
      ChangeStatus change) {
    if (change.expected() != assignment.status()
        || !changeStatus(
            municipality,
            staff,
            staffOrganisation,
            assignment.reportId(),
            assignment.organisationId(),
            change.expected(),
            change.status(),
            change.reason() == null ? "" : change.reason())) {
      throw new StaleForm("status", "place.error.status.stale");
    }
  }

  /**
   * Changes an organisation's status on a report.
   *
   * @param expected the status the person saw; a change from anything else is refused as stale
   * @return false if the status was no longer {@code expected} (a stale or repeated submit)
   * @throws PlaceRuleViolation if the change is not allowed or a needed reason is missing
   * @throws org.springframework.security.access.AccessDeniedException if not their organisation's
   */
  @Transactional
  public boolean changeStatus(
      MunicipalityId municipality,
      StaffPrincipal staff,
      @Nullable UUID staffOrganisation,
      PlaceReportId id,
      UUID organisationId,
      AssignmentStatus expected,
      AssignmentStatus next,
      String reason) {
    if (!PlacePolicy.mayWorkOn(staff, staffOrganisation, organisationId)) {
      throw new org.springframework.security.access.AccessDeniedException("not your worklist");
    }
    String trimmed = reason.strip();
    PlacePolicy.checkStatusChange(expected, next, trimmed);
    if (!routing.changeStatus(
        municipality, id, organisationId, expected, next, trimmed, staff.accountId())) {
      return false;
    }
    reports
        .contact(municipality, id)
        .ifPresent(
            contact -> {
              String token = links.issue(municipality, id);
              Locale locale = Locale.forLanguageTag(contact.locale());
              String status =
                  messages.getMessage("place.assignment.status." + next.name(), null, locale);
              String organisation = organisations.name(municipality, organisationId, locale);
              String why =
                  trimmed.isEmpty()
                      ? ""
                      : messages.getMessage(
                          "place.mail.statusChanged.reason", new Object[] {trimmed}, locale);
              mail.queue(
                  municipality,
                  contact.email(),
                  messages.getMessage("place.mail.statusChanged.subject", null, locale),
                  messages.getMessage(
                      "place.mail.statusChanged.body",
                      new Object[] {
                        organisation, status, why, mailLinks.to(municipality, "/rapport/" + token)
                      },
                      locale),
                  mailLinks.to(municipality, "/rapport/avsluta/" + token));
            });
    return true;
  }
}

package se.trygghetsdialog.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.Tenant;

/**
 * Records that a staff session was used on the host name of another municipality: a warning in the
 * application log and an entry in the audit log of both municipalities.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ForeignSessions {

  private static final Logger log = LoggerFactory.getLogger(ForeignSessions.class);

  /** Longest path kept; the path is chosen by whoever sent the request. */
  static final int MAX_PATH = 500;

  private final ApplicationEventPublisher events;

  @Transactional
  public void refused(StaffPrincipal staff, Tenant requested, String method, String path) {
    String shortPath = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
    log.warn(
        "Refused {} {}: the session of staff account {} of municipality {} was sent to the host"
            + " name of municipality {} ({})",
        method,
        shortPath,
        staff.accountId(),
        staff.municipalityId().value(),
        requested.id().value(),
        requested.code());
    events.publishEvent(event(staff, requested, method, shortPath, staff.municipalityId()));
    events.publishEvent(event(staff, requested, method, shortPath, requested.id()));
  }

  private static ForeignSessionRefused event(
      StaffPrincipal staff,
      Tenant requested,
      String method,
      String path,
      se.trygghetsdialog.shared.MunicipalityId loggedIn) {
    return new ForeignSessionRefused(
        loggedIn, staff.accountId(), staff.municipalityId(), requested.id(), method, path);
  }
}

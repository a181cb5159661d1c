package se.trygghetsdialog.field;

import java.time.Duration;
import java.time.ZoneId;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/** Who may file, see and manage what in the field module: the only place these rules live. */
public final class FieldPolicy {

  /** The longest free text of an event, a rumour or a clarification. */
  public static final int MAX_TEXT = 2000;

  /** The longest public summary of a rumour. */
  public static final int MAX_SUMMARY = 300;

  /** The most people one event may count. */
  public static final int MAX_PEOPLE = 500;

  /** The most events in one report. */
  public static final int MAX_EVENTS = 20;

  /** How far in the future a time may lie (clocks differ; a phone may be a little ahead). */
  public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);

  /** Times are entered in the municipality's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private FieldPolicy() {}

  /** Rapportörer file reports; a trygghetssamordnare may file one too. */
  public static boolean mayFile(StaffPrincipal staff) {
    return staff.has(Role.FIELD_REPORTER) || staff.has(Role.SAFETY_COORDINATOR);
  }

  /** The trygghetssamordnare sees every report of the municipality. */
  public static boolean seesAllReports(StaffPrincipal staff) {
    return staff.has(Role.SAFETY_COORDINATOR);
  }

  /** A report is seen by the rapportör who filed it and by the trygghetssamordnare. */
  public static boolean mayView(StaffPrincipal staff, FieldReport report) {
    if (!staff.municipalityId().equals(report.municipalityId())) {
      return false;
    }
    return seesAllReports(staff) || staff.accountId().equals(report.reporterAccountId());
  }

  /** Only the trygghetssamordnare keeps the rumour log and publishes clarifications. */
  public static boolean mayManageRumours(StaffPrincipal staff) {
    return staff.has(Role.SAFETY_COORDINATOR);
  }

  /** Whether {@code staff} belongs to {@code municipality}. */
  public static boolean sameMunicipality(StaffPrincipal staff, MunicipalityId municipality) {
    return staff.municipalityId().equals(municipality);
  }
}

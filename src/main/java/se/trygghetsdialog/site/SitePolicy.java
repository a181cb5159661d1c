package se.trygghetsdialog.site;

import org.springframework.stereotype.Component;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/**
 * "May this person do this now?" for the public shell: anyone may report, administrators handle.
 */
@Component
public class SitePolicy {

  /** Whether the person may read reported accessibility problems and mark them handled. */
  public boolean mayHandleAccessibilityReports(StaffPrincipal person) {
    return person.has(Role.ADMINISTRATOR);
  }

  /** Whether the person may publish the municipality's accessibility statement. */
  public boolean mayEditAccessibilityStatement(StaffPrincipal person) {
    return person.has(Role.ADMINISTRATOR);
  }
}

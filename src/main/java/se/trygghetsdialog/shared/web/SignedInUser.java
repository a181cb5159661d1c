package se.trygghetsdialog.shared.web;

import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/** What the layout needs to know about a signed-in staff member; implemented by identity. */
public interface SignedInUser {
  UUID accountId();

  MunicipalityId municipalityId();

  String displayName();
}

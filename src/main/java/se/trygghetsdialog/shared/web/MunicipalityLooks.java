package se.trygghetsdialog.shared.web;

import se.trygghetsdialog.shared.MunicipalityId;

/** Finds how the layout shows a municipality; implemented by tenancy. */
public interface MunicipalityLooks {

  MunicipalityLook of(MunicipalityId municipality);
}

package se.trygghetsdialog.tenancy.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;
import se.trygghetsdialog.tenancy.MunicipalityProfile;

/** Raw input of the municipality's profile form. */
public record ProfileForm(
    @Nullable String name,
    @Nullable String contactEmail,
    @Nullable String contactPhone,
    @Nullable String postalAddress,
    @Nullable String eServicesUrl,
    @Nullable String noticeBoardUrl)
    implements TypedForm {

  static ProfileForm of(MunicipalityProfile profile) {
    return new ProfileForm(
        profile.name(),
        profile.contactEmail(),
        profile.contactPhone(),
        profile.postalAddress(),
        profile.eServicesUrl(),
        profile.noticeBoardUrl());
  }
}

package se.trygghetsdialog.tenancy.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;

/** The organisation form as typed, to show again. */
public record OrganisationForm(
    @Nullable String name, @Nullable String kind, @Nullable String email, @Nullable String phone)
    implements TypedForm {}

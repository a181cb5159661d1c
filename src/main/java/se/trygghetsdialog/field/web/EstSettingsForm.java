package se.trygghetsdialog.field.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;

/** Raw input of the EST settings form. */
public record EstSettingsForm(@Nullable String weeklyTitle, @Nullable String checklistItems)
    implements TypedForm {}

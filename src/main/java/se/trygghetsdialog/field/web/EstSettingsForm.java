package se.trygghetsdialog.field.web;

import org.jspecify.annotations.Nullable;

/** Raw input of the EST settings form. */
public record EstSettingsForm(@Nullable String weeklyTitle, @Nullable String checklistItems) {

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}

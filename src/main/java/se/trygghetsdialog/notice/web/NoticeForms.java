package se.trygghetsdialog.notice.web;

import org.jspecify.annotations.Nullable;

/** The notice forms as typed, shown again after a refused submission. */
public final class NoticeForms {

  private NoticeForms() {}

  static String v(@Nullable String value) {
    return value == null ? "" : value;
  }

  /** A new notice, or a correction (then {@code kind} and {@code postedOn} are shown, not sent). */
  public record Post(
      @Nullable String version,
      @Nullable String kind,
      @Nullable String title,
      @Nullable String text,
      @Nullable String meetingDate,
      @Nullable String adjustedOn,
      @Nullable String protocolLocation,
      @Nullable String postedOn,
      @Nullable String removedOn,
      @Nullable String checked) {

    public String v(@Nullable String value) {
      return NoticeForms.v(value);
    }

    public boolean isChecked() {
      return "yes".equals(checked) || "true".equals(checked);
    }
  }
}

package se.trygghetsdialog.tenancy;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What a municipality says about itself: its name and code, how residents reach it, and the links
 * its public pages show. Empty strings stand for what is not set.
 *
 * @param code the four-digit kommunkod, fixed once set
 * @param eServicesUrl the municipality's e-tjänster, an https address
 * @param noticeBoardUrl the municipality's anslagstavla, an https address
 * @param logoChangedAt when the logo was last uploaded, or null without a logo
 */
public record MunicipalityProfile(
    String code,
    String name,
    String contactEmail,
    String contactPhone,
    String postalAddress,
    String eServicesUrl,
    String noticeBoardUrl,
    @Nullable OffsetDateTime logoChangedAt) {

  public boolean hasLogo() {
    return logoChangedAt != null;
  }

  /** Whether residents have a way to reach the municipality. */
  public boolean hasContact() {
    return !contactEmail.isBlank() || !contactPhone.isBlank();
  }
}

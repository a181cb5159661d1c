package se.trygghetsdialog.shared.web;

import java.util.Set;

/**
 * How the layout shows the request's municipality: its own logo and links, and which features it
 * shows in the navigation. Provided by tenancy through {@link MunicipalityLooks}.
 *
 * @param logoVersion changes when the logo does (a cache key for its address); 0 without a logo
 * @param eServicesUrl the municipality's e-tjänster, or empty
 * @param noticeBoardUrl the municipality's anslagstavla, or empty
 * @param featuresOff names of the features the municipality has turned off
 */
public record MunicipalityLook(
    long logoVersion, String eServicesUrl, String noticeBoardUrl, Set<String> featuresOff) {

  /** Every feature on, no logo and no links. */
  public static final MunicipalityLook PLAIN = new MunicipalityLook(0, "", "", Set.of());

  public boolean hasLogo() {
    return logoVersion != 0;
  }
}

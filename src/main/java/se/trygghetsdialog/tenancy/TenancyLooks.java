package se.trygghetsdialog.tenancy;

import java.util.Locale;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.MunicipalityLook;
import se.trygghetsdialog.shared.web.MunicipalityLooks;
import se.trygghetsdialog.shared.web.PublicPageCache;

/**
 * Gives the layout the municipality's own logo, links and features; kept in the {@link
 * PublicPageCache} (every page asks), evicted by the settings' change events.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TenancyLooks implements MunicipalityLooks {

  private final PerRequestSettingsReads perRequest;
  private final PublicPageCache cache;

  /** Read for every page: a cache miss may read the read replica, seconds old. */
  @Override
  public MunicipalityLook of(MunicipalityId municipality) {
    return cache.get(municipality, Locale.ROOT, "tenancy.look", "", () -> read(municipality));
  }

  private MunicipalityLook read(MunicipalityId municipality) {
    return perRequest
        .profile(municipality)
        .map(
            p ->
                new MunicipalityLook(
                    p.logoChangedAt() == null ? 0 : p.logoChangedAt().toInstant().toEpochMilli(),
                    p.eServicesUrl(),
                    p.noticeBoardUrl(),
                    perRequest.disabledFeatures(municipality).stream()
                        .map(Feature::name)
                        .collect(Collectors.toSet())))
        .orElse(MunicipalityLook.PLAIN);
  }
}

package se.trygghetsdialog.tenancy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.PublicPageCache;

/**
 * Which features a municipality uses; every feature is on until the municipality turns it off.
 * {@link #isOn} is asked on every request (the feature gate) and answers from the {@link
 * PublicPageCache}, evicted by the switch's change event; {@link #enabled} reads the database.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FeatureSwitches {

  private final SettingsRepository repository;
  private final PublicPageCache cache;
  private final PerRequestSettingsReads perRequest;

  /** Asked on every request (the feature gate): a cache miss may read the replica, seconds old. */
  public boolean isOn(MunicipalityId municipality, Feature feature) {
    Set<Feature> off =
        cache.get(
            municipality,
            Locale.ROOT,
            "tenancy.disabledFeatures",
            "",
            () -> perRequest.disabledFeatures(municipality));
    return !off.contains(feature);
  }

  public Set<Feature> enabled(MunicipalityId municipality) {
    Set<Feature> on = EnumSet.allOf(Feature.class);
    on.removeAll(repository.disabledFeatures(municipality));
    return on;
  }
}

package se.trygghetsdialog.tenancy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.ReplicaRead;
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

  /** Asked on every request (the feature gate): may read the replica, seconds old. */
  @ReplicaRead
  public boolean isOn(MunicipalityId municipality, Feature feature) {
    Set<Feature> off =
        cache.get(
            municipality,
            Locale.ROOT,
            "tenancy.disabledFeatures",
            "",
            () -> Set.copyOf(repository.disabledFeatures(municipality)));
    return !off.contains(feature);
  }

  public Set<Feature> enabled(MunicipalityId municipality) {
    Set<Feature> on = EnumSet.allOf(Feature.class);
    on.removeAll(repository.disabledFeatures(municipality));
    return on;
  }
}

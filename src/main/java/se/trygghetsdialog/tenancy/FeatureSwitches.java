package se.trygghetsdialog.tenancy;

import java.util.EnumSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.ReplicaRead;

/** Which features a municipality uses; every feature is on until the municipality turns it off. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FeatureSwitches {

  private final SettingsRepository repository;

  /** Asked on every request (the feature gate): may read the replica, seconds old. */
  @ReplicaRead
  public boolean isOn(MunicipalityId municipality, Feature feature) {
    return !repository.disabledFeatures(municipality).contains(feature);
  }

  public Set<Feature> enabled(MunicipalityId municipality) {
    Set<Feature> on = EnumSet.allOf(Feature.class);
    on.removeAll(repository.disabledFeatures(municipality));
    return on;
  }
}

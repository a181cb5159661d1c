package se.trygghetsdialog.tenancy;

import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.ReplicaRead;

/**
 * The settings every request needs (the feature gate, the layout's look), read when the public page
 * cache misses: from the read replica when there is one, seconds old. A cache hit opens no
 * transaction at all.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PerRequestSettingsReads {

  private final SettingsRepository repository;

  @ReplicaRead
  public Set<Feature> disabledFeatures(MunicipalityId municipality) {
    return Set.copyOf(repository.disabledFeatures(municipality));
  }

  @ReplicaRead
  public Optional<MunicipalityProfile> profile(MunicipalityId municipality) {
    return repository.profile(municipality);
  }
}

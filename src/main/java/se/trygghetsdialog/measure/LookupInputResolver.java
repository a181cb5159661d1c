package se.trygghetsdialog.measure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import se.trygghetsdialog.shared.MunicipalityId;

/** The resolver {@link InputResolver#of} makes from a type and two look-ups. */
record LookupInputResolver(
    String type,
    BiFunction<MunicipalityId, UUID, Optional<String>> labels,
    BiFunction<MunicipalityId, Integer, List<UUID>> newestIds)
    implements InputResolver {

  @Override
  public Optional<String> label(MunicipalityId municipality, UUID id) {
    return labels.apply(municipality, id);
  }

  @Override
  public List<UUID> newest(MunicipalityId municipality, int limit) {
    return newestIds.apply(municipality, limit);
  }
}

package se.trygghetsdialog.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/** The municipality's localities and delområden. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Areas {

  private final TenancyRepository repository;

  public List<Area> all(MunicipalityId municipality) {
    return repository.areas(municipality);
  }

  public Optional<Area> find(MunicipalityId municipality, UUID id) {
    return repository.area(municipality, id);
  }

  public Area register(
      MunicipalityId municipality,
      String name,
      String kind,
      @Nullable Double latitude,
      @Nullable Double longitude) {
    repository.insertArea(
        new Area(UUID.randomUUID(), municipality, name, kind, latitude, longitude));
    return all(municipality).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }
}

package se.trygghetsdialog.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/** The municipality's organisations: political bodies, administration units and partners. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Organisations {

  private final TenancyRepository repository;

  public List<Organisation> all(MunicipalityId municipality) {
    return repository.organisations(municipality);
  }

  /** The bodies that can take a political decision (fullmäktige, styrelse, nämnder). */
  public List<Organisation> decidingBodies(MunicipalityId municipality) {
    return all(municipality).stream().filter(o -> o.kind().political()).toList();
  }

  public Optional<Organisation> find(MunicipalityId municipality, UUID id) {
    return repository.organisation(municipality, id);
  }

  public Organisation register(
      MunicipalityId municipality, String name, OrganisationKind kind, @Nullable UUID parent) {
    Organisation organisation = new Organisation(UUID.randomUUID(), municipality, name, kind);
    repository.insertOrganisation(organisation, parent);
    return all(municipality).stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElse(organisation);
  }
}

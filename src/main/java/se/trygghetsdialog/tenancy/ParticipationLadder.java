package se.trygghetsdialog.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/** The municipality's participation ladder, lowest level first. */
@Service
public class ParticipationLadder {

  private final TenancyRepository repository;

  ParticipationLadder(TenancyRepository repository) {
    this.repository = repository;
  }

  public List<ParticipationLevel> levels(MunicipalityId municipality) {
    return repository.levels(municipality);
  }

  public Optional<ParticipationLevel> find(MunicipalityId municipality, UUID id) {
    return levels(municipality).stream().filter(l -> l.id().equals(id)).findFirst();
  }
}

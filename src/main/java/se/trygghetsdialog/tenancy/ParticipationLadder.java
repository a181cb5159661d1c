package se.trygghetsdialog.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/** The municipality's participation ladder, lowest level first. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ParticipationLadder {

  private final TenancyRepository repository;

  public List<ParticipationLevel> levels(MunicipalityId municipality) {
    return repository.levels(municipality);
  }

  public Optional<ParticipationLevel> find(MunicipalityId municipality, UUID id) {
    return levels(municipality).stream().filter(l -> l.id().equals(id)).findFirst();
  }
}

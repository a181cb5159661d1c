package se.trygghetsdialog.walk;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * The organisations invited to a walk with their names, which are read from the tenancy module's
 * API (never by joining its table), in the order of the names.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkInvitees {

  private final WalkRepository repository;
  private final Organisations organisations;

  List<Invitee> of(Walk walk) {
    Map<UUID, String> emails =
        repository.invitees(walk.id()).stream()
            .collect(
                Collectors.toMap(
                    WalkRepository.Invited::organisationId, WalkRepository.Invited::email));
    // the municipality's organisations come ordered by name
    return organisations.all(walk.municipalityId()).stream()
        .filter(o -> emails.containsKey(o.id()))
        .map(o -> new Invitee(o.id(), o.name(), emails.get(o.id())))
        .toList();
  }
}

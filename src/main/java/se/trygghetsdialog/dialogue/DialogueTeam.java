package se.trygghetsdialog.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A dialogue's team with the members' display names, which are read from the identity module's API
 * (never by joining its table): by role, then by display name.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueTeam {

  private final DialogueRepository dialogues;
  private final StaffAccounts accounts;

  List<TeamMember> of(MunicipalityId municipality, DialogueId id) {
    List<DialogueRepository.Membership> memberships = dialogues.team(municipality, id);
    Map<UUID, String> names =
        accounts.displayNames(
            municipality,
            memberships.stream().map(DialogueRepository.Membership::accountId).toList());
    // names come in display-name order; a stable sort by role keeps that order within a role
    List<TeamMember> team = new ArrayList<>();
    names.forEach(
        (account, name) ->
            memberships.stream()
                .filter(m -> m.accountId().equals(account))
                .forEach(m -> team.add(new TeamMember(account, name, m.role()))));
    team.sort(Comparator.comparing(m -> m.role().name()));
    return team;
  }
}

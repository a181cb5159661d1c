package se.trygghetsdialog.dialogue;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/** The process leader appoints and removes members of the neutral dialogue team. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ManageTeam {

  /** Whom the process leader appoints, and as what; bound and validated by Spring MVC. */
  public record Command(
      @NotNull(message = "{dialogue.error.team.unknown}") UUID accountId,
      @NotNull(message = "{dialogue.error.team.roleRequired}") TeamRole teamRole) {}

  private final DialogueRepository dialogues;
  private final StaffAccounts accounts;

  /**
   * @throws DialogueRuleViolation if the account cannot take that role
   */
  @Transactional
  public void appoint(MunicipalityId municipality, DialogueId id, Command command) {
    appoint(municipality, id, command.accountId(), command.teamRole());
  }

  /**
   * Adds a staff member who holds the matching staff role (process leader or conversation leader).
   *
   * @throws DialogueRuleViolation if the account cannot take that role
   */
  @Transactional
  public void appoint(MunicipalityId municipality, DialogueId id, UUID accountId, TeamRole role) {
    dialogues.find(municipality, id).orElseThrow(() -> new NotFoundException("dialogue"));
    StaffMember member =
        accounts
            .find(municipality, accountId)
            .filter(StaffMember::enabled)
            .orElseThrow(
                () -> new DialogueRuleViolation("accountId", "dialogue.error.team.unknown"));
    Role required =
        role == TeamRole.PROCESS_LEADER ? Role.PROCESS_LEADER : Role.CONVERSATION_LEADER;
    if (!member.has(required)) {
      throw new DialogueRuleViolation("accountId", "dialogue.error.team.role");
    }
    dialogues.putTeamMember(municipality, id, accountId, role);
  }

  /**
   * @throws DialogueRuleViolation when removing the last process leader
   */
  @Transactional
  public void remove(MunicipalityId municipality, DialogueId id, UUID accountId) {
    var team = dialogues.team(municipality, id);
    boolean lastLeader =
        team.stream().filter(m -> m.role() == TeamRole.PROCESS_LEADER).count() == 1
            && team.stream()
                .anyMatch(
                    m -> m.accountId().equals(accountId) && m.role() == TeamRole.PROCESS_LEADER);
    if (lastLeader) {
      throw new DialogueRuleViolation("accountId", "dialogue.error.team.lastLeader");
    }
    dialogues.removeTeamMember(municipality, id, accountId);
  }
}

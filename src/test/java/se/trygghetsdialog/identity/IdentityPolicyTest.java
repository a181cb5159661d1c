package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.MunicipalityId;

class IdentityPolicyTest {

  static final MunicipalityId MUNICIPALITY = new MunicipalityId(UUID.randomUUID());
  final IdentityPolicy policy = new IdentityPolicy();

  static StaffMember member(Set<Role> roles) {
    return new StaffMember(
        UUID.randomUUID(), MUNICIPALITY, "a@test.example", "A", roles, null, true, true);
  }

  static StaffPrincipal principal(StaffMember member) {
    return new StaffPrincipal(
        member.id(),
        MUNICIPALITY.value(),
        member.email(),
        member.displayName(),
        null,
        member.roles(),
        true);
  }

  @Nested
  class AnAdministrator {

    final StaffMember admin = member(Set.of(Role.ADMINISTRATOR));
    final StaffPrincipal person = principal(admin);

    @Test
    void mayChangeSomeoneElsesRolesAndDisableThem() {
      assertThat(policy.refusalToChange(person, member(Set.of(Role.MODERATOR)), Set.of(), false))
          .isEmpty();
    }

    @Test
    void mayNotRemoveTheirOwnAdministratorRole() {
      assertThat(policy.refusalToChange(person, admin, Set.of(Role.MODERATOR), true))
          .contains("identity.staff.error.ownAdministratorRole");
    }

    @Test
    void mayNotDisableThemselves() {
      assertThat(policy.refusalToChange(person, admin, Set.of(Role.ADMINISTRATOR), false))
          .contains("identity.staff.error.disableSelf");
    }

    @Test
    void mayAddRolesToThemselves() {
      assertThat(
              policy.refusalToChange(
                  person, admin, Set.of(Role.ADMINISTRATOR, Role.REGISTRAR), true))
          .isEmpty();
    }
  }

  @Test
  void otherStaffMayNeitherAdministerNorChangeRoles() {
    StaffPrincipal moderator = principal(member(Set.of(Role.MODERATOR, Role.PROCESS_LEADER)));
    assertThat(policy.mayAdminister(moderator)).isFalse();
    assertThat(policy.mayInvite(moderator)).isFalse();
    assertThat(
            policy.refusalToChange(
                moderator, member(Set.of(Role.PARTNER)), Set.of(Role.ADMINISTRATOR), true))
        .contains("identity.staff.error.notAdministrator");
  }

  @Nested
  class Passwords {

    @Test
    void needAtLeastTwelveCharacters() {
      assertThat(AcceptInvitation.passwordProblem("elva tecken", "a@test.example"))
          .contains("identity.activate.error.passwordTooShort");
      assertThat(AcceptInvitation.passwordProblem("tolv tecken!", "a@test.example")).isEmpty();
    }

    @Test
    void mayNotBeTheEmailAddressInAnyCase() {
      assertThat(
              AcceptInvitation.passwordProblem(
                  "Nils.Nilsson@Test.example", "nils.nilsson@test.example"))
          .contains("identity.activate.error.passwordIsEmail");
    }

    @Test
    void mayNotExceedWhatBcryptReads() {
      assertThat(AcceptInvitation.passwordProblem("å".repeat(40), "a@test.example"))
          .contains("identity.activate.error.passwordTooLong");
    }
  }

  @Test
  void invitationTokensAreRandomAndOnlyTheirHashIsStored() {
    String token = InvitationTokens.newToken();
    assertThat(token).hasSize(43).doesNotContain("=", "+", "/");
    assertThat(InvitationTokens.newToken()).isNotEqualTo(token);
    assertThat(InvitationTokens.hash(token)).hasSize(64).isNotEqualTo(token);
    assertThat(InvitationTokens.hash(token)).isEqualTo(InvitationTokens.hash(token));
  }
}

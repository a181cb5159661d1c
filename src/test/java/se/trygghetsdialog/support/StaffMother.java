package se.trygghetsdialog.support;

import java.util.Set;
import java.util.UUID;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/** Test data: staff accounts and organisations with unique names, in the default municipality. */
public final class StaffMother {

  private StaffMother() {}

  public static Tenant tenant(Municipalities municipalities) {
    return municipalities.resolve("localhost");
  }

  /**
   * Eight random letters (a to p), for names that go into texts screened for personal data: a
   * prefix of a random UUID may be all digits now and then, which screening rightly refuses.
   */
  public static String uniqueWord() {
    String hex = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder word = new StringBuilder();
    for (char c : hex.toCharArray()) {
      word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return word.toString();
  }

  public static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
  }

  public static StaffMember staff(
      Municipalities municipalities, StaffAccounts accounts, String name, Role... roles) {
    return accounts.createWithPassword(
        tenant(municipalities).id(),
        uniqueEmail(name.toLowerCase().replaceAll("[^a-z]", "")),
        name,
        Set.of(roles),
        null,
        BrowserTestBase.DEMO_PASSWORD);
  }

  public static Organisation politicalBody(
      Municipalities municipalities, Organisations organisations) {
    return organisations.register(
        tenant(municipalities).id(), "Nämnd " + uniqueWord(), OrganisationKind.COMMITTEE, null);
  }
}

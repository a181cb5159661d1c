package se.trygghetsdialog.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.measure.AssignResponseTask;
import se.trygghetsdialog.measure.EscalateOverdueResponseTasks;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A mail sent for a municipality links to that municipality's own host name, not to the address of
 * the installation: a resident or staff member of a second municipality lands on its pages. A
 * municipality without host names (the default) gets links to the installation's address.
 */
@IntegrationTest
class MailsLinkToTheMunicipalitysOwnHostTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired AssignResponseTask assignTask;
  @Autowired EscalateOverdueResponseTasks escalation;

  /** Lets a response task of the municipality run late and returns the escalation mail's body. */
  String escalationMailOf(MunicipalityId municipality) {
    StaffMember coordinator =
        accounts.createWithPassword(
            municipality,
            StaffSessions.uniqueEmail("samordnare"),
            "Sara Samordnare",
            Set.of(Role.SAFETY_COORDINATOR),
            null,
            FreshMunicipality.PASSWORD);
    String recipient = "Kulturnämnden " + UUID.randomUUID().toString().substring(0, 6);
    assignTask.assign(
        municipality,
        new AssignResponseTask.Input(
            UUID.randomUUID(), null, recipient, "Svara på förslagen", LocalDate.now().minusDays(3)),
        null);
    escalation.escalateOverdue();
    return TestMailServer.awaitMail(coordinator.email(), recipient).body();
  }

  @Test
  void aMailOfASecondMunicipalityLinksToItsHostName() {
    FreshMunicipality second = FreshMunicipality.register(municipalities);
    assertThat(escalationMailOf(second.tenant().id()))
        .contains("http://" + second.host() + "/personal/svarsuppgifter")
        .doesNotContain("http://localhost/");
  }

  @Test
  void aMailOfAMunicipalityWithoutHostNamesLinksToTheInstallationsAddress() {
    MunicipalityId lysekil = municipalities.byCode("1484").orElseThrow().id();
    assertThat(municipalities.hostNames(lysekil)).isEmpty();
    assertThat(escalationMailOf(lysekil)).contains("http://localhost/personal/svarsuppgifter");
  }
}

package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

@IntegrationTest
class AdministratorBootstrapTest {

  @Autowired AccountBootstrap bootstrap;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;

  private Tenant newMunicipality() {
    String code;
    do {
      code = String.format("%04d", ThreadLocalRandom.current().nextInt(2000, 9999));
    } while (municipalities.byCode(code).isPresent());
    return municipalities.register(
        code, "Testkommun " + code, List.of("kommun-" + code + ".test"), false);
  }

  @Test
  void createsTheFirstAdministratorOnceAndOnlyOnce() {
    Tenant tenant = newMunicipality();
    String email = StaffMother.uniqueEmail("forsta-admin");
    assertThat(bootstrap.ensureAdministrator(tenant.id(), email, "ett långt lösenord")).isTrue();
    assertThat(accounts.withRole(tenant.id(), Role.ADMINISTRATOR))
        .extracting(StaffMember::email)
        .containsExactly(email);
    assertThat(
            bootstrap.ensureAdministrator(tenant.id(), "annan@test.example", "ett långt lösenord"))
        .isFalse();
    assertThat(accounts.withRole(tenant.id(), Role.ADMINISTRATOR)).hasSize(1);
  }

  @Test
  void refusesAShortPasswordAndCreatesNothing() {
    Tenant tenant = newMunicipality();
    assertThat(bootstrap.ensureAdministrator(tenant.id(), StaffMother.uniqueEmail("kort"), "kort"))
        .isFalse();
    assertThat(accounts.withRole(tenant.id(), Role.ADMINISTRATOR)).isEmpty();
  }

  @Test
  void readsTheAdministratorAndOperatorAccountsFromTheirSettings() {
    MapConfigurationPropertySource source =
        new MapConfigurationPropertySource(
            Map.of(
                "app.bootstrap-operator.email", "operator@test.example",
                "app.bootstrap-operator.password", "ett långt lösenord"));
    AccountBootstrap.Settings settings =
        new Binder(source).bind("app", AccountBootstrap.Settings.class).get();
    assertThat(settings.bootstrapOperator().email()).isEqualTo("operator@test.example");
    assertThat(settings.bootstrapOperator().password()).isEqualTo("ett långt lösenord");
    assertThat(settings.bootstrapAdmin().email()).isEmpty();
  }
}

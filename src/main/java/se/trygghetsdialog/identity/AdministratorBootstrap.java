package se.trygghetsdialog.identity;

import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Gives a fresh install without demo data its first administrator, from {@code APP_ADMIN_EMAIL} and
 * {@code APP_ADMIN_PASSWORD}. Does nothing once the default municipality has an administrator, so
 * the variables can stay set (or be removed) after the first start.
 */
@Component
@Order(10)
class AdministratorBootstrap implements ApplicationRunner {

  static final int MIN_PASSWORD_LENGTH = 12;

  private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final StaffAccounts accounts;
  private final Municipalities municipalities;
  private final String email;
  private final String password;

  AdministratorBootstrap(
      StaffAccounts accounts,
      Municipalities municipalities,
      @Value("${app.bootstrap-admin.email:}") String email,
      @Value("${app.bootstrap-admin.password:}") String password) {
    this.accounts = accounts;
    this.municipalities = municipalities;
    this.email = email;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (email.isBlank()) {
      return;
    }
    Optional<Tenant> tenant = municipalities.defaultMunicipality();
    tenant.ifPresent(t -> ensureAdministrator(t.id(), email, password));
  }

  /**
   * Creates the administrator if the municipality has none.
   *
   * @return whether an account was created
   */
  boolean ensureAdministrator(MunicipalityId municipality, String email, String password) {
    if (!accounts.withRole(municipality, Role.ADMINISTRATOR).isEmpty()) {
      return false;
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      log.error(
          "APP_ADMIN_PASSWORD must have at least {} characters; no administrator was created",
          MIN_PASSWORD_LENGTH);
      return false;
    }
    accounts.createWithPassword(
        municipality,
        email.strip(),
        "Administratör",
        EnumSet.of(Role.ADMINISTRATOR),
        null,
        password);
    log.info("Created the first administrator {}", email.strip());
    return true;
  }
}

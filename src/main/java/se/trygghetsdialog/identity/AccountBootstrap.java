package se.trygghetsdialog.identity;

import java.util.EnumSet;
import java.util.function.BooleanSupplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Creates the accounts an install needs before anyone can invite: the first administrator of the
 * default municipality (from {@code APP_ADMIN_EMAIL} and {@code APP_ADMIN_PASSWORD}, when the
 * municipality has none) and the platform operator (from {@code APP_OPERATOR_EMAIL} and {@code
 * APP_OPERATOR_PASSWORD}, when no operator has that address). Both go the same way: nothing without
 * an address, nothing with a short password, so the variables can stay set after the first start.
 */
@Component
@Order(10)
@EnableConfigurationProperties(AccountBootstrap.Settings.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountBootstrap implements ApplicationRunner {

  static final int MIN_PASSWORD_LENGTH = 12;

  private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

  /** An address and password from the environment; either may be missing (then blank). */
  record Credentials(@Nullable String email, @Nullable String password) {
    Credentials {
      email = email == null ? "" : email;
      password = password == null ? "" : password;
    }
  }

  /** {@code app.bootstrap-admin} and {@code app.bootstrap-operator}. */
  @ConfigurationProperties("app")
  record Settings(@Nullable Credentials bootstrapAdmin, @Nullable Credentials bootstrapOperator) {
    Settings {
      bootstrapAdmin = bootstrapAdmin == null ? new Credentials("", "") : bootstrapAdmin;
      bootstrapOperator = bootstrapOperator == null ? new Credentials("", "") : bootstrapOperator;
    }
  }

  private final StaffAccounts accounts;
  private final Municipalities municipalities;
  private final PlatformOperators operators;
  private final Settings settings;

  @Override
  public void run(ApplicationArguments args) {
    Credentials admin = settings.bootstrapAdmin();
    if (!admin.email().isBlank()) {
      municipalities
          .defaultMunicipality()
          .ifPresent(t -> ensureAdministrator(t.id(), admin.email(), admin.password()));
    }
    Credentials operator = settings.bootstrapOperator();
    if (!operator.email().isBlank()) {
      create(
          "APP_OPERATOR_PASSWORD",
          "platform operator",
          operator.email(),
          operator.password(),
          () ->
              operators.createWithPassword(
                  operator.email(), "Plattformsoperatör", operator.password()));
    }
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
    return create(
        "APP_ADMIN_PASSWORD",
        "first administrator",
        email,
        password,
        () -> {
          accounts.createWithPassword(
              municipality,
              email.strip(),
              "Administratör",
              EnumSet.of(Role.ADMINISTRATOR),
              null,
              password);
          return true;
        });
  }

  /** Runs the creation if the password is long enough, and logs what happened. */
  private static boolean create(
      String variable, String what, String email, String password, BooleanSupplier creation) {
    if (password.length() < MIN_PASSWORD_LENGTH) {
      log.error(
          "{} must have at least {} characters; no {} was created",
          variable,
          MIN_PASSWORD_LENGTH,
          what);
      return false;
    }
    if (!creation.getAsBoolean()) {
      return false;
    }
    log.info("Created the {} {}", what, email.strip());
    return true;
  }
}

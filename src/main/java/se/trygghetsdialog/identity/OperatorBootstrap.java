package se.trygghetsdialog.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the install its platform operator from {@code APP_OPERATOR_EMAIL} and {@code
 * APP_OPERATOR_PASSWORD}, as {@link AdministratorBootstrap} gives a municipality its first
 * administrator. Does nothing once an operator has that address, so the variables can stay set.
 */
@Component
@Order(11)
class OperatorBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

  private final PlatformOperators operators;
  private final String email;
  private final String password;

  OperatorBootstrap(
      PlatformOperators operators,
      @Value("${app.bootstrap-operator.email:}") String email,
      @Value("${app.bootstrap-operator.password:}") String password) {
    this.operators = operators;
    this.email = email;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (email.isBlank()) {
      return;
    }
    if (password.length() < AdministratorBootstrap.MIN_PASSWORD_LENGTH) {
      log.error(
          "APP_OPERATOR_PASSWORD must have at least {} characters; no operator was created",
          AdministratorBootstrap.MIN_PASSWORD_LENGTH);
      return;
    }
    if (operators.createWithPassword(email, "Plattformsoperatör", password)) {
      log.info("Created the platform operator {}", email.strip());
    }
  }
}

package se.trygghetsdialog.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.tenancy.BasicSetupStep;
import se.trygghetsdialog.tenancy.SetupStep;
import se.trygghetsdialog.tenancy.SetupStep.Status;

/** The setup checklist item of identity: staff invited besides the first administrator. */
@Configuration(proxyBeanMethods = false)
class IdentitySetupSteps {

  @Bean
  SetupStep staffStep(StaffAccounts accounts) {
    return new BasicSetupStep(
        90,
        "identity.setup.staff",
        "identity.setup.staff.hint",
        "/personal/admin/anvandare/bjud-in",
        m -> accounts.count(m) > 1 ? Status.DONE : Status.TO_DO);
  }
}

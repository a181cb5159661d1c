package se.trygghetsdialog.field;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.tenancy.BasicSetupStep;
import se.trygghetsdialog.tenancy.SetupStep;
import se.trygghetsdialog.tenancy.SetupStep.Status;

/** The setup checklist item of field: the EST checklist items and the weekly report's title. */
@Configuration(proxyBeanMethods = false)
class FieldSetupSteps {

  @Bean
  SetupStep estSettingsStep() {
    return new BasicSetupStep(
        80,
        "field.est.settings.setup",
        "field.est.settings.setup.hint",
        "/personal/admin/est",
        m -> Status.OPTIONAL);
  }
}

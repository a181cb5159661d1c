package se.trygghetsdialog.tenancy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.tenancy.SetupStep.Status;

/** The setup checklist items tenancy owns: the profile, the participation ladder, the features. */
@Configuration(proxyBeanMethods = false)
class TenancySetupSteps {

  static final String PROFILE_PATH = "/personal/admin/kommun";
  static final String LADDER_PATH = "/personal/admin/delaktighetstrappa";
  static final String FEATURES_PATH = "/personal/admin/funktioner";

  @Bean
  SetupStep profileStep(MunicipalityProfiles profiles) {
    return new BasicSetupStep(
        10,
        "tenancy.setup.profile",
        "tenancy.setup.profile.hint",
        PROFILE_PATH,
        m -> profiles.of(m).hasContact() ? Status.DONE : Status.TO_DO);
  }

  @Bean
  SetupStep ladderStep() {
    return new BasicSetupStep(
        60, "tenancy.setup.ladder", "tenancy.setup.ladder.hint", LADDER_PATH, m -> Status.OPTIONAL);
  }

  @Bean
  SetupStep featuresStep() {
    return new BasicSetupStep(
        70,
        "tenancy.setup.features",
        "tenancy.setup.features.hint",
        FEATURES_PATH,
        m -> Status.OPTIONAL);
  }
}

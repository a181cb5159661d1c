package se.trygghetsdialog.tenancy.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.SetupStep;

/**
 * The setup checklist's items for organisations and areas: a political body is needed before a
 * dialogue can be created, another organisation before reports can be routed; areas are useful.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationSetupSteps {

  private record Step(
      int order,
      String nameKey,
      String hintKey,
      String path,
      java.util.function.Function<MunicipalityId, Status> check)
      implements SetupStep {
    @Override
    public Status status(MunicipalityId municipality) {
      return check.apply(municipality);
    }
  }

  @Bean
  SetupStep politicalBodiesStep(Organisations organisations) {
    return new Step(
        20,
        "org.setup.political",
        "org.setup.political.hint",
        "/personal/admin/organisationer",
        m ->
            organisations.decidingBodies(m).isEmpty()
                ? SetupStep.Status.TO_DO
                : SetupStep.Status.DONE);
  }

  @Bean
  SetupStep organisationsStep(Organisations organisations) {
    return new Step(
        30,
        "org.setup.organisations",
        "org.setup.organisations.hint",
        "/personal/admin/organisationer",
        m ->
            organisations.all(m).stream().anyMatch(o -> !o.kind().political())
                ? SetupStep.Status.DONE
                : SetupStep.Status.TO_DO);
  }

  @Bean
  SetupStep areasStep(Areas areas) {
    return new Step(
        40,
        "area.setup",
        "area.setup.hint",
        "/personal/admin/omraden",
        m -> areas.all(m).isEmpty() ? SetupStep.Status.OPTIONAL : SetupStep.Status.DONE);
  }
}

package se.trygghetsdialog.tenancy.web;

import java.util.function.Function;
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
      Function<MunicipalityId, Status> check)
      implements SetupStep {
    @Override
    public Status status(MunicipalityId municipality) {
      return check.apply(municipality);
    }
  }

  private static final String ORGANISATIONS = "/personal/admin/organisationer";

  /** A step named by {@code key}, with its hint under {@code key.hint}. */
  private static SetupStep step(
      int order, String key, String path, Function<MunicipalityId, SetupStep.Status> check) {
    return new Step(order, key, key + ".hint", path, check);
  }

  private static SetupStep.Status doneWhen(boolean done, SetupStep.Status otherwise) {
    return done ? SetupStep.Status.DONE : otherwise;
  }

  @Bean
  SetupStep politicalBodiesStep(Organisations organisations) {
    return step(
        20,
        "org.setup.political",
        ORGANISATIONS,
        m -> doneWhen(!organisations.decidingBodies(m).isEmpty(), SetupStep.Status.TO_DO));
  }

  @Bean
  SetupStep organisationsStep(Organisations organisations) {
    return step(
        30,
        "org.setup.organisations",
        ORGANISATIONS,
        m ->
            doneWhen(
                organisations.all(m).stream().anyMatch(o -> !o.kind().political()),
                SetupStep.Status.TO_DO));
  }

  @Bean
  SetupStep areasStep(Areas areas) {
    return step(
        40,
        "area.setup",
        "/personal/admin/omraden",
        m -> doneWhen(!areas.all(m).isEmpty(), SetupStep.Status.OPTIONAL));
  }
}

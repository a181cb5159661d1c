package se.trygghetsdialog.geo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.tenancy.BasicSetupStep;
import se.trygghetsdialog.tenancy.SetupStep;
import se.trygghetsdialog.tenancy.SetupStep.Status;

/** The setup checklist items of the map: its bounds and tile server, and the place categories. */
@Configuration(proxyBeanMethods = false)
class GeoSetupSteps {

  /** Set once the bounds are the municipality's own rather than the whole of Sweden. */
  @Bean
  SetupStep mapStep(PlaceSettings settings) {
    return new BasicSetupStep(
        20,
        "place.setup.map",
        "place.setup.map.hint",
        "/personal/admin/karta",
        m -> settings.of(m).equals(PlaceSettings.SWEDEN) ? Status.TO_DO : Status.DONE);
  }

  /** A standard list is there from the start; a municipality may adjust it. */
  @Bean
  SetupStep categoriesStep() {
    return new BasicSetupStep(
        30,
        "place.setup.categories",
        "place.setup.categories.hint",
        "/personal/admin/kategorier",
        m -> Status.OPTIONAL);
  }
}

package se.trygghetsdialog.tenancy;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh install has its default municipality before the first request, from {@code
 * app.tenancy.default-municipality.*}.
 */
@Component
class TenancyBootstrap implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(TenancyBootstrap.class);

  private final Municipalities municipalities;
  private final TenancyRepository repository;
  private final String code;
  private final String name;

  TenancyBootstrap(
      Municipalities municipalities,
      TenancyRepository repository,
      @Value("${app.demo.enabled:true}") boolean demo,
      @Value("${app.tenancy.default-municipality.code:}") String code,
      @Value("${app.tenancy.default-municipality.name:}") String name,
      @Value("${app.tenancy.default-municipality.demo-code:1484}") String demoCode,
      @Value("${app.tenancy.default-municipality.demo-name:Lysekils kommun}") String demoName) {
    this.municipalities = municipalities;
    this.repository = repository;
    String[] chosen = choose(demo, code, name, demoCode, demoName);
    this.code = chosen[0];
    this.name = chosen[1];
  }

  /**
   * The default municipality's code and name: as set; with demo data on and nothing set, the demo
   * municipality; without demo data the code is required and a missing name is {@code Kommun
   * <code>} until the administrator sets it.
   *
   * @throws IllegalStateException when demo data is off and no code is set
   */
  static String[] choose(boolean demo, String code, String name, String demoCode, String demoName) {
    if (code.isBlank() && !demo) {
      throw new IllegalStateException(
          "APP_MUNICIPALITY_CODE (the municipality's four-digit kommunkod) must be set when"
              + " APP_DEMO=false");
    }
    String chosenCode = code.isBlank() ? demoCode : code.strip();
    String chosenName = !name.isBlank() ? name.strip() : demo ? demoName : "Kommun " + chosenCode;
    return new String[] {chosenCode, chosenName};
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (repository.byDefault().isEmpty() && repository.byCode(code).isEmpty()) {
      municipalities.register(code, name, List.of(), true);
      log.info("Registered the default municipality {} ({})", name, code);
    }
  }
}

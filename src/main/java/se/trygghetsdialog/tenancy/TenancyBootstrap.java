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
      @Value("${app.tenancy.default-municipality.code}") String code,
      @Value("${app.tenancy.default-municipality.name}") String name) {
    this.municipalities = municipalities;
    this.repository = repository;
    this.code = code;
    this.name = name;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (repository.byDefault().isEmpty() && repository.byCode(code).isEmpty()) {
      municipalities.register(code, name, List.of(), true);
      log.info("Registered the default municipality {} ({})", name, code);
    }
  }
}

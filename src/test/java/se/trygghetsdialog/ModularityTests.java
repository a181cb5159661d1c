package se.trygghetsdialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith verifies the module boundaries on every build, and writes the module map that is
 * committed under {@code docs/modules/}.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(TrygghetsdialogApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void everyFeatureModuleExists() {
    assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
        .contains(
            "shared",
            "tenancy",
            "identity",
            "dialogue",
            "site",
            "demo",
            "geo",
            "lagesbild",
            "actionplan");
  }

  /**
   * Writes the module map. The committed copy in {@code docs/modules} is refreshed with {@code
   * ./mvnw test -Dtest=ModularityTests -Dmodules.docs=docs/modules}; ordinary runs write to {@code
   * target/} so that builds do not rewrite tracked files.
   */
  @Test
  void writesTheModuleMap() throws IOException {
    Path output = Path.of(System.getProperty("modules.docs", "target/modules-docs"));
    Files.createDirectories(output);
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
        .writeModulesAsPlantUml()
        .writeModuleCanvases();
    assertThat(output.resolve("components.puml")).exists();
  }
}

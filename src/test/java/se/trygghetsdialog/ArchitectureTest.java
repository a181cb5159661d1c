package se.trygghetsdialog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/** The house rules of {@code docs/architecture.md} that a machine can check. */
@AnalyzeClasses(
    packages = "se.trygghetsdialog",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule controllersLiveInWebPackagesAndAreNotPublic =
      classes()
          .that()
          .areAnnotatedWith(Controller.class)
          .should()
          .resideInAPackage("..web..")
          .andShould()
          .notBePublic();

  @ArchTest
  static final ArchRule repositoriesArePackagePrivate =
      classes().that().areAnnotatedWith(Repository.class).should().notBePublic();

  @ArchTest
  static final ArchRule webLayerDoesNotTouchTheDatabase =
      noClasses()
          .that()
          .resideInAPackage("..web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

  @ArchTest
  static final ArchRule domainDoesNotDependOnTheWebLayer =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "..web..", "se.trygghetsdialog.shared..", "se.trygghetsdialog.identity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..");

  @ArchTest
  static final ArchRule clusteringEngineIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("se.trygghetsdialog.opinion.clustering..")
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule noFieldInjection =
      com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

  @ArchTest
  static final ArchRule noStandardStreamsOutsideCommandLineTools =
      noClasses()
          .that()
          .resideOutsideOfPackage("..cli..")
          .should(com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}

package se.trygghetsdialog.shared.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** No scheduled job runs on every node: each takes a lock of its own name (docs/operations.md). */
class EveryScheduledJobIsLockedTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("se.trygghetsdialog");

  @Test
  void everyScheduledMethodTakesASchedulerLock() {
    methods()
        .that()
        .areAnnotatedWith(Scheduled.class)
        .should()
        .beAnnotatedWith(SchedulerLock.class)
        .because("a job must run once per schedule across nodes")
        .check(CLASSES);
  }

  @Test
  void noTwoJobsShareALockName() {
    List<String> names =
        CLASSES.stream()
            .flatMap(c -> c.getMethods().stream())
            .filter(m -> m.isAnnotatedWith(SchedulerLock.class))
            .map(EveryScheduledJobIsLockedTest::lockName)
            .toList();
    assertThat(names).isNotEmpty().doesNotHaveDuplicates();
  }

  private static String lockName(JavaMethod method) {
    return method.getAnnotationOfType(SchedulerLock.class).name();
  }
}

package se.trygghetsdialog.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresShutdownTest {

  @TempDir Path temp;

  private Path dataDir() {
    return temp.resolve("pg");
  }

  @AfterEach
  void stopLeftovers() throws Exception {
    LeftoverServers.stop(dataDir());
  }

  @Test
  void onSigtermTheDatabaseStopsOnlyAfterTheBeansThatStillUseIt() throws Exception {
    ChildJvm application =
        ChildJvm.start(StoppedApplication.class, temp.resolve("child.log"), dataDir().toString());
    application.awaitOutput("READY");

    application.process().destroy();

    assertThat(application.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(application.output()).contains("QUERY AT SHUTDOWN: OK");
    assertThat(LeftoverServers.runningOn(dataDir())).isEmpty();
  }
}

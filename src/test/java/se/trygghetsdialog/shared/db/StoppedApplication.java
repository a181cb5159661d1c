package se.trygghetsdialog.shared.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Run in a child JVM: an application context with the embedded database on the data directory given
 * as argument and a bean that still uses the database while the context closes (as the event
 * publication registry does). Prints READY, then waits for SIGTERM.
 */
public final class StoppedApplication {

  private StoppedApplication() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("app.db.embedded.data-dir", args[0]);
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.register(EmbeddedPostgresConfig.class, LateDatabaseUser.class);
    context.refresh();
    context.registerShutdownHook();
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  /** Queries the database when it is destroyed, after other shutdown work. */
  static class LateDatabaseUser implements DisposableBean {

    private final DataSource dataSource;

    LateDatabaseUser(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    public void destroy() throws Exception {
      Thread.sleep(1500);
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT 1")) {
        rows.next();
        System.out.println("QUERY AT SHUTDOWN: OK");
      } catch (Exception e) {
        System.out.println("QUERY AT SHUTDOWN: FAILED " + e);
      }
      System.out.flush();
    }
  }
}

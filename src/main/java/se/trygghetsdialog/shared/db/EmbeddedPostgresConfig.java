package se.trygghetsdialog.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so
 * that {@code ./mvnw spring-boot:run} needs nothing installed. Data is kept under {@code
 * app.db.embedded.data-dir} (default {@code ./data/pg}) so a restart keeps everything; an empty
 * value gives a fresh throw-away database (tests).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfig.NoDatasourceUrl.class)
class EmbeddedPostgresConfig {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

  @Bean
  EmbeddedDatabase embeddedDatabase(
      @Value("${app.db.embedded.data-dir:}") String dataDir,
      @Value("${app.db.embedded.port:0}") int port) {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "50");
      if (port > 0) {
        builder.setPort(port);
      }
      if (StringUtils.hasText(dataDir)) {
        File dir = new File(dataDir).getAbsoluteFile();
        Files.createDirectories(dir.toPath());
        builder.setDataDirectory(dir).setCleanDataDirectory(false);
        log.info("Embedded PostgreSQL keeps its data in {}", dir);
      }
      return new EmbeddedDatabase(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  @Bean
  DataSource dataSource(EmbeddedDatabase database) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.postgres().getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(10);
    config.setPoolName("embedded");
    return new HikariDataSource(config);
  }

  /** Holds the server so that it stops with the application context. */
  record EmbeddedDatabase(EmbeddedPostgres postgres) implements DisposableBean {
    @Override
    public void destroy() throws IOException {
      postgres.close();
    }
  }

  static class NoDatasourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}

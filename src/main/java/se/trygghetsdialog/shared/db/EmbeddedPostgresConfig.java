package se.trygghetsdialog.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * value gives a fresh throw-away database (tests). See {@link EmbeddedPostgresServer}.
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
      if (StringUtils.hasText(dataDir)) {
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        log.info("Embedded PostgreSQL keeps its data in {}", dir);
        return new EmbeddedDatabase(EmbeddedPostgresServer.start(dir, port));
      }
      return new EmbeddedDatabase(EmbeddedPostgresServer.start(null, port));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  /**
   * The pool depends on the server bean, so the context closes the pool (after every bean that uses
   * it) before it stops the server.
   */
  @Bean
  DataSource dataSource(EmbeddedDatabase database) {
    EmbeddedPostgresServer server = database.server();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.jdbcUrl());
    config.setUsername(EmbeddedPostgresServer.USER);
    config.setPassword(server.password());
    config.setMaximumPoolSize(10);
    config.setPoolName("embedded");
    return new HikariDataSource(config);
  }

  /** Holds the server so that it stops with the application context. */
  record EmbeddedDatabase(EmbeddedPostgresServer server) implements DisposableBean {
    @Override
    public void destroy() throws IOException {
      server.close();
    }
  }

  static class NoDatasourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}

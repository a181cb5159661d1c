package se.trygghetsdialog.shared.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code @Scheduled} job also carries ShedLock's {@code @SchedulerLock} with a name of its
 * own, so that it runs once per schedule however many application nodes share the database: the
 * node that first takes the job's row in the table {@code shedlock} runs it, the others skip that
 * run. Times are the database's, so the nodes' clocks need not agree. A node that dies holding a
 * lock holds it at most for the job's {@code lockAtMostFor}. The jobs and their locks are listed in
 * docs/operations.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class SchedulerLockConfig {

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return locksIn(dataSource, null);
  }

  /**
   * ShedLock's JDBC provider on the table {@code shedlock}, with database time; {@code lockedBy}
   * names the node in the table (null: the host name).
   */
  static LockProvider locksIn(DataSource dataSource, @Nullable String lockedBy) {
    var configuration =
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTableName("shedlock")
            .usingDbTime();
    if (lockedBy != null) {
      configuration.withLockedByValue(lockedBy);
    }
    return new JdbcTemplateLockProvider(configuration.build());
  }
}

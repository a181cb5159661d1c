package se.trygghetsdialog.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.shared.web.PublicPageCache;
import se.trygghetsdialog.support.IntegrationTest;

/**
 * The read replica without a real one: the replica setting points at the test's own database with a
 * user that may only read, so what reaches it and what falls back to the primary can be seen.
 */
@IntegrationTest
@Import(ReadReplicaTest.PrimarySwitch.class)
class ReadReplicaTest {

  /**
   * The primary as a switch: while it is down, taking a connection fails at once, and the threads
   * that asked are noted.
   */
  static final class SwitchablePrimary extends DelegatingDataSource implements AutoCloseable {

    volatile boolean down;
    final java.util.Set<Thread> askedWhileDown = java.util.concurrent.ConcurrentHashMap.newKeySet();

    SwitchablePrimary(DataSource primary) {
      super(primary);
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (down) {
        askedWhileDown.add(Thread.currentThread());
        throw new SQLException("the primary is down (test)");
      }
      return super.getConnection();
    }

    @Override
    public void close() throws Exception {
      if (getTargetDataSource() instanceof AutoCloseable target) {
        target.close();
      }
    }
  }

  /** Puts the switch between the primary's pool and the replica routing. */
  @TestConfiguration(proxyBeanMethods = false)
  static class PrimarySwitch {
    @Bean
    static BeanPostProcessor switchablePrimary() {
      return new SwitchablePrimaryWrapper();
    }
  }

  static final class SwitchablePrimaryWrapper implements BeanPostProcessor, PriorityOrdered {
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
      // Before the replica's wrapper, which works after initialisation.
      return "dataSource".equals(beanName) && bean instanceof DataSource primary
          ? new SwitchablePrimary(primary)
          : bean;
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  static final String READER = "replica_reader";
  static final String PASSWORD = "replica-" + UUID.randomUUID();

  @DynamicPropertySource
  static void replica(DynamicPropertyRegistry registry) throws IOException {
    String server = System.getenv("SPRING_DATASOURCE_URL");
    if (server == null || server.isBlank()) {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      registry.add("app.db.embedded.port", () -> port);
      server = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }
    String url = server;
    registry.add("app.datasource.replica.url", () -> url);
    registry.add("app.datasource.replica.username", () -> READER);
    registry.add("app.datasource.replica.password", () -> PASSWORD);
  }

  @Autowired DataSource dataSource;
  @Autowired ReplicaDataSourceConfig.ReplicaMetrics replica;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MeterRegistry meters;
  @Autowired MockMvc mvc;
  @Autowired PublicPageCache cache;

  JdbcClient jdbc;
  ReplicaRouting routing;

  @BeforeEach
  void aReplicaUserThatMayOnlyRead() {
    jdbc = JdbcClient.create(dataSource);
    routing = replica.routing();
    jdbc.sql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
                + READER
                + "') THEN CREATE ROLE "
                + READER
                + "; END IF; END $$")
        .update();
    jdbc.sql("ALTER ROLE " + READER + " LOGIN PASSWORD '" + PASSWORD + "'").update();
    jdbc.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER).update();
    // The pool may still wait out a failed attempt from before the user existed.
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    do {
      routing.check();
    } while (!routing.usable() && System.nanoTime() < until);
    assertThat(routing.usable()).isTrue();
    // Public page data kept by an earlier test would be served without reading any database.
    cache.evictAll();
  }

  @AfterEach
  void replicaBackUp() {
    jdbc.sql("ALTER ROLE " + READER + " LOGIN").update();
  }

  @Test
  void thePublicPagesAnswerFromTheReplicaWhileThePrimaryIsDown() throws Exception {
    String list = mvc.perform(get("/dialoger")).andReturn().getResponse().getContentAsString();
    Matcher link = Pattern.compile("/dialoger/([0-9a-f-]{36})").matcher(list);
    assertThat(link.find()).as("a dialogue on the public list").isTrue();
    String dialogue = link.group();
    // A host name no request used before, so that nothing about it is remembered yet.
    String host = "replica-" + UUID.randomUUID() + ".example";
    SwitchablePrimary primary =
        (SwitchablePrimary)
            dataSource.unwrap(ReplicaDataSourceConfig.RoutedDataSource.class).getTargetDataSource();
    primary.down = true;
    try {
      for (String path : List.of("/", "/dialoger", dialogue, "/trygghetskarta")) {
        mvc.perform(get(path).with(request -> serverName(request, host)))
            .andExpect(status().isOk());
      }
      assertThat(primary.askedWhileDown).doesNotContain(Thread.currentThread());
    } finally {
      primary.down = false;
    }
  }

  private static MockHttpServletRequest serverName(MockHttpServletRequest request, String host) {
    request.setServerName(host);
    return request;
  }

  @Test
  void thePublicListOfDialoguesReadsTheReplica() throws Exception {
    long before = routing.replicaConnections();
    long fallbacks = routing.fallbacks();
    mvc.perform(get("/dialoger")).andExpect(status().isOk());
    assertThat(routing.replicaConnections()).isGreaterThan(before);
    assertThat(routing.fallbacks()).isEqualTo(fallbacks);
    assertThat(meters.get("db.replica.lag").gauge().value()).isZero();
  }

  @Test
  void aWriteGoesToThePrimaryEvenWithinAReplicaRead() throws Throwable {
    long before = routing.replicaConnections();
    String action = "replica-test-" + UUID.randomUUID();
    int written =
        ReplicaRouting.replicaRead(
            () ->
                new TransactionTemplate(transactions)
                    .execute(
                        tx ->
                            jdbc.sql(
                                    "INSERT INTO rate_limit (action, client_key, hits, accepted,"
                                        + " expires_at) VALUES (?, 'k', '{}', true, now())")
                                .param(action)
                                .update()));
    assertThat(written).isEqualTo(1);
    assertThat(routing.replicaConnections()).isEqualTo(before);
  }

  @Test
  void theReplicaRefusesAWriteInAReadOnlyTransaction() {
    long before = routing.replicaConnections();
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    assertThatThrownBy(
            () ->
                ReplicaRouting.replicaRead(
                    () ->
                        readOnly.execute(
                            tx ->
                                jdbc.sql(
                                        "INSERT INTO rate_limit (action, client_key, hits,"
                                            + " accepted, expires_at)"
                                            + " VALUES ('replica-write', 'k', '{}', true, now())")
                                    .update())))
        .hasMessageContaining("read-only transaction");
    assertThat(routing.replicaConnections()).isGreaterThan(before);
  }

  @Test
  void aReplicaFurtherBehindThanMaxLagIsNotRead() throws Throwable {
    // This stand-in replica is no standby and reports no lag; a bound below zero stands for one
    // that is further behind than allowed.
    String url = dataSource.unwrap(ReplicaDataSourceConfig.RoutedDataSource.class).routing().url();
    try (ReplicaRouting behind =
        new ReplicaRouting(
            dataSource,
            new ReplicaRouting.Settings(
                url, READER, PASSWORD, java.time.Duration.ofSeconds(-1), 2))) {
      behind.check();
      assertThat(behind.lagSeconds()).isZero();
      assertThat(behind.usable()).isFalse();
      ReplicaRouting.replicaRead(
          () -> {
            try (var connection = behind.getConnection()) {
              return connection.isReadOnly();
            }
          });
      assertThat(behind.fallbacks()).isEqualTo(1);
      assertThat(behind.replicaConnections()).isZero();
    }
  }

  @Test
  void aReplicaConnectionEndedByTheServerIsReadAgainFromThePrimary() throws Throwable {
    // The connection's backend is ended while the pool holds it (as pg_terminate_backend or a
    // restart of the replica does): its next statement fails with SQL state 57P01.
    JdbcClient outside =
        JdbcClient.create(
            dataSource
                .unwrap(ReplicaDataSourceConfig.RoutedDataSource.class)
                .getTargetDataSource());
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    java.util.concurrent.atomic.AtomicInteger runs =
        new java.util.concurrent.atomic.AtomicInteger();
    long fallbacks = routing.fallbacks();
    String user =
        ReplicaRouting.replicaRead(
            () ->
                readOnly.execute(
                    tx -> {
                      if (runs.incrementAndGet() == 1) {
                        int pid = jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
                        outside
                            .sql("SELECT pg_terminate_backend(?)")
                            .param(pid)
                            .query()
                            .listOfRows();
                        awaitEnded(outside, pid);
                      }
                      return jdbc.sql("SELECT current_user").query(String.class).single();
                    }));
    assertThat(runs).hasValue(2);
    assertThat(user).isNotEqualTo(READER);
    assertThat(routing.fallbacks()).isGreaterThan(fallbacks);
  }

  private static void awaitEnded(JdbcClient outside, int pid) {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (outside
                .sql("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")
                .param(pid)
                .query(Integer.class)
                .single()
            > 0
        && System.nanoTime() < until) {
      Thread.onSpinWait();
    }
  }

  @Test
  void withTheReplicaDownThePageIsServedFromThePrimary() throws Exception {
    jdbc.sql("ALTER ROLE " + READER + " NOLOGIN").update();
    jdbc.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?")
        .param(READER)
        .query()
        .listOfRows();
    long fallbacks = routing.fallbacks();

    mvc.perform(get("/dialoger")).andExpect(status().isOk());
    assertThat(routing.fallbacks()).isGreaterThan(fallbacks);

    routing.check();
    assertThat(routing.usable()).isFalse();
    assertThat(meters.get("db.replica.lag").gauge().value()).isNaN();
    long next = routing.fallbacks();
    cache.evictAll();
    mvc.perform(get("/dialoger")).andExpect(status().isOk());
    assertThat(routing.fallbacks()).isGreaterThan(next);
  }
}

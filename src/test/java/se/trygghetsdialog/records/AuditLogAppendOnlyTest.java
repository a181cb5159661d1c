package se.trygghetsdialog.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.records.cli.AuditVerify;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The audit log is append-only: the database refuses changes and removals, and the hash chain
 * checked by the audit-verify command finds a row changed behind the guard's back.
 */
@IntegrationTest
class AuditLogAppendOnlyTest {

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired Municipalities municipalities;
  @Autowired AuditEventRepository events;

  private UUID append(MunicipalityId municipality, String subject) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO audit_event (id, municipality_id, action, subject, details)"
                + " VALUES (:id, :m, 'records.test', :subject, 'åäö ✓ 😀')")
        .param("id", id)
        .param("m", municipality.value())
        .param("subject", subject)
        .update();
    return id;
  }

  @Test
  void updateDeleteAndTruncateAreRefused() {
    MunicipalityId municipality = FreshMunicipality.register(municipalities).tenant().id();
    UUID id = append(municipality, "kept");

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE audit_event SET subject = 'changed' WHERE id = :id")
                    .param("id", id)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", id).update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(
            jdbc.sql("SELECT subject FROM audit_event WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("kept");
  }

  @Test
  void theVerifierNamesARowChangedWithTheGuardSwitchedOff() throws Exception {
    MunicipalityId municipality = FreshMunicipality.register(municipalities).tenant().id();
    append(municipality, "first");
    UUID tampered = append(municipality, "second");
    append(municipality, "third");
    try (Connection connection = dataSource.getConnection()) {
      assertThat(AuditChain.verify(connection, municipality.value())).isEmpty();
    }

    setSubject(tampered, "forged");
    try (Connection connection = dataSource.getConnection()) {
      assertThat(AuditChain.verify(connection, municipality.value()))
          .hasValueSatisfying(
              broken -> {
                assertThat(broken.entryId()).isEqualTo(tampered);
                assertThat(broken.seq()).isEqualTo(2);
              });
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          AuditVerify.run(
              connection,
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(code).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains(tampered.toString());
    } finally {
      setSubject(tampered, "second");
    }
    try (Connection connection = dataSource.getConnection()) {
      assertThat(AuditChain.verify(connection, municipality.value())).isEmpty();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(
              AuditVerify.run(
                  connection,
                  new PrintStream(out, true, StandardCharsets.UTF_8),
                  new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
          .as("every chain in the test database holds")
          .isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("intact");
    }
  }

  /** Changes a row as an intruder with the table owner's rights would: guard off, update, on. */
  private void setSubject(UUID id, String subject) {
    jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete").update();
    try {
      jdbc.sql("UPDATE audit_event SET subject = :s WHERE id = :id")
          .param("s", subject)
          .param("id", id)
          .update();
    } finally {
      jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete").update();
    }
  }

  @Test
  void entriesWrittenInParallelFormOneChain() throws Exception {
    MunicipalityId municipality = FreshMunicipality.register(municipalities).tenant().id();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      // Each insert is its own transaction, as each listener's is; all start together.
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        AuditEntry entry =
            new AuditEntry(
                UUID.randomUUID(),
                municipality,
                OffsetDateTime.now(),
                null,
                "records.test",
                "parallel-" + i,
                "");
        writes.add(
            pool.submit(
                () -> {
                  start.await();
                  events.insert(entry);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            jdbc.sql("SELECT seq FROM audit_event WHERE municipality_id = :m ORDER BY seq")
                .param("m", municipality.value())
                .query(Long.class)
                .list())
        .hasSize(80)
        .doesNotHaveDuplicates()
        .startsWith(1L)
        .endsWith(80L);
    try (Connection connection = dataSource.getConnection()) {
      assertThat(AuditChain.verify(connection, municipality.value())).isEmpty();
    }
  }
}

package se.trygghetsdialog.records.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Test helper: waits for the registration entry of a submission, and publishes a submission's event
 * again to show that it is still registered once.
 */
public final class RegistrationProbe {

  private final ApplicationContext context;

  public RegistrationProbe(ApplicationContext context) {
    this.context = context;
  }

  /** The entry once the records module has written it (the listener runs after commit). */
  public RegistrationEntry awaitEntry(MunicipalityId municipality, RecordKind kind, UUID id) {
    Registry registry = context.getBean(Registry.class);
    return await("registration of " + kind + " " + id)
        .atMost(Duration.ofSeconds(20))
        .until(() -> registry.find(municipality, kind, id.toString()), Optional::isPresent)
        .orElseThrow();
  }

  /**
   * Publishes {@code again} (the submission's own event, as the event publication registry would
   * after a crash) and then an event for the same submission naming an owner, waits until that one
   * has been handled, and asserts that the submission still has exactly its first entry.
   */
  public void assertRegisteredOnceWhenRepublished(RegistrationEntry first, Registrable again) {
    TransactionTemplate tx =
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    UUID owner = UUID.randomUUID();
    tx.executeWithoutResult(status -> context.publishEvent(again));
    tx.executeWithoutResult(
        status ->
            context.publishEvent(
                new Again(first.municipalityId(), first.kind(), first.recordId(), owner)));
    Registry registry = context.getBean(Registry.class);
    await("second event handled")
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> registry.find(first.municipalityId(), first.kind(), first.recordId()),
            e -> e.isPresent() && e.get().organisationId() != null);
    RegistrationEntry now =
        registry.find(first.municipalityId(), first.kind(), first.recordId()).orElseThrow();
    assertThat(now.id()).isEqualTo(first.id());
    assertThat(now.registeredAt()).isEqualTo(first.registeredAt());
    assertThat(now.title()).isEqualTo(first.title());
    if (first.organisationId() != null) {
      assertThat(now.organisationId()).isEqualTo(first.organisationId());
    }
    assertThat(
            context
                .getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM registration WHERE kind = :k AND record_id = :id")
                .param("k", first.kind().name())
                .param("id", first.recordId())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  /** The same submission announced once more, now with an owner. */
  record Again(MunicipalityId municipalityId, RecordKind recordKind, String recordId, UUID owner)
      implements Registrable {

    @Override
    public String registrationTitle() {
      return "again";
    }

    @Override
    public OffsetDateTime submittedAt() {
      return OffsetDateTime.now();
    }

    @Override
    public @Nullable UUID owningOrganisationId() {
      return owner;
    }
  }
}

package se.trygghetsdialog.records.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.StaffSessions;

/**
 * Disposal in tests: a kind is kept 600 months by a decision, so only items dated in the early
 * 1970s (as {@link #longAgo} gives) expire, never other tests' data. {@link #disposesOnce} runs the
 * dry run, the run and a second run and checks what each did with one item.
 */
public final class Gallring {

  public static final String DECISION = "KS 1975/2 § 2";

  private Gallring() {}

  /** Keeps items of the kind 600 months in the municipality. */
  public static void keepFiftyYears(JdbcClient jdbc, MunicipalityId municipality, RecordKind kind) {
    jdbc.sql(
            """
            INSERT INTO retention_class (municipality_id, kind, months, decision_reference,
              changed_at) VALUES (:m, :kind, 600, :d, now())
            ON CONFLICT (municipality_id, kind) DO UPDATE SET months = 600, decision_reference = :d
            """)
        .param("m", municipality.value())
        .param("kind", kind.name())
        .param("d", DECISION)
        .update();
  }

  /** Noon of a random day from 1970 to 1974. */
  public static OffsetDateTime longAgo() {
    return LocalDate.of(1970, 1, 1)
        .plusDays(ThreadLocalRandom.current().nextInt(1800))
        .atTime(LocalTime.NOON)
        .atOffset(ZoneOffset.ofHours(1));
  }

  /**
   * A dry run lists the item and changes nothing ({@code stillHeld} stays true), a run disposes of
   * it once ({@code stillHeld} turns false), a second run does not list it again.
   */
  public static void disposesOnce(
      Disposals disposals,
      MunicipalityId municipality,
      RecordKind kind,
      UUID item,
      java.util.function.BooleanSupplier stillHeld) {
    assertThat(stillHeld.getAsBoolean()).as("held before").isTrue();
    Disposals.Outcome dry = disposals.dryRun(municipality, OffsetDateTime.now(), null);
    assertThat(ids(dry, kind)).contains(item);
    assertThat(stillHeld.getAsBoolean()).as("held after the dry run").isTrue();
    assertThat(disposals.timesDisposed(kind, item)).isZero();

    Disposals.Outcome run = disposals.run(municipality, OffsetDateTime.now(), null);
    assertThat(ids(run, kind)).contains(item);
    assertThat(stillHeld.getAsBoolean()).as("held after the run").isFalse();
    assertThat(disposals.timesDisposed(kind, item)).isOne();
    assertThat(disposals.disposedBy(municipality, run.runId()))
        .filteredOn(d -> d.id().equals(item))
        .singleElement()
        .satisfies(d -> assertThat(d.decisionReference()).isEqualTo(DECISION));

    Disposals.Outcome again = disposals.run(municipality, OffsetDateTime.now(), null);
    assertThat(ids(again, kind)).doesNotContain(item);
    assertThat(ids(disposals.dryRun(municipality, OffsetDateTime.now(), null), kind))
        .doesNotContain(item);
    assertThat(disposals.timesDisposed(kind, item)).isOne();
  }

  /** The page at {@code path} as {@code staff} sees it, which must answer 200. */
  public static String staffPage(WebApplicationContext context, StaffPrincipal staff, String path)
      throws Exception {
    return StaffSessions.mockMvc(context)
        .perform(get(path).with(user(staff)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  static List<UUID> ids(Disposals.Outcome outcome, RecordKind kind) {
    return outcome.items().stream().filter(i -> i.kind() == kind).map(DisposedItem::id).toList();
  }
}

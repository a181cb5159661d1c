package se.trygghetsdialog.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.Disposals;
import se.trygghetsdialog.records.retention.Gallring;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/** A resident's statement loses its text after its retention; its votes and figures stay. */
@IntegrationTest
class StatementDisposalIntegrationTest {

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired ChooseVotingSteps chooseSteps;
  @Autowired SeedStatement seed;
  @Autowired CastVote castVote;
  @Autowired Disposals disposals;

  String text(StatementId id) {
    return jdbc.sql(
            """
            SELECT text || rejection_reason || coalesce(author_participant_id::text, '')
            FROM opinion_statement WHERE statement_id = :id
            """)
        .param("id", id.value())
        .query(String.class)
        .single();
  }

  String tallies(Dialogue dialogue) {
    return jdbc.sql(
            """
            SELECT string_agg(n, ',' ORDER BY n) FROM
              (SELECT s.number || ':' || v.vote || ':' || count(*) AS n
               FROM opinion_vote v JOIN opinion_statement s ON s.statement_id = v.statement_id
               WHERE s.dialogue_id = :d GROUP BY s.number, v.vote) t
            """)
        .param("d", dialogue.id().value())
        .query(String.class)
        .single();
  }

  @Test
  void aResidentsStatementPastItsRetentionLosesItsTextOnceAndKeepsItsVotes() throws Exception {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    Gallring.keepFiftyYears(jdbc, municipality, RecordKind.STATEMENT);
    Dialogue dialogue =
        OpinionMother.openDialogue(
            municipality, organisations, createDialogue, dialogues, chooseSteps, "Gallring");
    List<StatementId> statements = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statements.add(seed.seed(municipality, dialogue.id(), "Påstående att gallra " + i));
    }
    StatementId resident = statements.get(0);
    StatementId seeded = statements.get(1);
    var longAgo = Gallring.longAgo();
    jdbc.sql(
            """
            UPDATE opinion_statement SET origin = 'PARTICIPANT', text = 'Hemligsson har rätt',
              rejection_reason = 'Namn', created_at = :at,
              author_participant_id = (SELECT participant_id FROM opinion_participant LIMIT 1)
            WHERE statement_id = :id
            """)
        .param("at", longAgo)
        .param("id", resident.value())
        .update();
    jdbc.sql("UPDATE opinion_statement SET created_at = :at WHERE statement_id = :id")
        .param("at", longAgo)
        .param("id", seeded.value())
        .update();
    OpinionMother.plantedVotes(municipality, dialogue, castVote, statements, 3);
    String tallies = tallies(dialogue);

    Gallring.disposesOnce(
        disposals,
        municipality,
        RecordKind.STATEMENT,
        resident.value(),
        () -> text(resident).contains("Hemligsson"));

    assertThat(text(resident)).isEmpty();
    assertThat(text(seeded)).contains("Påstående att gallra 1");
    assertThat(tallies(dialogue)).isEqualTo(tallies);

    var admin =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Gallra Admin", Role.ADMINISTRATOR));
    String page =
        Gallring.staffPage(
            context, admin, "/personal/dialoger/" + dialogue.id() + "/pastaenden?lang=sv");
    assertThat(page)
        .contains("Påståendet är gallrat")
        .contains("Påstående att gallra 1")
        .doesNotContain("Hemligsson");
  }
}

package se.trygghetsdialog.perspective;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.opinion.ChooseVotingSteps;
import se.trygghetsdialog.opinion.OpinionMother;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.Disposals;
import se.trygghetsdialog.records.retention.Gallring;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * A logged contact keeps its counts and perspectives after its retention, without the unmasked
 * texts.
 */
@IntegrationTest
class ContactDisposalIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Disposals disposals;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired ChooseVotingSteps chooseSteps;

  MunicipalityId municipality;
  UUID dialogue;
  UUID staff;

  UUID contact(OffsetDateTime loggedAt, String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO perspective_contact (contact_id, municipality_id, dialogue_id, channel,
              contact_date, people, age_from_18_to_29, gender_woman, logged_by, logged_at,
              creation_token)
            VALUES (:id, :m, :d, 'INTERVIEW', cast(:at AS date), 3, 2, 1, :s, :at, :t)
            """)
        .param("id", id)
        .param("m", municipality.value())
        .param("d", dialogue)
        .param("s", staff)
        .param("at", loggedAt)
        .param("t", UUID.randomUUID())
        .update();
    for (String[] texts :
        new String[][] {
          {"Jag heter " + name + " och är rädd", "Jag heter [namn] och är rädd", "true"},
          {"Belysningen är dålig", "Belysningen är dålig", "false"}
        }) {
      jdbc.sql(
              """
              INSERT INTO perspective (perspective_id, municipality_id, dialogue_id, contact_id,
                kind, text, masked_text, flagged, recorded_by, creation_token)
              VALUES (:id, :m, :d, :c, 'FEELING', :text, :masked, :flagged, :s, :t)
              """)
          .param("id", UUID.randomUUID())
          .param("m", municipality.value())
          .param("d", dialogue)
          .param("c", id)
          .param("text", texts[0])
          .param("masked", texts[1])
          .param("flagged", Boolean.parseBoolean(texts[2]))
          .param("s", staff)
          .param("t", UUID.randomUUID())
          .update();
    }
    return id;
  }

  String texts(UUID contact) {
    return jdbc.sql(
            "SELECT string_agg(text, '|' ORDER BY text) FROM perspective WHERE contact_id = :c")
        .param("c", contact)
        .query(String.class)
        .single();
  }

  String figures(UUID contact) {
    return jdbc.sql(
            """
            SELECT c.people || ':' || c.age_from_18_to_29 || ':' || c.gender_woman || ':'
                   || c.channel || ':' || c.contact_date || ':'
                   || (SELECT string_agg(kind || masked_text || flagged, '|' ORDER BY masked_text)
                       FROM perspective p WHERE p.contact_id = c.contact_id)
            FROM perspective_contact c WHERE c.contact_id = :c
            """)
        .param("c", contact)
        .query(String.class)
        .single();
  }

  @Test
  void aContactPastItsRetentionKeepsOnlyTheMaskedTextsOnceAndItsCounts() {
    municipality = StaffMother.tenant(municipalities).id();
    Gallring.keepFiftyYears(jdbc, municipality, RecordKind.CONTACT);
    dialogue =
        OpinionMother.openDialogue(
                municipality, organisations, createDialogue, dialogues, chooseSteps, "Kontakter")
            .id()
            .value();
    staff =
        StaffMother.staff(municipalities, accounts, "Kontakt Loggare", Role.PROCESS_LEADER).id();
    UUID old = contact(Gallring.longAgo(), "Hemligsson");
    UUID recent = contact(OffsetDateTime.now().minusDays(3), "Nysson");
    String figures = figures(old);

    Gallring.disposesOnce(
        disposals, municipality, RecordKind.CONTACT, old, () -> texts(old).contains("Hemligsson"));

    assertThat(texts(old)).isEqualTo("Belysningen är dålig|Jag heter [namn] och är rädd");
    assertThat(figures(old)).isEqualTo(figures);
    assertThat(texts(recent)).contains("Nysson");
  }
}

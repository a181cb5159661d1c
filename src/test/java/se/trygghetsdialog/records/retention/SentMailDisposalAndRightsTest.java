package se.trygghetsdialog.records.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.rights.PersonalData;
import se.trygghetsdialog.records.rights.PersonalDataItem;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The outbox's sent mails: disposed of after their retention, listed and erased per address; and
 * the administrator's retention page, which offers every kind some module disposes of.
 */
@IntegrationTest
class SentMailDisposalAndRightsTest {

  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired Disposals disposals;
  @Autowired PersonalData personalData;
  @Autowired WebApplicationContext context;
  @Autowired StaffAccounts accounts;
  @Autowired MessageSource messages;

  MunicipalityId municipality;
  String email;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    email = "utkorg-" + UUID.randomUUID().toString().substring(0, 8) + "@invanare.example";
  }

  UUID mail(String subject, String body, OffsetDateTime sentAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO outbound_mail (id, municipality_id, recipient, subject, body, created_at,
              sent_at, next_attempt_at, unsubscribe_url)
            VALUES (:id, :m, :r, :s, :b, coalesce(:at, now()), :at, now() + interval '1 day',
              'https://x.example/stop')
            """)
        .param("id", id)
        .param("m", municipality.value())
        .param("r", email)
        .param("s", subject)
        .param("b", body)
        .param("at", sentAt)
        .update();
    return id;
  }

  String recipientAndBody(UUID id) {
    return jdbc.sql("SELECT recipient || body FROM outbound_mail WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  int mails() {
    return jdbc.sql("SELECT count(*) FROM outbound_mail WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(Integer.class)
        .single();
  }

  @Test
  void aSentMailPastItsRetentionLosesAddressAndBodyOnceAndIsStillCounted() {
    Gallring.keepFiftyYears(jdbc, municipality, RecordKind.OUTBOUND_MAIL);
    UUID old = mail("Välkommen", "Hej Hemligsson, din anmälan är mottagen", Gallring.longAgo());
    UUID recent = mail("Välkommen", "Hej Nysson", OffsetDateTime.now().minusDays(1));
    int before = mails();

    Gallring.disposesOnce(
        disposals,
        municipality,
        RecordKind.OUTBOUND_MAIL,
        old,
        () -> !recipientAndBody(old).isEmpty());

    assertThat(mails()).isEqualTo(before);
    assertThat(
            jdbc.sql("SELECT subject FROM outbound_mail WHERE id = :id AND sent_at IS NOT NULL")
                .param("id", old)
                .query(String.class)
                .single())
        .isEqualTo("Välkommen");
    assertThat(recipientAndBody(recent)).contains(email).contains("Nysson");
  }

  @Test
  void theMailsToAnAddressAreListedAndErasedButNotTheLinkToTheResidentsOwnData() {
    UUID sent = mail("Om din rapport", "Hej Hemligsson", OffsetDateTime.now().minusDays(2));
    UUID waiting = mail("Påminnelse", "Hej igen", null);
    UUID link =
        mail(
            "Dina uppgifter",
            "Öppna https://x.example/mina-uppgifter/visa/abc",
            OffsetDateTime.now().minusHours(1));

    assertThat(personalData.find(municipality, email.toUpperCase()))
        .filteredOn(item -> item.module().equals("mail"))
        .extracting(PersonalDataItem::id)
        .containsExactlyInAnyOrder(sent, waiting);

    personalData.erase(municipality, email, OffsetDateTime.now());

    assertThat(recipientAndBody(sent)).isEmpty();
    assertThat(
            jdbc.sql("SELECT count(*) FROM outbound_mail WHERE id = :id")
                .param("id", waiting)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(recipientAndBody(link)).contains(email);
    assertThat(personalData.find(municipality, email)).isEmpty();
  }

  @Test
  void theRetentionPageSaysEveryKindWithADisposalIsDisposedOfAutomatically() throws Exception {
    List<RecordKind> kinds =
        List.of(
            RecordKind.STATEMENT,
            RecordKind.FIELD_REPORT,
            RecordKind.CONTACT,
            RecordKind.MODERATION_ITEM,
            RecordKind.OUTBOUND_MAIL,
            RecordKind.ACCESS_REQUEST_DOCUMENTS);
    assertThat(disposals.disposableKinds()).containsAll(kinds);
    StaffMember admin =
        StaffMother.staff(municipalities, accounts, "Gallring Admin", Role.ADMINISTRATOR);
    String page =
        Gallring.staffPage(context, accounts.actingAs(admin), "/personal/admin/gallring?lang=sv");
    for (RecordKind kind : kinds) {
      String label =
          messages.getMessage("retention.kind." + kind.name(), null, Locale.forLanguageTag("sv"));
      Matcher row =
          Pattern.compile(Pattern.quote(label) + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(page);
      assertThat(row.find()).as(label).isTrue();
      assertThat(row.group(1)).as(label).contains(">Ja<");
    }
  }
}

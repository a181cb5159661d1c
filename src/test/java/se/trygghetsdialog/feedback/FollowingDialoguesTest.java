package se.trygghetsdialog.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.StepChanged;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.support.TestMailServer.Mail;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class FollowingDialoguesTest {

  static final Pattern CONFIRM_LINK = FollowerMailbox.CONFIRM_LINK;
  static final Pattern UNSUBSCRIBE_LINK = FollowerMailbox.UNSUBSCRIBE_LINK;

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired DialogueFollowerRepository followers;
  @Autowired ApplicationEventPublisher events;
  @Autowired ForgetUnconfirmedFollowers forgetUnconfirmed;
  @Autowired PlatformTransactionManager transactions;

  MunicipalityId municipality;
  DialogueId dialogue;
  String title;

  /** Each test is its own client, so the rate limit of one test never affects another. */
  String clientAddress;

  @BeforeEach
  void createDialogue() {
    municipality = municipalities.resolve("localhost").id();
    String unique = StaffMother.uniqueWord();
    var board =
        organisations.register(
            municipality,
            "Kommunstyrelsen följtest " + unique,
            OrganisationKind.EXECUTIVE_BOARD,
            null);
    title = "Trygg hamn " + unique;
    dialogue =
        createDialogue.create(
            municipality,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                title,
                "Hur blir hamnen tryggare på kvällarna?",
                null,
                TopicOrigin.ELECTED_OFFICIAL,
                "",
                board.id(),
                LocalDate.now(),
                "§ 12",
                "KS 2026/" + unique),
            null);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    clientAddress =
        "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  static String uniqueEmail(String who) {
    return who + "-" + UUID.randomUUID() + "@example.se";
  }

  MockHttpServletRequestBuilder followRequest(String email, String consent, String website) {
    return post("/dialoger/" + dialogue + "/folj")
        .with(csrf())
        .with(
            request -> {
              request.setRemoteAddr(clientAddress);
              return request;
            })
        .param("email", email)
        .param("consent", consent)
        .param("website", website);
  }

  void follow(String email) throws Exception {
    mvc.perform(followRequest(email, "yes", ""))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/dialoger/" + dialogue + "/folj/skickat"));
  }

  static String token(Pattern link, Mail mail) {
    String path = FollowerMailbox.linkPath(link, mail);
    return path.substring(path.lastIndexOf('/') + 1);
  }

  String confirmFollowing(String email) throws Exception {
    follow(email);
    Mail mail = FollowerMailbox.await(email, "Bekräfta att du vill följa dialogen " + title);
    String token = token(CONFIRM_LINK, mail);
    mvc.perform(post("/folj/bekrafta/" + token).with(csrf()))
        .andExpect(redirectedUrl("/dialoger/" + dialogue + "/folj/bekraftad"));
    return token;
  }

  void publishStepChange(String feedback) {
    publish(
        new StepChanged(
            municipality,
            dialogue,
            title,
            DialogueStep.PREPARATION,
            DialogueStep.PERSPECTIVES,
            feedback,
            OffsetDateTime.now(),
            null));
  }

  void publish(StepChanged event) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(event));
  }

  String stepSubject() {
    return "Dialogen " + title + " har gått vidare till steg 2";
  }

  static long mailsTo(String email, String subjectPart) {
    return TestMailServer.received().stream()
        .filter(m -> m.to().contains(email) && m.subject().contains(subjectPart))
        .count();
  }

  /**
   * The checks hold for 1.5 s on end: the outbox worker polls every 200 ms in tests, so a mail that
   * should not go out would have shown up within that time.
   */
  static void holdsWhileTheOutboxRuns(ThrowingRunnable checks) {
    await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).untilAsserted(checks);
  }

  @Nested
  class FollowingWithDoubleOptIn {

    @Test
    void mailsAConfirmedFollowerTheFeedbackPublishedAtAStepChange() throws Exception {
      String email = uniqueEmail("anna");
      follow(email);
      Mail confirmation =
          FollowerMailbox.await(email, "Bekräfta att du vill följa dialogen " + title);
      assertThat(confirmation.body()).contains("http://localhost/folj/bekrafta/", "/folj/avsluta/");
      String token = token(CONFIRM_LINK, confirmation);

      mvc.perform(get("/folj/bekrafta/" + token))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Bekräfta")));
      assertThat(followers.active(municipality, dialogue, email).orElseThrow().confirmed())
          .as("opening the link alone confirms nothing")
          .isFalse();

      mvc.perform(post("/folj/bekrafta/" + token).with(csrf()))
          .andExpect(redirectedUrl("/dialoger/" + dialogue + "/folj/bekraftad"));
      mvc.perform(get("/dialoger/" + dialogue + "/folj/bekraftad"))
          .andExpect(status().isOk())
          .andExpect(
              content().string(org.hamcrest.Matchers.containsString("Du följer nu dialogen")));

      publishStepChange("Tack för alla svar! Nu samlar vi perspektiv i hamnen.");

      Mail feedback = FollowerMailbox.await(email, stepSubject());
      assertThat(feedback.subject()).contains("Perspektivinsamling");
      assertThat(feedback.body())
          .contains("Tack för alla svar! Nu samlar vi perspektiv i hamnen.")
          .contains("http://localhost/dialoger/" + dialogue)
          .containsPattern(UNSUBSCRIBE_LINK);
    }

    @Test
    void writesMailsInTheLanguageChosenAtSignUp() throws Exception {
      String email = uniqueEmail("english");
      mvc.perform(
              followRequest(email, "yes", "").cookie(new jakarta.servlet.http.Cookie("lang", "en")))
          .andExpect(status().is3xxRedirection());
      Mail mail = FollowerMailbox.await(email, "Confirm that you want to follow the dialogue");
      assertThat(mail.body()).contains("Open the link and press Confirm");
    }

    @Test
    void usesAConfirmationLinkOnlyOnce() throws Exception {
      String token = confirmFollowing(uniqueEmail("twice"));
      mvc.perform(post("/folj/bekrafta/" + token).with(csrf())).andExpect(status().isNotFound());
      mvc.perform(get("/folj/bekrafta/" + token))
          .andExpect(status().isNotFound())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Länken gäller inte")));
    }

    @Test
    void showsANotFoundPageForUnknownLinks() throws Exception {
      String unknown = "A".repeat(43);
      mvc.perform(get("/folj/bekrafta/" + unknown)).andExpect(status().isNotFound());
      mvc.perform(get("/folj/avsluta/" + unknown)).andExpect(status().isNotFound());
      mvc.perform(post("/folj/avsluta/" + unknown).with(csrf())).andExpect(status().isNotFound());
      mvc.perform(get("/folj/bekrafta/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void refusesAConfirmationWithoutCsrfToken() throws Exception {
      String email = uniqueEmail("csrf");
      follow(email);
      String token =
          token(CONFIRM_LINK, FollowerMailbox.await(email, "Bekräfta att du vill följa dialogen"));
      mvc.perform(post("/folj/bekrafta/" + token)).andExpect(status().isForbidden());
      assertThat(followers.active(municipality, dialogue, email).orElseThrow().confirmed())
          .isFalse();
    }
  }

  @Nested
  class RepeatedAndBadInput {

    @Test
    void createsOneFollowerAndSendsOneConfirmationWhenTheFormIsSentRepeatedly() throws Exception {
      String email = uniqueEmail("repeat");
      follow(email);
      follow(email);
      follow(email.toUpperCase(java.util.Locale.ROOT));
      FollowerMailbox.await(email, "Bekräfta att du vill följa dialogen " + title);
      holdsWhileTheOutboxRuns(
          () -> {
            assertThat(followers.all(municipality, dialogue, email)).hasSize(1);
            assertThat(mailsTo(email, "Bekräfta att du vill följa dialogen " + title)).isEqualTo(1);
          });
    }

    @Test
    void sendsNoNewMailToAnAddressThatAlreadyFollows() throws Exception {
      String email = uniqueEmail("already");
      confirmFollowing(email);
      follow(email);
      holdsWhileTheOutboxRuns(
          () -> {
            assertThat(mailsTo(email, "Bekräfta att du vill följa dialogen")).isEqualTo(1);
            assertThat(followers.all(municipality, dialogue, email)).hasSize(1);
          });
    }

    @Test
    void storesNothingWhenTheHoneypotIsFilledButShowsTheSameReceipt() throws Exception {
      String email = uniqueEmail("bot");
      mvc.perform(followRequest(email, "yes", "https://spam.example"))
          .andExpect(redirectedUrl("/dialoger/" + dialogue + "/folj/skickat"));
      holdsWhileTheOutboxRuns(
          () -> {
            assertThat(followers.all(municipality, dialogue, email)).isEmpty();
            assertThat(mailsTo(email, "")).isZero();
          });
    }

    @Test
    void rejectsAnInvalidAddressWith400AndAnErrorSummary() throws Exception {
      mvc.perform(followRequest("inte-en-adress", "yes", ""))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString("Skriv e-postadressen i rätt format")))
          .andExpect(
              content().string(org.hamcrest.Matchers.containsString("value=\"inte-en-adress\"")));
    }

    @Test
    void rejectsAFollowWithoutConsent() throws Exception {
      String email = uniqueEmail("noconsent");
      mvc.perform(followRequest(email, "", ""))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#consent\"")));
      assertThat(followers.all(municipality, dialogue, email)).isEmpty();
    }

    @Test
    void rejectsAnAddressLongerThan254Characters() throws Exception {
      mvc.perform(followRequest("a".repeat(250) + "@example.se", "yes", ""))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("högst 254 tecken")));
    }

    @Test
    void answersNotFoundForAnUnknownDialogue() throws Exception {
      mvc.perform(get("/dialoger/" + UUID.randomUUID() + "/folj")).andExpect(status().isNotFound());
      mvc.perform(
              post("/dialoger/" + UUID.randomUUID() + "/folj")
                  .with(csrf())
                  .param("email", uniqueEmail("nobody"))
                  .param("consent", "yes"))
          .andExpect(status().isNotFound());
      mvc.perform(get("/dialoger/not-an-id/folj")).andExpect(status().isNotFound());
    }

    @Test
    void answersTooManyRequestsAfterTenFollowsFromOneClientWithinAnHour() throws Exception {
      for (int i = 0; i < 10; i++) {
        mvc.perform(followRequest("", "", "")).andExpect(status().isBadRequest());
      }
      mvc.perform(followRequest(uniqueEmail("limited"), "yes", ""))
          .andExpect(status().isTooManyRequests());
    }
  }

  @Nested
  class Notifications {

    @Test
    void mailsNobodyWhoHasNotConfirmedOrHasUnsubscribed() throws Exception {
      String pending = uniqueEmail("pending");
      follow(pending);
      FollowerMailbox.await(pending, "Bekräfta att du vill följa dialogen " + title);

      String leaving = uniqueEmail("leaving");
      confirmFollowing(leaving);
      String unsubscribeToken =
          token(UNSUBSCRIBE_LINK, FollowerMailbox.await(leaving, "Bekräfta att du vill följa"));
      mvc.perform(get("/folj/avsluta/" + unsubscribeToken)).andExpect(status().isOk());
      mvc.perform(post("/folj/avsluta/" + unsubscribeToken).with(csrf()))
          .andExpect(redirectedUrl("/dialoger/" + dialogue + "/folj/avslutad"));
      mvc.perform(post("/folj/avsluta/" + unsubscribeToken).with(csrf()))
          .andExpect(redirectedUrl("/dialoger/" + dialogue + "/folj/avslutad"));
      assertThat(followers.active(municipality, dialogue, leaving)).isEmpty();

      String staying = uniqueEmail("staying");
      confirmFollowing(staying);

      publishStepChange("Nu börjar perspektivinsamlingen.");

      FollowerMailbox.await(staying, stepSubject());
      holdsWhileTheOutboxRuns(
          () -> {
            assertThat(mailsTo(pending, stepSubject())).isZero();
            assertThat(mailsTo(leaving, stepSubject())).isZero();
          });
    }

    @Test
    void mailsEachFollowerOnceEvenIfTheSameStepChangeIsDeliveredTwice() throws Exception {
      String email = uniqueEmail("once");
      confirmFollowing(email);
      StepChanged event =
          new StepChanged(
              municipality,
              dialogue,
              title,
              DialogueStep.PREPARATION,
              DialogueStep.PERSPECTIVES,
              "En gång räcker.",
              OffsetDateTime.now(),
              null);
      publish(event);
      publish(event);
      FollowerMailbox.await(email, stepSubject());
      holdsWhileTheOutboxRuns(
          () -> {
            assertThat(mailsTo(email, stepSubject())).isEqualTo(1);
          });
    }

    @Test
    void letsAFollowerStopWithTheLinkInAFeedbackMail() throws Exception {
      String email = uniqueEmail("stopper");
      confirmFollowing(email);
      publishStepChange("Första återkopplingen.");
      String token = token(UNSUBSCRIBE_LINK, FollowerMailbox.await(email, stepSubject()));
      mvc.perform(post("/folj/avsluta/" + token).with(csrf()))
          .andExpect(redirectedUrl("/dialoger/" + dialogue + "/folj/avslutad"));
      List<Follower> rows = followers.all(municipality, dialogue, email);
      assertThat(rows).isEmpty(); // the address is erased on unsubscribing
    }
  }

  @Nested
  class PersonalData {

    @Test
    void forgetsAddressesWhoseConfirmationLinkExpiredButKeepsConfirmedFollowers() throws Exception {
      String expired = uniqueEmail("expired");
      OffsetDateTime eightDaysAgo = OffsetDateTime.now().minusDays(8);
      followers.insert(
          new Follower(
              UUID.randomUUID(),
              municipality,
              dialogue,
              expired,
              java.util.Locale.forLanguageTag("sv"),
              eightDaysAgo,
              eightDaysAgo,
              null,
              null),
          FollowerTokens.hash(FollowerTokens.newToken()),
          FollowerTokens.hash(FollowerTokens.newToken()));
      String fresh = uniqueEmail("fresh");
      follow(fresh);
      String confirmed = uniqueEmail("kept");
      confirmFollowing(confirmed);

      forgetUnconfirmed.forgetExpired();

      assertThat(followers.all(municipality, dialogue, expired)).isEmpty();
      assertThat(followers.all(municipality, dialogue, fresh)).hasSize(1);
      assertThat(followers.all(municipality, dialogue, confirmed)).hasSize(1);
    }

    @Test
    void neverShowsTheAddressOnAPublicPage() throws Exception {
      String email = uniqueEmail("hidden");
      follow(email);
      mvc.perform(get("/dialoger/" + dialogue + "/folj/skickat"))
          .andExpect(status().isOk())
          .andExpect(
              content()
                  .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(email))));
      mvc.perform(get("/dialoger/" + dialogue))
          .andExpect(
              content()
                  .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(email))));
    }
  }
}

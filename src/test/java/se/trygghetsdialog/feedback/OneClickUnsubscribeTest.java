package se.trygghetsdialog.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
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
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/** Mail programs can stop a follower's mail with one click (RFC 8058), without a CSRF token. */
@IntegrationTest
class OneClickUnsubscribeTest {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void feedbackMailCarriesAOneClickUnsubscribeThatWorksWithoutCsrf() throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    String title = "Ett klick " + UUID.randomUUID().toString().substring(0, 6);
    DialogueId dialogue =
        createDialogue.create(
            m,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                title,
                "Om",
                null,
                TopicOrigin.OFFICIAL,
                "",
                StaffMother.politicalBody(municipalities, organisations).id(),
                LocalDate.of(2026, 3, 1),
                "§ 3",
                "KS 3"),
            null);
    String email = StaffMother.uniqueEmail("klick");
    mvc.perform(
            post("/dialoger/" + dialogue + "/folj")
                .with(csrf())
                .param("email", email)
                .param("consent", "yes")
                .param("website", ""))
        .andExpect(status().is3xxRedirection());
    var confirmation = FollowerMailbox.await(email, "Bekräfta");
    mvc.perform(
            post(FollowerMailbox.linkPath(FollowerMailbox.CONFIRM_LINK, confirmation)).with(csrf()))
        .andExpect(status().is3xxRedirection());

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            tx ->
                events.publishEvent(
                    new StepChanged(
                        m,
                        dialogue,
                        title,
                        DialogueStep.PREPARATION,
                        DialogueStep.PERSPECTIVES,
                        "Nu börjar vi.",
                        OffsetDateTime.now(),
                        null)));
    FollowerMailbox.await(email, "har gått vidare");
    MimeMessage mail =
        Arrays.stream(TestMailServer.get().getReceivedMessages())
            .filter(this::toRecipientAboutTheStep)
            .reduce((a, b) -> b)
            .orElseThrow();
    String header = mail.getHeader("List-Unsubscribe")[0];
    assertThat(mail.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    assertThat(header).startsWith("<http").contains("/folj/avsluta/").endsWith(">");
    String path = header.substring(header.indexOf("/folj/avsluta/"), header.length() - 1);

    // The mail program's POST: no session, no CSRF token.
    mvc.perform(
            post(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click"))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM dialogue_follower WHERE dialogue_id = :d AND unsubscribed_at IS NOT NULL")
                .param("d", dialogue.value())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private boolean toRecipientAboutTheStep(MimeMessage message) {
    try {
      return message.getSubject().contains("har gått vidare")
          && message.getHeader("List-Unsubscribe") != null;
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }
}

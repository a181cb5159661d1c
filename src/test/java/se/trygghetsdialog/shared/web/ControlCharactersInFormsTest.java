package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A NUL byte or another control character in a form field is removed before any form reads it: the
 * form is saved with the rest of the text instead of failing in the database. Tab, line feed and
 * carriage return stay.
 */
@IntegrationTest
class ControlCharactersInFormsTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void keepsTabsAndLineBreaksAndDropsOtherControlCharacters() {
    assertThat(ControlCharacterFilter.strip("a\u0000b\u0001c\u001fd\u007fe")).isEqualTo("abcde");
    assertThat(ControlCharacterFilter.strip("rad 1\r\nrad\t2\n")).isEqualTo("rad 1\r\nrad\t2\n");
    assertThat(ControlCharacterFilter.strip("Åtgärd – vecka 48")).isEqualTo("Åtgärd – vecka 48");
  }

  @Test
  void savesAFormWhoseTextHoldsANulByteWithoutIt() throws Exception {
    StaffPrincipal coordinator =
        accounts.actingAs(
            accounts.createWithPassword(
                StaffMother.tenant(municipalities).id(),
                StaffMother.uniqueEmail("nul"),
                "Nils Nul",
                Set.of(Role.SAFETY_COORDINATOR),
                null,
                "Trygghet2026!"));
    String marker = StaffMother.uniqueWord();

    int status =
        mvc.perform(
                post("/personal/lagesbild/problem")
                    .with(user(coordinator))
                    .with(csrf())
                    .param("problemToken", UUID.randomUUID().toString())
                    .param("problemTitle", "Mörk\u0000 gångväg " + marker)
                    .param("problemDescription", "Belysningen\u0007 saknas.\nSedan i höstas."))
            .andReturn()
            .getResponse()
            .getStatus();

    assertThat(status).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "SELECT title || '|' || description FROM lagesbild_problem WHERE title LIKE :t")
                .param("t", "%" + marker)
                .query(String.class)
                .single())
        .isEqualTo("Mörk gångväg " + marker + "|Belysningen saknas.\nSedan i höstas.");
  }
}

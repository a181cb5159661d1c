package se.trygghetsdialog.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.records.AuditEntry;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;

/**
 * A municipality's own settings, each on a municipality of its own host so that the demo
 * municipality stays as it is: the setup checklist, the profile with its logo, the features and the
 * participation ladder. Bad input answers 400 naming the field and saves nothing; every change is
 * in the audit log with who, old and new value.
 */
@IntegrationTest
class MunicipalitySettingsIntegrationTest {

  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts staff;
  @Autowired MunicipalityProfiles profiles;
  @Autowired FeatureSwitches switches;
  @Autowired ParticipationLadder ladder;
  @Autowired AuditLog auditLog;

  MockMvc mvc;
  FreshMunicipality fresh;
  Tenant tenant;
  String host;
  StaffMember admin;
  MockHttpSession session;

  @BeforeEach
  void setUp() throws Exception {
    mvc = StaffSessions.mockMvc(context);
    fresh = FreshMunicipality.register(municipalities);
    tenant = fresh.tenant();
    host = fresh.host();
    admin = fresh.staff(staff, "Admin", Role.ADMINISTRATOR);
    session = fresh.signIn(mvc, admin);
  }

  <B extends AbstractMockHttpServletRequestBuilder<B>> B on(B request) {
    return fresh.on(request);
  }

  MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
    return on(multipart("/personal/admin/kommun/logotyp").file(file)).session(session).with(csrf());
  }

  MockHttpServletRequestBuilder form(String path) {
    return on(post(path)).session(session).with(csrf());
  }

  AuditEntry awaitSetting(String setting) {
    return await("audit of " + setting)
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                auditLog.about(tenant.id(), setting).stream()
                    .filter(e -> e.action().equals("setting.changed"))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void theChecklistListsEveryItemInOrderWithItsStatusAndLink() throws Exception {
    String page =
        mvc.perform(on(get("/personal/admin/installation")).session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(page)
        .contains("govuk-task-list")
        .contains("href=\"/personal/admin/kommun\"")
        .contains("href=\"/personal/admin/karta\"")
        .contains("href=\"/personal/admin/funktioner\"")
        .contains("href=\"/personal/admin/delaktighetstrappa\"")
        .contains("href=\"/personal/admin/anvandare/bjud-in\"")
        .contains("Att göra")
        .contains("Valfritt");
    assertThat(page.indexOf("/personal/admin/kommun\""))
        .isLessThan(page.indexOf("/personal/admin/karta\""));
    assertThat(page.indexOf("/personal/admin/karta\""))
        .isLessThan(page.indexOf("/personal/admin/anvandare/bjud-in\""));
  }

  @Test
  void theProfileIsSavedShownOnPublicPagesAndEveryChangedValueIsAudited() throws Exception {
    mvc.perform(
            form("/personal/admin/kommun")
                .param("name", "Sjöstads kommun")
                .param("contactEmail", "kontakt@sjostad.se")
                .param("contactPhone", "0523-61 30 00")
                .param("postalAddress", "Box 1, 453 80 Sjöstad")
                .param("eServicesUrl", "https://sjostad.se/e-tjanster")
                .param("noticeBoardUrl", "https://sjostad.se/anslagstavla"))
        .andExpect(status().is3xxRedirection());

    MunicipalityProfile profile = profiles.of(tenant.id());
    assertThat(profile.name()).isEqualTo("Sjöstads kommun");
    assertThat(profile.code()).isEqualTo(tenant.code());
    assertThat(profile.contactEmail()).isEqualTo("kontakt@sjostad.se");
    mvc.perform(on(get("/")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sjöstads kommun")))
        .andExpect(content().string(containsString("https://sjostad.se/e-tjanster")))
        .andExpect(content().string(containsString("https://sjostad.se/anslagstavla")));

    AuditEntry name = awaitSetting("profile.name");
    assertThat(name.actorAccountId()).isEqualTo(admin.id());
    assertThat(name.details()).contains(tenant.name()).contains("Sjöstads kommun");
    assertThat(awaitSetting("profile.eServicesUrl").details())
        .contains("https://sjostad.se/e-tjanster");

    String checklist =
        mvc.perform(on(get("/personal/admin/installation")).session(session))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String profileItem =
        checklist.substring(
            checklist.indexOf("/personal/admin/kommun\""),
            checklist.indexOf("/personal/admin/karta\""));
    assertThat(profileItem).contains("Klart");
  }

  @Test
  void aProfileWithoutNameOrWithABadLinkIsRefusedAndNothingIsSaved() throws Exception {
    mvc.perform(form("/personal/admin/kommun").param("name", " ").param("contactEmail", "a@b.se"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Skriv kommunens namn")));
    mvc.perform(
            form("/personal/admin/kommun")
                .param("name", "Ny")
                .param("contactEmail", "a@b.se")
                .param("eServicesUrl", "http://osaker.se"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("börjar med https://")));
    mvc.perform(
            form("/personal/admin/kommun")
                .param("name", "Ny")
                .param("noticeBoardUrl", "https://utan-punkt"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("börjar med https://")));
    mvc.perform(form("/personal/admin/kommun").param("name", "Ny").param("contactEmail", "nej"))
        .andExpect(status().isBadRequest());

    MunicipalityProfile profile = profiles.of(tenant.id());
    assertThat(profile.name()).isEqualTo(tenant.name());
    assertThat(profile.contactEmail()).isEmpty();
    assertThat(auditLog.about(tenant.id(), "profile.name")).isEmpty();
  }

  @Test
  void aLogoIsCheckedByItsContentStoredAndServedWithACacheHeader() throws Exception {
    mvc.perform(
            upload(
                new MockMultipartFile("logo", "logo.png", "image/png", "not an image".getBytes())))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("inte en PNG- eller JPEG-bild")));
    byte[] large = new byte[ChangeLogo.MAX_BYTES + 10];
    System.arraycopy(png(4, 4), 0, large, 0, png(4, 4).length);
    mvc.perform(upload(new MockMultipartFile("logo", "logo.png", "image/png", large)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("högst 512 kB")));
    mvc.perform(upload(new MockMultipartFile("logo", "logo.png", "image/png", png(3000, 10))))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("2000 bildpunkter")));
    assertThat(profiles.logo(tenant.id())).isEmpty();

    mvc.perform(upload(new MockMultipartFile("logo", "logga.gif", "image/gif", png(40, 20))))
        .andExpect(status().is3xxRedirection());

    Logo logo = profiles.logo(tenant.id()).orElseThrow();
    assertThat(logo.contentType()).isEqualTo("image/png");
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(logo.bytes())).getWidth())
        .isEqualTo(40);
    long version = logo.changedAt().toInstant().toEpochMilli();
    mvc.perform(on(get("/")))
        .andExpect(content().string(containsString("/kommun/logotyp?v=" + version)));
    mvc.perform(on(get("/kommun/logotyp").param("v", String.valueOf(version))))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"))
        .andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
    // The demo municipality has no logo.
    mvc.perform(get("/kommun/logotyp")).andExpect(status().isNotFound());
    assertThat(awaitSetting("profile.logo").details()).contains("image/png");

    mvc.perform(form("/personal/admin/kommun/logotyp/ta-bort"))
        .andExpect(status().is3xxRedirection());
    assertThat(profiles.logo(tenant.id())).isEmpty();
  }

  @Test
  void aFeatureTurnedOffLosesItsLinksAndItsPagesAnswerNotFound() throws Exception {
    mvc.perform(on(get("/trygghetsvandringar"))).andExpect(status().isOk());

    mvc.perform(
            form("/personal/admin/funktioner")
                .param("features", "OPINION_MAPPING", "PLACE_REPORTS", "EST", "LAGESBILD"))
        .andExpect(status().is3xxRedirection());

    assertThat(switches.isOn(tenant.id(), Feature.WALKS)).isFalse();
    assertThat(switches.isOn(tenant.id(), Feature.EST)).isTrue();
    mvc.perform(on(get("/trygghetsvandringar"))).andExpect(status().isNotFound());
    mvc.perform(on(get("/personal/trygghetsvandringar")).session(session))
        .andExpect(status().isNotFound());
    mvc.perform(on(get("/")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("href=\"/trygghetsvandringar\""))))
        .andExpect(content().string(containsString("href=\"/rapportera\"")));
    mvc.perform(on(get("/personal")).session(session))
        .andExpect(content().string(not(containsString("href=\"/personal/trygghetsvandringar\""))));
    // Another municipality keeps its walks.
    mvc.perform(get("/trygghetsvandringar")).andExpect(status().isOk());

    AuditEntry entry = awaitSetting("feature.WALKS");
    assertThat(entry.actorAccountId()).isEqualTo(admin.id());
    assertThat(entry.details()).contains("oldValue=on").contains("newValue=off");

    mvc.perform(form("/personal/admin/funktioner")).andExpect(status().is3xxRedirection());
    mvc.perform(on(get("/rapportera"))).andExpect(status().isNotFound());
    mvc.perform(on(get("/trygghetskarta"))).andExpect(status().isNotFound());
    mvc.perform(on(get("/lagesbild"))).andExpect(status().isNotFound());
    mvc.perform(on(get("/trygghet/veckorapporter"))).andExpect(status().isNotFound());
    mvc.perform(on(get("/")))
        .andExpect(content().string(not(containsString("href=\"/rapportera\""))));
  }

  @Test
  void anUnknownFeatureIsRefusedAndNothingChanges() throws Exception {
    mvc.perform(form("/personal/admin/funktioner").param("features", "WALKS", "TELEPORT"))
        .andExpect(status().isBadRequest());
    assertThat(switches.enabled(tenant.id())).isEqualTo(EnumSet.allOf(Feature.class));
  }

  @Test
  void theLadderIsEditedAndAuditedAndADuplicateRankIsRefusedWithNothingSaved() throws Exception {
    List<ParticipationLevel> levels = ladder.levels(tenant.id());
    var ok = form("/personal/admin/delaktighetstrappa");
    for (int i = 0; i < levels.size(); i++) {
      ParticipationLevel l = levels.get(i);
      ok.param("levels[" + i + "].id", l.id().toString())
          .param("levels[" + i + "].rank", String.valueOf(levels.size() - i))
          .param("levels[" + i + "].nameSv", i == 0 ? "Info" : l.name().sv())
          .param("levels[" + i + "].nameEn", l.name().en())
          .param("levels[" + i + "].explanationSv", l.explanation().sv())
          .param("levels[" + i + "].explanationEn", l.explanation().en());
    }
    mvc.perform(ok).andExpect(status().is3xxRedirection());
    List<ParticipationLevel> after = ladder.levels(tenant.id());
    assertThat(after.get(after.size() - 1).name().sv()).isEqualTo("Info");
    assertThat(awaitSetting("ladder." + levels.get(0).id()).details())
        .contains("Information")
        .contains("Info /");

    var duplicate = form("/personal/admin/delaktighetstrappa");
    for (int i = 0; i < after.size(); i++) {
      ParticipationLevel l = after.get(i);
      duplicate
          .param("levels[" + i + "].id", l.id().toString())
          .param("levels[" + i + "].rank", i < 2 ? "1" : String.valueOf(l.rank()))
          .param("levels[" + i + "].nameSv", "Ändrat " + i)
          .param("levels[" + i + "].explanationSv", l.explanation().sv());
    }
    mvc.perform(duplicate)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("samma nummer (1)")))
        .andExpect(content().string(containsString("Ändrat 0")));
    assertThat(ladder.levels(tenant.id())).isEqualTo(after);

    mvc.perform(
            form("/personal/admin/delaktighetstrappa")
                .param("levels[0].id", after.get(0).id().toString())
                .param("levels[0].rank", "1")
                .param("levels[0].nameSv", "")
                .param("levels[0].explanationSv", "x"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Skriv nivåns namn")));
    assertThat(ladder.levels(tenant.id())).isEqualTo(after);
  }

  @Test
  void aLevelIsAddedAndOneWithATakenRankIsRefused() throws Exception {
    mvc.perform(
            form("/personal/admin/delaktighetstrappa/ny")
                .param("rank", "3")
                .param("nameSv", "Dubbel")
                .param("explanationSv", "Samma nivå som en annan"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("samma nummer (3)")));
    mvc.perform(
            form("/personal/admin/delaktighetstrappa/ny")
                .param("rank", "x")
                .param("nameSv", "Fel")
                .param("explanationSv", "Fel"))
        .andExpect(status().isBadRequest());
    assertThat(ladder.levels(tenant.id())).hasSize(5);

    mvc.perform(
            form("/personal/admin/delaktighetstrappa/ny")
                .param("rank", "6")
                .param("nameSv", "Självstyre")
                .param("explanationSv", "Invånarna beslutar själva."))
        .andExpect(status().is3xxRedirection());
    assertThat(ladder.levels(tenant.id())).hasSize(6);
    ParticipationLevel added = ladder.levels(tenant.id()).get(5);
    assertThat(awaitSetting("ladder." + added.id()).details()).contains("Självstyre");
  }

  @Test
  void onlyAnAdministratorOpensTheSettings() throws Exception {
    MockHttpSession leaderSession =
        fresh.signIn(mvc, fresh.staff(staff, "Leader", Role.PROCESS_LEADER));
    for (String path :
        List.of(
            "/personal/admin/installation",
            "/personal/admin/kommun",
            "/personal/admin/funktioner",
            "/personal/admin/delaktighetstrappa")) {
      mvc.perform(on(get(path)).session(leaderSession)).andExpect(status().isForbidden());
      mvc.perform(on(get(path)).session(session)).andExpect(status().isOk());
    }
  }
}

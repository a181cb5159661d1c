package se.trygghetsdialog.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.place.PhotoSanitizer;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.RecordingScreener;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Who sees a walk's staff page and photos; screening of the published plan texts; a plan form sent
 * twice; the linked dialogue checked.
 */
@IntegrationTest
class WalkStaffAccessAndPlanTests {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlaceCategories categories;
  @Autowired PlanWalk planWalk;
  @Autowired RecordWalkPoint recordPoint;
  @Autowired Walks walks;
  @Autowired CreateDialogue createDialogue;
  @Autowired MockMvc mvc;
  @Autowired RecordingScreener screener;

  private MunicipalityId municipality() {
    return StaffMother.tenant(municipalities).id();
  }

  private StaffPrincipal member(
      MunicipalityId m, @org.jspecify.annotations.Nullable UUID org, Role role) {
    return accounts.actingAs(
        accounts.createWithPassword(
            m,
            StaffMother.uniqueEmail(role.name().toLowerCase().replace("_", "")),
            "Anställd " + role.name(),
            Set.of(role),
            org,
            "Trygghet2026!"));
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private RecordWalkPoint.Input pointWithPhoto(MunicipalityId m, UUID owner, String observation)
      throws Exception {
    RecordWalkPoint.Input p =
        WalkMother.point(categories, m, owner, "LIGHTING", observation, "Åtgärda.");
    return new RecordWalkPoint.Input(
        p.clientId(),
        p.location(),
        p.placeName(),
        p.categoryId(),
        p.safe(),
        p.observation(),
        p.proposedAction(),
        p.ownerId(),
        p.priority(),
        p.deadline(),
        PhotoSanitizer.sanitize(png(), "image/png"));
  }

  private UUID pointId(UUID walk, String observation) {
    return walks.points(walks.find(municipality(), walk).orElseThrow()).stream()
        .filter(p -> p.observation().equals(observation))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void onlyPlannersAdministratorsAndInvitedOwnersSeeAWalkAndOwnersOnlyTheirOwnPoints()
      throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal coordinator = WalkMother.coordinator(municipalities, accounts);
    Organisation a = WalkMother.organisation(m, organisations, "Gata");
    Organisation b = WalkMother.organisation(m, organisations, "Park");
    Organisation notInvited = WalkMother.organisation(m, organisations, "Skola");
    String title = "Behörighet " + WalkMother.unique();
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                title,
                20,
                List.of(new PlanWalk.Invitation(a.id(), ""), new PlanWalk.Invitation(b.id(), "")),
                null),
            coordinator);
    String ofA = "Mörk trappa " + WalkMother.unique();
    String ofB = "Skymd gångväg " + WalkMother.unique();
    recordPoint.record(m, walk, pointWithPhoto(m, a.id(), ofA), coordinator);
    recordPoint.record(m, walk, pointWithPhoto(m, b.id(), ofB), coordinator);
    UUID pointA = pointId(walk, ofA);
    UUID pointB = pointId(walk, ofB);
    String page = "/personal/trygghetsvandringar/" + walk + "?lang=sv";

    // Planners and administrators see everything.
    for (StaffPrincipal reader :
        List.of(
            coordinator,
            member(m, null, Role.PROCESS_LEADER),
            member(m, null, Role.ADMINISTRATOR))) {
      mvc.perform(get(page).with(user(reader)))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString(ofA)))
          .andExpect(content().string(org.hamcrest.Matchers.containsString(ofB)));
      mvc.perform(get(photo(walk, pointB)).with(user(reader))).andExpect(status().isOk());
    }

    // The staff of an invited owner see the walk with their own points only.
    StaffPrincipal ownerA = member(m, a.id(), Role.PARTNER);
    mvc.perform(get(page).with(user(ownerA)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(ofA)))
        .andExpect(
            content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(ofB))))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("/punkter/" + pointB))));
    mvc.perform(get(photo(walk, pointA)).with(user(ownerA))).andExpect(status().isOk());
    mvc.perform(get(photo(walk, pointB)).with(user(ownerA))).andExpect(status().isNotFound());
    // The staff list offers the walks one may open: this one to its owner's staff.
    mvc.perform(get("/personal/trygghetsvandringar?lang=sv").with(user(ownerA)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
    // ... and still change the status of their own points, not of others'.
    mvc.perform(
            post("/personal/trygghetsvandringar/" + walk + "/punkter/" + pointA + "/status")
                .with(user(ownerA))
                .with(csrf())
                .param("status", "IN_PROGRESS")
                .param("reason", "Beställt."))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/personal/trygghetsvandringar/" + walk + "/punkter/" + pointB + "/status")
                .with(user(ownerA))
                .with(csrf())
                .param("status", "IN_PROGRESS")
                .param("reason", "Beställt."))
        .andExpect(status().isForbidden());

    // Everybody else: no page and no photo.
    for (StaffPrincipal other :
        List.of(
            member(m, null, Role.FIELD_REPORTER),
            member(m, null, Role.REGISTRAR),
            member(m, notInvited.id(), Role.PARTNER))) {
      mvc.perform(get(page).with(user(other))).andExpect(status().isForbidden());
      mvc.perform(get(photo(walk, pointA)).with(user(other))).andExpect(status().isForbidden());
      mvc.perform(get("/personal/trygghetsvandringar?lang=sv").with(user(other)))
          .andExpect(status().isOk())
          .andExpect(
              content()
                  .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(title))));
      mvc.perform(
              post("/personal/trygghetsvandringar/" + walk + "/punkter/" + pointA + "/status")
                  .with(user(other))
                  .with(csrf())
                  .param("status", "DONE")
                  .param("reason", ""))
          .andExpect(status().isForbidden());
    }
  }

  private static String photo(UUID walk, UUID point) {
    return "/personal/trygghetsvandringar/" + walk + "/punkter/" + point + "/foto";
  }

  private static Map<String, String> plan(String title, UUID owner) {
    Map<String, String> plan = new LinkedHashMap<>();
    plan.put("title", title);
    plan.put("areaId", "");
    plan.put("description", "Vi går genom centrum en kväll.");
    plan.put("meeting1Date", "2027-03-02");
    plan.put("meeting1Time", "18:00");
    plan.put("meeting1Place", "Biblioteket");
    plan.put("meeting2Date", "2027-03-18");
    plan.put("meeting2Time", "19:00");
    // A street address is a legitimate meeting place.
    plan.put("meeting2Place", "Kungsgatan 12");
    plan.put("meeting3Date", "2027-04-06");
    plan.put("meeting3Time", "18:00");
    plan.put("meeting3Place", "Biblioteket");
    plan.put("invitees", owner.toString());
    plan.put("maxWalkers", "20");
    plan.put("stops", "Kungsgatan 12; 58.27461, 11.43527");
    plan.put("dialogueId", "");
    plan.put("previousWalkId", "");
    plan.put("creationToken", UUID.randomUUID().toString());
    return plan;
  }

  private MockHttpServletRequestBuilder planPost(StaffPrincipal staff, Map<String, String> plan) {
    MockHttpServletRequestBuilder request =
        post("/personal/trygghetsvandringar/ny?lang=sv").with(user(staff)).with(csrf());
    plan.forEach(request::param);
    return request;
  }

  private long walksTitled(MunicipalityId m, String title) {
    return walks.all(m).stream().filter(w -> w.title().equals(title)).count();
  }

  @Test
  void thePublishedTitleAndDescriptionAreScreenedAndPlaceNamesRefuseContactDetails()
      throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal coordinator = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Gata");

    String phoneTitle = "Ring Kim på 070-123 45 67 " + WalkMother.unique();
    Map<String, String> form = plan(phoneTitle, owner.id());
    mvc.perform(planPost(coordinator, form))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("telefonnummer")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("070-123 45 67")));
    assertThat(walksTitled(m, phoneTitle)).isZero();

    String title = "Kvällsvandring " + WalkMother.unique();
    form = plan(title, owner.id());
    form.put("description", "Frågor till kim.svensson@example.se.");
    mvc.perform(planPost(coordinator, form))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("e-postadress")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(title)));

    form = plan(title, owner.id());
    form.put("meeting1Place", "Biblioteket, ring 0701234567");
    mvc.perform(planPost(coordinator, form))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("telefonnummer")));
    form = plan(title, owner.id());
    form.put("stops", "Kungstorget\nHos kim@example.se");
    mvc.perform(planPost(coordinator, form))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("e-postadress")));
    assertThat(walksTitled(m, title)).isZero();

    // Street addresses in meeting places and stops are fine.
    mvc.perform(planPost(coordinator, plan(title, owner.id())))
        .andExpect(status().is3xxRedirection());
    assertThat(walksTitled(m, title)).isOne();

    assertThatThrownBy(
            () ->
                planWalk.check(
                    m,
                    WalkMother.input(
                        "Kontakt 19811218-9876 " + WalkMother.unique(),
                        20,
                        List.of(new PlanWalk.Invitation(owner.id(), "")),
                        null)))
        .isInstanceOfSatisfying(
            WalkRuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("title");
              assertThat(v.kinds()).contains(PersonalDataKind.PERSONAL_IDENTITY_NUMBER);
            });
  }

  @Test
  void aPlanFormsTextsAreScreenedOnceEachAlsoWhenAStopRepeatsAMeetingPlace() throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal coordinator = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Gata");
    String marker = WalkMother.unique();
    Map<String, String> form = plan("Kvällsvandring " + marker + "T", owner.id());
    form.put("description", "Vi går genom centrum " + marker + "D.");
    form.put("meeting2Place", "Torget " + marker + "P");
    form.put("stops", "Torget " + marker + "P; 58.27461, 11.43527\nKungstorget");
    mvc.perform(planPost(coordinator, form)).andExpect(status().is3xxRedirection());
    assertThat(walksTitled(m, "Kvällsvandring " + marker + "T")).isOne();
    assertThat(screener.screenings(marker + "T")).isOne();
    assertThat(screener.screenings(marker + "D")).isOne();
    assertThat(screener.screenings(marker + "P")).isOne();
  }

  @Test
  void aPlanFormSentTwicePlansOneWalk() throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal coordinator = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Gata");
    String title = "Dubbeltryck " + WalkMother.unique();
    Map<String, String> form = plan(title, owner.id());
    String first =
        mvc.perform(planPost(coordinator, form))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String second =
        mvc.perform(planPost(coordinator, form))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(second).isEqualTo(first);
    assertThat(walksTitled(m, title)).isOne();
    // A new form (a new token) plans a new walk.
    form.put("creationToken", UUID.randomUUID().toString());
    mvc.perform(planPost(coordinator, form)).andExpect(status().is3xxRedirection());
    assertThat(walksTitled(m, title)).isEqualTo(2);
  }

  private DialogueId dialogue(MunicipalityId m, String title) {
    Organisation body =
        organisations.register(m, "Nämnd " + WalkMother.unique(), OrganisationKind.COMMITTEE, null);
    return createDialogue.create(
        m,
        new CreateDialogue.Input(
            UUID.randomUUID(),
            title,
            "Hur blir det tryggare?",
            null,
            TopicOrigin.ELECTED_OFFICIAL,
            "",
            body.id(),
            LocalDate.of(2026, 11, 1),
            "§ 1",
            "KS 2026/1"),
        null);
  }

  @Test
  void theLinkedDialogueMustBeOneOfTheMunicipality() throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal coordinator = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Gata");
    String code;
    do {
      code =
          String.format(
              "%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(2000, 9999));
    } while (municipalities.byCode(code).isPresent());
    MunicipalityId other =
        municipalities
            .register(code, "Annan kommun " + code, List.of("walk-" + code + ".test"), false)
            .id();
    DialogueId theirs = dialogue(other, "Deras dialog " + WalkMother.unique());
    DialogueId ours = dialogue(m, "Vår dialog " + WalkMother.unique());
    String title = "Dialogkoll " + WalkMother.unique();

    for (String wrong : List.of(UUID.randomUUID().toString(), theirs.value().toString(), "nej")) {
      Map<String, String> form = plan(title, owner.id());
      form.put("dialogueId", wrong);
      mvc.perform(planPost(coordinator, form))
          .andExpect(status().isBadRequest())
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString(
                          "Den valda dialogen finns inte i kommunen.")));
    }
    assertThat(walksTitled(m, title)).isZero();
    Map<String, String> form = plan(title, owner.id());
    form.put("dialogueId", ours.value().toString());
    mvc.perform(planPost(coordinator, form)).andExpect(status().is3xxRedirection());
    assertThat(walks.all(m).stream().filter(w -> w.title().equals(title)).findFirst())
        .get()
        .extracting(Walk::dialogueId)
        .isEqualTo(ours.value());
  }
}

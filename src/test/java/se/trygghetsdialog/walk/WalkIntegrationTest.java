package se.trygghetsdialog.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.registration.RegistrationEntry;
import se.trygghetsdialog.records.registration.RegistrationProbe;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.RecordingScreener;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class WalkIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlaceCategories categories;
  @Autowired PlaceSettings placeSettings;
  @Autowired PlanWalk planWalk;
  @Autowired RegisterForWalk register;
  @Autowired RecordWalkPoint recordPoint;
  @Autowired SendWalkProtocol sendProtocol;
  @Autowired ChangePointStatus changeStatus;
  @Autowired Walks walks;
  @Autowired MockMvc mvc;
  @Autowired List<InputResolver> resolvers;
  @Autowired RecordingScreener screener;

  private MunicipalityId municipality() {
    return StaffMother.tenant(municipalities).id();
  }

  private RegisterForWalk.Input walker() {
    return new RegisterForWalk.Input("", null, false, WalkerGroup.INDIVIDUAL, "");
  }

  @Test
  void theInviteesAreNamedAfterTheirOrganisationsInNameOrderWithTheirAddresses() {
    MunicipalityId m = municipality();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation technical = WalkMother.organisation(m, organisations, "Tekniska");
    Organisation housing = WalkMother.organisation(m, organisations, "Bostäder");
    UUID id =
        planWalk.plan(
            m,
            WalkMother.input(
                "Inbjudna " + WalkMother.unique(),
                10,
                List.of(
                    new PlanWalk.Invitation(technical.id(), "teknik@test.example"),
                    new PlanWalk.Invitation(housing.id(), "")),
                null),
            staff);

    assertThat(walks.invitees(walks.find(m, id).orElseThrow()))
        .extracting(Invitee::organisationId, Invitee::name, Invitee::email)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(housing.id(), housing.name(), ""),
            org.assertj.core.groups.Tuple.tuple(
                technical.id(), technical.name(), "teknik@test.example"));
  }

  @Test
  void registrationsStopAtTheMaximumEvenWhenResidentsRaceForTheLastPlaces() throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Tekniska");
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                "Kapacitet " + WalkMother.unique(),
                6,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    for (int i = 0; i < 3; i++) {
      register.register(m, walk, walker());
    }
    int racers = 12;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        Callable<Boolean> attempt =
            () -> {
              start.await();
              try {
                register.register(m, walk, walker());
                return true;
              } catch (WalkRuleViolation full) {
                assertThat(full.messageKey()).isEqualTo("walk.error.full");
                return false;
              }
            };
        results.add(pool.submit(attempt));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> result : results) {
        if (result.get()) {
          won++;
        }
      }
      assertThat(won).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
    Walk full = walks.find(m, walk).orElseThrow();
    assertThat(full.registered()).isEqualTo(6);
    assertThat(full.full()).isTrue();
    assertThat(walks.registrations(full)).hasSize(6);

    // A resident on the full walk's page gets a clear message, not a form, and a POST is refused.
    mvc.perform(get("/trygghetsvandringar/" + walk + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("fullbokad")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("anmalan"))));
    mvc.perform(
            post("/trygghetsvandringar/" + walk + "/anmalan?lang=sv")
                .with(csrf())
                .param("name", "Kim")
                .param("group", "INDIVIDUAL"))
        .andExpect(status().isConflict())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("fullbokad")));

    // Cancelling frees a place again.
    RegisterForWalk.Receipt receipt;
    UUID roomy =
        planWalk.plan(
            m,
            WalkMother.input(
                "Avbokning " + WalkMother.unique(),
                1,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    receipt = register.register(m, roomy, walker());
    assertThatThrownBy(() -> register.register(m, roomy, walker()))
        .isInstanceOf(WalkRuleViolation.class);
    mvc.perform(post("/trygghetsvandringar/avboka/" + receipt.cancelToken()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(walks.find(m, roomy).orElseThrow().registered()).isZero();
    register.register(m, roomy, walker());
  }

  @Test
  void aPointSentAgainIsStoredOnceAndBadPointsKeepTheInput() throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Service");
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                "Omsändning " + WalkMother.unique(),
                20,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    RecordWalkPoint.Input point =
        WalkMother.point(categories, m, owner.id(), "LIGHTING", "Mörkt.", "Tänd lamporna.");
    RecordWalkPoint.Result first = recordPoint.record(m, walk, point, staff);
    RecordWalkPoint.Result again = recordPoint.record(m, walk, point, staff);
    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.pointId()).isEqualTo(first.pointId());

    // The offline queue's resend over HTTP: 200 both times, one row.
    String clientId = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              multipart("/personal/trygghetsvandringar/" + walk + "/protokoll?lang=sv")
                  .with(csrf())
                  .with(user(staff))
                  .header("X-Walk-Queue", "1")
                  .param("clientId", clientId)
                  .param("latitude", "58.27461")
                  .param("longitude", "11.43527")
                  .param("categoryId", point.categoryId().toString())
                  .param("safety", "unsafe")
                  .param("proposedAction", "Beskär buskarna.")
                  .param("ownerId", owner.id().toString())
                  .param("priority", "MEDIUM")
                  .param("deadline", WalkMother.WALK_DAY.toString()))
          .andExpect(status().isOk())
          .andExpect(content().string(i == 0 ? "{\"created\":true}" : "{\"created\":false}"));
    }
    Walk stored = walks.find(m, walk).orElseThrow();
    assertThat(walks.points(stored))
        .filteredOn(p -> p.clientId().toString().equals(clientId))
        .hasSize(1);
    assertThat(walks.points(stored)).hasSize(2);

    // A deadline before the walk and a point outside the municipality: errors, input kept.
    mvc.perform(
            multipart("/personal/trygghetsvandringar/" + walk + "/protokoll?lang=sv")
                .with(csrf())
                .with(user(staff))
                .param("clientId", UUID.randomUUID().toString())
                .param("latitude", "58.27461")
                .param("longitude", "11.43527")
                .param("categoryId", point.categoryId().toString())
                .param("safety", "unsafe")
                .param("proposedAction", "Sätt upp en lampa vid trappan.")
                .param("ownerId", owner.id().toString())
                .param("priority", "MEDIUM")
                .param("deadline", WalkMother.WALK_DAY.minusDays(1).toString()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("före vandringens dag")))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("Sätt upp en lampa vid trappan.")));
    mvc.perform(
            multipart("/personal/trygghetsvandringar/" + walk + "/protokoll?lang=sv")
                .with(csrf())
                .with(user(staff))
                .header("X-Walk-Queue", "1")
                .param("clientId", UUID.randomUUID().toString())
                .param("latitude", "59.3300")
                .param("longitude", "18.0600")
                .param("categoryId", point.categoryId().toString())
                .param("safety", "unsafe")
                .param("ownerId", owner.id().toString())
                .param("priority", "MEDIUM")
                .param("deadline", WalkMother.WALK_DAY.toString()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("utanför kommunen")));
    assertThat(walks.points(stored)).hasSize(2);
  }

  @Test
  void aPointsTextsAreScreenedOnceFromTheFormToTheStoredPoint() throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Gata");
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                "En gång " + WalkMother.unique(),
                20,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    String categoryId =
        WalkMother.point(categories, m, owner.id(), "LIGHTING", "", "").categoryId().toString();
    String marker = WalkMother.unique();
    for (String queue : List.of("0", "1")) {
      mvc.perform(
              multipart("/personal/trygghetsvandringar/" + walk + "/protokoll?lang=sv")
                  .with(csrf())
                  .with(user(staff))
                  .header("X-Walk-Queue", queue)
                  .param("clientId", UUID.randomUUID().toString())
                  .param("latitude", "58.27461")
                  .param("longitude", "11.43527")
                  .param("placeName", "Parken " + marker + queue + "N")
                  .param("categoryId", categoryId)
                  .param("safety", "unsafe")
                  .param("observation", "Mörk gångväg " + marker + queue + "O")
                  .param("proposedAction", "Belys gångvägen " + marker + queue + "A")
                  .param("ownerId", owner.id().toString())
                  .param("priority", "MEDIUM")
                  .param("deadline", WalkMother.WALK_DAY.toString()))
          .andExpect(queue.equals("1") ? status().isOk() : status().is3xxRedirection());
      for (String field : List.of("N", "O", "A")) {
        assertThat(screener.screenings(marker + queue + field)).as(queue + field).isOne();
      }
    }
    assertThat(walks.points(walks.find(m, walk).orElseThrow())).hasSize(2);
  }

  @Test
  void sendingMailsEachOwnerItsOwnPoints() {
    MunicipalityId m = municipality();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation technical = WalkMother.organisation(m, organisations, "Teknik");
    Organisation housing = WalkMother.organisation(m, organisations, "Bostäder");
    Organisation silent = WalkMother.organisation(m, organisations, "Utan adress");
    String technicalMail = StaffMother.uniqueEmail("teknik");
    String housingMail = StaffMother.uniqueEmail("bostader");
    String title = "Utskick " + WalkMother.unique();
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                title,
                20,
                List.of(
                    new PlanWalk.Invitation(technical.id(), technicalMail),
                    new PlanWalk.Invitation(housing.id(), ""),
                    new PlanWalk.Invitation(silent.id(), "")),
                null),
            staff);
    planWalk.changeInviteeEmail(m, walk, housing.id(), housingMail, staff);
    String walkerMail = StaffMother.uniqueEmail("vandrare");
    register.register(
        m, walk, new RegisterForWalk.Input("Kim", walkerMail, true, WalkerGroup.INDIVIDUAL, ""));
    recordPoint.record(
        m,
        walk,
        WalkMother.point(categories, m, technical.id(), "LIGHTING", "", "Byt lamporna i parken."),
        staff);
    recordPoint.record(
        m,
        walk,
        WalkMother.point(categories, m, housing.id(), "LITTER", "", "Fler soptunnor vid porten."),
        staff);
    recordPoint.record(
        m,
        walk,
        WalkMother.point(categories, m, silent.id(), "GRAFFITI", "", "Sanera klottret."),
        staff);

    SendWalkProtocol.Result result =
        sendProtocol.send(
            m,
            walk,
            staff,
            "http://localhost/trygghetsvandringar/" + walk,
            "http://localhost/personal/trygghetsvandringar/" + walk);
    assertThat(result.mails()).isEqualTo(2);
    assertThat(result.ownersWithoutEmail()).containsExactly(silent.name());

    TestMailServer.Mail toTechnical = TestMailServer.awaitMail(technicalMail, title);
    assertThat(toTechnical.body()).contains("Byt lamporna i parken.").doesNotContain("soptunnor");
    TestMailServer.Mail toHousing = TestMailServer.awaitMail(housingMail, title);
    assertThat(toHousing.body()).contains("Fler soptunnor vid porten.").doesNotContain("lamporna");
    // The walker who gave an address gets the link to the published protocol.
    assertThat(TestMailServer.awaitMail(walkerMail, title).body())
        .contains("/trygghetsvandringar/" + walk);
    Walk sent = walks.find(m, walk).orElseThrow();
    assertThat(sent.published()).isTrue();
    assertThat(walks.mails(sent))
        .extracting(ProtocolMail::recipient)
        .containsExactlyInAnyOrder(technicalMail, housingMail);
    assertThatThrownBy(() -> sendProtocol.send(m, walk, staff, "x", "y"))
        .isInstanceOf(StaleForm.class);
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void aQueuedPointWithAPhotoSentAgainKeepsOnePointAndItsFirstPhoto() throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Park");
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                "Fotokö " + WalkMother.unique(),
                20,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    String categoryId =
        WalkMother.point(categories, m, owner.id(), "LIGHTING", "", "").categoryId().toString();
    String clientId = UUID.randomUUID().toString();
    BufferedImage wide = new BufferedImage(16, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    ImageIO.write(wide, "png", other);
    // The queue sends the photo with the point; a resend (with another photo, or none) changes
    // nothing.
    List<byte[]> photos = java.util.Arrays.asList(png(), other.toByteArray(), null);
    for (int i = 0; i < photos.size(); i++) {
      var request = multipart("/personal/trygghetsvandringar/" + walk + "/protokoll?lang=sv");
      if (photos.get(i) != null) {
        request.file(new MockMultipartFile("photo", "foto.png", "image/png", photos.get(i)));
      }
      mvc.perform(
              request
                  .with(csrf())
                  .with(user(staff))
                  .header("X-Walk-Queue", "1")
                  .param("clientId", clientId)
                  .param("latitude", "58.27461")
                  .param("longitude", "11.43527")
                  .param("categoryId", categoryId)
                  .param("safety", "unsafe")
                  .param("proposedAction", "Belys gångvägen.")
                  .param("ownerId", owner.id().toString())
                  .param("priority", "MEDIUM")
                  .param("deadline", WalkMother.WALK_DAY.toString()))
          .andExpect(status().isOk())
          .andExpect(content().string(i == 0 ? "{\"created\":true}" : "{\"created\":false}"));
    }
    Walk stored = walks.find(m, walk).orElseThrow();
    assertThat(walks.points(stored)).hasSize(1);
    WalkPoint point = walks.points(stored).get(0);
    assertThat(point.hasPhoto()).isTrue();
    BufferedImage kept =
        ImageIO.read(
            new java.io.ByteArrayInputStream(
                walks.photo(stored, point.id()).orElseThrow().bytes()));
    assertThat(kept.getWidth()).isEqualTo(8);
  }

  @Test
  void thePublishedProtocolHidesPhotosExactPositionsAndFlaggedTextAndShowsStatus()
      throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Gata");
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                "Publicering " + WalkMother.unique(),
                20,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    String categoryId =
        WalkMother.point(categories, m, owner.id(), "LIGHTING", "", "").categoryId().toString();
    String withPhotoClient = UUID.randomUUID().toString();
    mvc.perform(
            multipart("/personal/trygghetsvandringar/" + walk + "/protokoll?lang=sv")
                .file(new MockMultipartFile("photo", "lampa.png", "image/png", png()))
                .with(csrf())
                .with(user(staff))
                .param("clientId", withPhotoClient)
                .param("latitude", "58.274612")
                .param("longitude", "11.435271")
                .param("categoryId", categoryId)
                .param("safety", "unsafe")
                .param("proposedAction", "Ny belysning längs trappan.")
                .param("ownerId", owner.id().toString())
                .param("priority", "HIGH")
                .param("deadline", WalkMother.WALK_DAY.plusDays(30).toString()))
        .andExpect(status().is3xxRedirection());
    RecordWalkPoint.Result flagged =
        recordPoint.record(
            m,
            walk,
            WalkMother.point(
                categories,
                m,
                owner.id(),
                "DISORDER",
                "Ring Anna Svensson på 070-123 45 67, hon vet vem som klottrar.",
                "Prata med Anna Svensson, 070-123 45 67."),
            staff);
    Walk stored = walks.find(m, walk).orElseThrow();
    WalkPoint photoPoint =
        walks.points(stored).stream()
            .filter(p -> p.clientId().toString().equals(withPhotoClient))
            .findFirst()
            .orElseThrow();
    assertThat(photoPoint.hasPhoto()).isTrue();

    // Not published before it is sent.
    mvc.perform(get("/trygghetsvandringar/" + walk + "/protokoll?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("inte publicerat")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Ny belysning längs trappan."))));

    sendProtocol.send(m, walk, staff, "http://localhost/", "http://localhost/personal");
    changeStatus.change(
        m, walk, flagged.pointId(), PointStatus.NOT_DONE, "Ingen åtgärd behövs.", staff, null);
    // The owner's own staff may set the status; staff of another organisation may not.
    StaffPrincipal ownerStaff =
        accounts.actingAs(
            accounts.createWithPassword(
                m,
                StaffMother.uniqueEmail("agare"),
                "Ägare",
                java.util.Set.of(se.trygghetsdialog.identity.Role.PARTNER),
                owner.id(),
                "Trygghet2026!"));
    StaffPrincipal outsider =
        accounts.actingAs(
            StaffMother.staff(
                municipalities, accounts, "Annan", se.trygghetsdialog.identity.Role.PARTNER));
    assertThatThrownBy(
            () ->
                changeStatus.change(
                    m, walk, photoPoint.id(), PointStatus.DONE, "", outsider, UUID.randomUUID()))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    changeStatus.change(
        m, walk, photoPoint.id(), PointStatus.IN_PROGRESS, "", ownerStaff, owner.id());

    Coordinates snapped =
        HeatGrid.over(placeSettings.of(m), HeatGrid.POSITION_CELL_METRES)
            .snap(photoPoint.location());
    String page =
        mvc.perform(get("/trygghetsvandringar/" + walk + "/protokoll?lang=sv"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Ny belysning längs trappan.")
        .contains("Pågår")
        .contains("Ej åtgärd")
        .contains("Texten visas inte")
        .contains(String.format(Locale.ROOT, "%.4f, %.4f", snapped.latitude(), snapped.longitude()))
        .contains("Nära Kungsgatan")
        .doesNotContain("58.274612")
        .doesNotContain("11.435271")
        .doesNotContain("Anna Svensson")
        .doesNotContain("070-123")
        .doesNotContain("/foto")
        .doesNotContain("Kungstorget");
    // Staff see the photo; the public cannot fetch it.
    mvc.perform(
            get("/personal/trygghetsvandringar/" + walk + "/punkter/" + photoPoint.id() + "/foto")
                .with(user(staff)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("image/png"));
    mvc.perform(
            get("/personal/trygghetsvandringar/" + walk + "/punkter/" + photoPoint.id() + "/foto"))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void aFlaggedTextIsNamedOnTheFormAndOnlyThatTextIsWithheldFromThePublicProtocol()
      throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Park");
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                "Per fält " + WalkMother.unique(),
                20,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    String categoryId =
        WalkMother.point(categories, m, owner.id(), "LIGHTING", "", "").categoryId().toString();
    String clientId = UUID.randomUUID().toString();
    java.util.function.Function<Boolean, org.springframework.test.web.servlet.RequestBuilder>
        point =
            confirmed -> {
              var request =
                  multipart("/personal/trygghetsvandringar/" + walk + "/protokoll?lang=sv")
                      .with(csrf())
                      .with(user(staff))
                      .param("clientId", clientId)
                      .param("latitude", "58.27461")
                      .param("longitude", "11.43527")
                      .param("categoryId", categoryId)
                      .param("safety", "unsafe")
                      .param("observation", "Anders Svensson 19850312-1234 står här varje kväll.")
                      .param("proposedAction", "Sätt upp belysning vid bänkarna.")
                      .param("ownerId", owner.id().toString())
                      .param("priority", "MEDIUM")
                      .param("deadline", WalkMother.WALK_DAY.plusDays(10).toString());
              return confirmed ? request.param("confirmScreened", "yes") : request;
            };
    String refused =
        mvc.perform(point.apply(false))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(refused)
        .contains("Texten verkar innehålla personuppgifter")
        .contains("personnummer")
        .contains("id=\"confirmScreened\"");
    Walk stored = walks.find(m, walk).orElseThrow();
    assertThat(walks.points(stored)).isEmpty();

    mvc.perform(point.apply(true)).andExpect(status().is3xxRedirection());
    assertThat(walks.points(stored))
        .singleElement()
        .satisfies(p -> assertThat(p.textFlagged()).isTrue());

    sendProtocol.send(m, walk, staff, "http://localhost/", "http://localhost/personal");
    String page =
        mvc.perform(get("/trygghetsvandringar/" + walk + "/protokoll?lang=sv"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Sätt upp belysning vid bänkarna.")
        .doesNotContain("Texten visas inte")
        .doesNotContain("19850312")
        .doesNotContain("Svensson");
  }

  @Test
  void theLysekilDemoHasAPublishedWalkAndAPlannedFollowUp() throws Exception {
    List<Walk> demo =
        walks.all(municipality()).stream()
            .filter(w -> w.title().contains("Södra hamnen och Kungstorget"))
            .toList();
    assertThat(demo).hasSize(2);
    Walk completed = demo.stream().filter(Walk::published).findFirst().orElseThrow();
    Walk planned = demo.stream().filter(w -> !w.published()).findFirst().orElseThrow();
    assertThat(planned.previousWalkId()).isEqualTo(completed.id());
    assertThat(walks.publicProtocol(completed)).hasSize(4);
    assertThat(walks.sinceLast(planned).orElseThrow().countsNow())
        .containsEntry(PointStatus.DONE, 1)
        .containsEntry(PointStatus.IN_PROGRESS, 1)
        .containsEntry(PointStatus.NOT_DONE, 1);
    mvc.perform(get("/trygghetsvandringar/" + planned.id() + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Åtgärdad")));
    mvc.perform(get("/trygghetsvandringar/" + completed.id() + "/protokoll?lang=en"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("In progress")));
    mvc.perform(get("/trygghetsvandringar?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(completed.title())));
  }

  @Test
  void aFollowUpWalkShowsWhatHappenedSinceTheEarlierWalk() throws Exception {
    MunicipalityId m = municipality();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Park");
    UUID earlier =
        planWalk.plan(
            m,
            WalkMother.input(
                "Första " + WalkMother.unique(),
                20,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    UUID p1 =
        recordPoint
            .record(
                m, earlier, WalkMother.point(categories, m, owner.id(), "LIGHTING", "", "A"), staff)
            .pointId();
    recordPoint.record(
        m, earlier, WalkMother.point(categories, m, owner.id(), "LITTER", "", "B"), staff);
    sendProtocol.send(m, earlier, staff, "x", "y");
    changeStatus.change(m, earlier, p1, PointStatus.DONE, "", staff, null);
    UUID followUp =
        planWalk.plan(
            m,
            WalkMother.input(
                "Uppföljning " + WalkMother.unique(),
                20,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                earlier),
            staff);
    Walks.SinceLast since = walks.sinceLast(walks.find(m, followUp).orElseThrow()).orElseThrow();
    assertThat(since.earlier().id()).isEqualTo(earlier);
    assertThat(since.countsNow())
        .containsEntry(PointStatus.DONE, 1)
        .containsEntry(PointStatus.PLANNED, 1);
    assertThat(since.points())
        .filteredOn(d -> d.point().id().equals(p1))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.then()).isEqualTo(PointStatus.PLANNED);
              assertThat(d.now()).isEqualTo(PointStatus.DONE);
            });
    assertThat(since.changes()).hasSize(1);
    // A published point can be linked from a measure; an unpublished one cannot.
    InputResolver resolver =
        resolvers.stream().filter(r -> r.type().equals("WALK_POINT")).findFirst().orElseThrow();
    assertThat(resolver.label(m, p1)).hasValueSatisfying(l -> assertThat(l).contains("Belysning"));
    UUID unpublished =
        recordPoint
            .record(
                m,
                followUp,
                WalkMother.point(categories, m, owner.id(), "LIGHTING", "", "C"),
                staff)
            .pointId();
    assertThat(resolver.label(m, unpublished)).isEmpty();
    mvc.perform(get("/trygghetsvandringar/" + followUp + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Vad har hänt sedan sist?")));
  }

  @Test
  void aRegistrationAndARecordedPointAreEachRegisteredOnceThePointOwnedByItsOrganisation(
      @Autowired org.springframework.context.ApplicationContext context) {
    MunicipalityId m = municipality();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Registrering");
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                "Diarium " + WalkMother.unique(),
                10,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    RegisterForWalk.Receipt signUp = register.register(m, walk, walker());
    RecordWalkPoint.Result point =
        recordPoint.record(
            m,
            walk,
            WalkMother.point(categories, m, owner.id(), "LIGHTING", "Mörkt.", "Tänd lamporna."),
            staff);
    RegistrationProbe probe = new RegistrationProbe(context);

    RegistrationEntry registration =
        probe.awaitEntry(m, RecordKind.WALK_REGISTRATION, signUp.registrationId());
    RegistrationEntry recorded = probe.awaitEntry(m, RecordKind.WALK_POINT, point.pointId());

    assertThat(recorded.organisationId()).isEqualTo(owner.id());
    probe.assertRegisteredOnceWhenRepublished(
        registration,
        new WalkRegistrationReceived(m, signUp.registrationId(), java.time.OffsetDateTime.now()));
    probe.assertRegisteredOnceWhenRepublished(
        recorded,
        new WalkPointRecorded(m, point.pointId(), owner.id(), java.time.OffsetDateTime.now()));
  }
}

package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ContentApproved;
import se.trygghetsdialog.moderation.ContentUnmasked;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.moderation.ModerationStatus;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceReportId;
import se.trygghetsdialog.place.PlaceReportStatus;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.RecordingScreener;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.support.TestSpots;
import se.trygghetsdialog.tenancy.Municipalities;

@IntegrationTest
@RecordApplicationEvents
class PlaceReportIntegrationTest {

  private static final AtomicInteger CLIENT = new AtomicInteger(1);

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceCategories categories;
  @Autowired PlaceReports reports;
  @Autowired ModerationQueue queue;
  @Autowired Gazetteer gazetteer;
  @Autowired FormTimer timer;
  @Autowired ApplicationEvents events;
  @Autowired RecordingScreener screener;
  @LocalServerPort int port;

  MunicipalityId municipality;
  PlaceCategory lighting;
  PlaceCategory litter;
  String client;
  double lat;
  double lon;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    lighting = category("LIGHTING");
    litter = category("LITTER");
    // Each test is its own client and reports at its own spot (far from the demo reports).
    client = "10.1." + (CLIENT.get() / 250) + "." + (CLIENT.getAndIncrement() % 250 + 1);
    Coordinates spot = TestSpots.next();
    lat = spot.latitude();
    lon = spot.longitude();
  }

  PlaceCategory category(String code) {
    return categories.all(municipality).stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  Map<String, String> valid() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("latitude", String.valueOf(lat));
    form.put("longitude", String.valueOf(lon));
    form.put("categoryId", lighting.id().toString());
    form.put("timeOfDay", "EVENING");
    form.put("weekday", "FRIDAY");
    form.put("description", "Lampan vid gångvägen är trasig och det är mörkt på kvällen.");
    form.put("website", "");
    form.put("startedAt", timer.issue(Instant.now().minusSeconds(10)));
    return form;
  }

  MockMultipartHttpServletRequestBuilder report(Map<String, String> form) {
    MockMultipartHttpServletRequestBuilder request = multipart("/rapportera");
    form.forEach(request::param);
    request.with(csrf());
    request.with(
        r -> {
          r.setRemoteAddr(client);
          return r;
        });
    return request;
  }

  MvcResult send(Map<String, String> form, int expectedStatus) throws Exception {
    return mvc.perform(report(form)).andExpect(status().is(expectedStatus)).andReturn();
  }

  PlaceReport sent(Map<String, String> form) throws Exception {
    MvcResult result = send(form, 302);
    String location = result.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/rapportera/kvitto/");
    UUID receipt = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    return reports.byReceiptToken(municipality, receipt).orElseThrow();
  }

  @Test
  void acceptsAFillTimeStampOnlyOnce() throws Exception {
    Map<String, String> form = valid();
    sent(form);
    Map<String, String> again = new LinkedHashMap<>(form);
    again.put("categoryId", litter.id().toString());
    again.put("latitude", String.valueOf(lat + 0.01));
    int before = reports.count(municipality);
    String body = send(again, 400).getResponse().getContentAsString();
    assertThat(body).contains("skickades för snabbt");
    assertThat(reports.count(municipality)).isEqualTo(before);
  }

  @Test
  void refusesAFillTimeStampIssuedForAnotherForm() throws Exception {
    Map<String, String> form = valid();
    form.put("startedAt", timer.issue("walk-registration:/x", Instant.now().minusSeconds(10)));
    int before = reports.count(municipality);
    String body = send(form, 400).getResponse().getContentAsString();
    assertThat(body).contains("skickades för snabbt");
    assertThat(reports.count(municipality)).isEqualTo(before);
  }

  String privateToken(MvcResult result) {
    return (String) result.getFlashMap().get("privateToken");
  }

  static byte[] jpeg() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  StaffPrincipal moderator() {
    return accounts.actingAs(
        StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR));
  }

  ModerationItem item(PlaceReport report) {
    return queue
        .byContent(municipality, PlaceReport.CONTENT_TYPE, report.id().value())
        .orElseThrow();
  }

  PlaceReport awaitStatus(PlaceReport report, PlaceReportStatus status) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> reports.find(municipality, report.id()).orElseThrow().status(), s -> s == status);
    return reports.find(municipality, report.id()).orElseThrow();
  }

  @Nested
  class Reporting {

    @Test
    void storesTheReportPendingWithAQueueItemAndShowsTheReceiptWithThePrivateLink()
        throws Exception {
      MvcResult result = send(valid(), 302);
      String location = result.getResponse().getRedirectedUrl();
      PlaceReport report =
          reports
              .byReceiptToken(
                  municipality, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
              .orElseThrow();
      assertThat(report.status()).isEqualTo(PlaceReportStatus.PENDING);
      assertThat(report.categoryId()).isEqualTo(lighting.id());
      assertThat(item(report).status()).isEqualTo(ModerationStatus.PENDING);
      assertThat(reports.published(municipality, 1000)).noneMatch(r -> r.id().equals(report.id()));

      String token = privateToken(result);
      String receipt =
          mvc.perform(get(location).cookie(result.getResponse().getCookies()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(receipt).contains("/rapport/" + token).contains("Belysning");

      String statusPage =
          mvc.perform(get("/rapport/" + token))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(statusPage).contains("Mottagen – väntar på granskning");
      mvc.perform(get("/rapport/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void theStatusPageRepeatsWhatTheResidentWroteAndNamesThePlace() throws Exception {
      Map<String, String> form = valid();
      form.put("latitude", "58.27204");
      form.put("longitude", "11.43297");
      form.put("allowDuplicate", "yes");
      form.put("description", "Trasig lampa vid entrén, mörkt efter kl. 18. Ring 070-123 45 67.");
      // The phone number is refused once with a request to rewrite; the resident sends it anyway.
      form.put("sendAnyway", "yes");
      MvcResult result = send(form, 302);
      String statusPage =
          mvc.perform(get("/rapport/" + privateToken(result)).param("lang", "sv"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(statusPage)
          .contains("Det här skrev du")
          .contains("Trasig lampa vid entrén, mörkt efter kl. 18.")
          .doesNotContain("070-123 45 67")
          .contains("Det som kan vara personuppgifter")
          .contains("Nära Havets hus")
          .contains("58.27204, 11.43297");
    }

    @Test
    void theReceiptShowsTheFullPrivateAddressAndMailsItOnRequestWithoutStoringTheAddress()
        throws Exception {
      MvcResult result = send(valid(), 302);
      String location = result.getResponse().getRedirectedUrl();
      String token = privateToken(result);
      String receipt =
          mvc.perform(get(location + "?lang=sv").cookie(result.getResponse().getCookies()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(receipt)
          .contains("id=\"private-url\"")
          .containsPattern("value=\"https?://[^\"]+/rapport/" + token + "\"")
          .contains("Kopiera länken")
          .contains("Skicka länken till min e-post");

      String email = StaffMother.uniqueEmail("lanken");
      // A wrong address is named; a link that is not this report's is not found.
      String refused =
          mvc.perform(
                  post(location + "/lanken")
                      .param("lank", token)
                      .param("email", "inte en adress")
                      .with(csrf())
                      .with(
                          r -> {
                            r.setRemoteAddr(client);
                            return r;
                          }))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(refused).contains("Skriv en e-postadress").contains("/rapport/" + token);
      mvc.perform(
              post(location + "/lanken")
                  .param("lank", "x".repeat(43))
                  .param("email", email)
                  .with(csrf()))
          .andExpect(status().isNotFound());

      MvcResult mailed =
          mvc.perform(
                  post(location + "/lanken")
                      .param("lank", token)
                      .param("email", email)
                      .with(csrf()))
              .andExpect(status().isFound())
              .andReturn();
      assertThat(mailed.getResponse().getRedirectedUrl()).isEqualTo(location);
      assertThat(mailed.getFlashMap().get("privateToken")).isEqualTo(token);
      TestMailServer.Mail mail = TestMailServer.awaitMail(email, "privata länk");
      assertThat(mail.body()).contains("/rapport/" + token);
      PlaceReport report = reports.byPrivateToken(municipality, token).orElseThrow();
      assertThat(report.hasEmail()).isFalse();
    }

    @Test
    void mailsAReceiptWithThePrivateLinkWhenAnAddressIsGivenWithConsent() throws Exception {
      String email = StaffMother.uniqueEmail("invanare");
      Map<String, String> form = valid();
      form.put("email", email);
      form.put("emailConsent", "yes");
      MvcResult result = send(form, 302);
      TestMailServer.Mail mail = TestMailServer.awaitMail(email, "Kvitto");
      assertThat(mail.body()).contains("/rapport/" + privateToken(result));
    }

    @Test
    void refusesAnAddressWithoutConsent() throws Exception {
      int before = reports.count(municipality);
      Map<String, String> form = valid();
      form.put("email", "a@example.se");
      String body = send(form, 400).getResponse().getContentAsString();
      assertThat(body).contains("Kryssa i samtycket");
      assertThat(reports.count(municipality)).isEqualTo(before);
    }

    @Test
    void storesAPhotoReEncodedAndARoute() throws Exception {
      Map<String, String> form = valid();
      form.put("route", lat + "," + lon + ";" + (lat + 0.001) + "," + (lon + 0.001));
      MvcResult result =
          mvc.perform(
                  report(form).file(new MockMultipartFile("photo", "bild.png", "image/png", png())))
              .andExpect(status().isFound())
              .andReturn();
      String location = result.getResponse().getRedirectedUrl();
      PlaceReport report =
          reports
              .byReceiptToken(
                  municipality, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
              .orElseThrow();
      assertThat(report.hasPhoto()).isTrue();
      assertThat(report.route()).hasSize(2);
      StaffPrincipal moderator = moderator();
      mvc.perform(get("/personal/platsrapporter/" + report.id() + "/foto").with(user(moderator)))
          .andExpect(status().isOk());
      String page =
          mvc.perform(get("/personal/platsrapporter/" + report.id()).with(user(moderator)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("/personal/platsrapporter/" + report.id() + "/foto");
      StaffPrincipal leader =
          accounts.actingAs(
              StaffMother.staff(municipalities, accounts, "Pia Ledare", Role.PROCESS_LEADER));
      mvc.perform(get("/personal/platsrapporter/" + report.id() + "/foto").with(user(leader)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/personal/platsrapporter/" + report.id() + "/foto"))
          .andExpect(status().is3xxRedirection());
    }
  }

  @Nested
  class BadInput {

    int before;

    @BeforeEach
    void count() {
      before = reports.count(municipality);
    }

    String rejected(Map<String, String> form) throws Exception {
      String body = send(form, 400).getResponse().getContentAsString();
      assertThat(reports.count(municipality)).isEqualTo(before);
      assertThat(body).contains("govuk-error-summary");
      return body;
    }

    @Test
    void refusesAPointOutsideTheMunicipality() throws Exception {
      Map<String, String> form = valid();
      form.put("latitude", "59.3293");
      form.put("longitude", "18.0686");
      assertThat(rejected(form)).contains("Platsen ligger utanför kommunen");
    }

    @Test
    void showsEveryErrorAtOnceAlsoWhenAValueCannotBeReadAsItsType() throws Exception {
      Map<String, String> form = valid();
      form.put("latitude", "norr");
      form.put("description", "");
      form.put("timeOfDay", "");
      assertThat(rejected(form))
          .contains("Skriv latitud och longitud som decimaltal")
          .contains("Beskriv platsen")
          .contains("Välj när på dygnet");
    }

    @Test
    void refusesCoordinatesThatAreNotNumbers() throws Exception {
      Map<String, String> form = valid();
      form.put("latitude", "norr");
      form.put("weekday", "SOMETIMES");
      // Values that cannot be read as their type come back as typed, with the field's message.
      assertThat(rejected(form))
          .contains("Skriv latitud och longitud som decimaltal")
          .contains("Välj en veckodag i listan")
          .contains("value=\"norr\"")
          .contains("Lampan vid gångvägen är trasig");
    }

    @Test
    void refusesAnUnknownCategory() throws Exception {
      Map<String, String> form = valid();
      form.put("categoryId", UUID.randomUUID().toString());
      assertThat(rejected(form)).contains("Den valda kategorin finns inte");
    }

    @Test
    void refusesATopLevelCategoryThatHasSubCategories() throws Exception {
      Map<String, String> form = valid();
      form.put("categoryId", category("UNSAFE_PLACE").id().toString());
      assertThat(rejected(form)).contains("Den valda kategorin finns inte");
    }

    @Test
    void refusesAnOverlongDescription() throws Exception {
      Map<String, String> form = valid();
      form.put("description", "a".repeat(2001));
      assertThat(rejected(form)).contains("högst 2000 tecken");
    }

    @Test
    void saysThatAValidPhotoMustBeChosenAgainWhenTheFormComesBackWithAnotherError()
        throws Exception {
      int before = reports.count(municipality);
      Map<String, String> form = valid();
      form.put("timeOfDay", "");
      String body =
          mvc.perform(
                  report(form)
                      .file(
                          new MockMultipartFile(
                              "photo", "C:\\Bilder\\gangvag.png", "image/png", png())))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(body)
          .contains("Välj fotot igen (gangvag.png)")
          .contains("href=\"#photo\"")
          .contains("id=\"photo-error\"")
          .doesNotContain("Bilder");
      assertThat(reports.count(municipality)).isEqualTo(before);
      // Without a photo, nothing is said about one.
      assertThat(rejected(form)).doesNotContain("Välj fotot igen");
    }

    @Test
    void refusesAFileThatIsNotAnImage() throws Exception {
      String body =
          mvc.perform(
                  report(valid())
                      .file(
                          new MockMultipartFile(
                              "photo",
                              "bild.jpg",
                              "image/jpeg",
                              "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).contains("JPEG- eller PNG-bild");
      assertThat(reports.count(municipality)).isEqualTo(before);
    }

    @Test
    void refusesAnImageDeclaredAsAnotherType() throws Exception {
      String body =
          mvc.perform(
                  report(valid())
                      .file(new MockMultipartFile("photo", "bild.jpg", "image/jpeg", png())))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).contains("inte den bildtyp den säger sig vara");
      assertThat(reports.count(municipality)).isEqualTo(before);
    }

    @Test
    void refusesAnImageThatStartsLikeAJpegButIsBroken() throws Exception {
      byte[] broken = new byte[2000];
      broken[0] = (byte) 0xFF;
      broken[1] = (byte) 0xD8;
      broken[2] = (byte) 0xFF;
      String body =
          mvc.perform(
                  report(valid())
                      .file(new MockMultipartFile("photo", "bild.jpg", "image/jpeg", broken)))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).contains("Bilden kunde inte läsas");
      assertThat(reports.count(municipality)).isEqualTo(before);
    }

    @Test
    void refusesAPhotoOverFiveMegabytes() throws Exception {
      byte[] big = new byte[5 * 1024 * 1024 + 1];
      byte[] start = jpeg();
      System.arraycopy(start, 0, big, 0, start.length);
      String body =
          mvc.perform(
                  report(valid())
                      .file(new MockMultipartFile("photo", "bild.jpg", "image/jpeg", big)))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).contains("Fotot får vara högst 5 MB");
      assertThat(reports.count(municipality)).isEqualTo(before);
    }

    @Test
    void asksToRewriteATextThatSeemsToHoldPersonalDataWithoutSayingWhatWasFound() throws Exception {
      Map<String, String> form = valid();
      form.put("description", NEIGHBOUR);
      String body = rejected(form);
      assertThat(body)
          .contains("Texten verkar innehålla personuppgifter")
          .contains("id=\"sendAnyway\"")
          .doesNotContain("[personnummer]")
          .doesNotContain("[namn]");
    }

    @Test
    void showsMarkupInTextEscapedAndNeverRunsIt() throws Exception {
      Map<String, String> form = valid();
      form.put("description", "<script>alert('x')</script>" + "a".repeat(2001));
      String body = rejected(form);
      assertThat(body).doesNotContain("<script>alert('x')</script>").contains("&lt;script&gt;");
    }

    @Test
    void treatsAFilledHoneypotAsARobot() throws Exception {
      Map<String, String> form = valid();
      form.put("website", "http://spam.example");
      assertThat(rejected(form)).contains("skickades för snabbt");
    }

    @Test
    void treatsAFormSentWithinThreeSecondsAsARobot() throws Exception {
      Map<String, String> form = valid();
      form.put("startedAt", timer.issue(Instant.now()));
      assertThat(rejected(form)).contains("skickades för snabbt");
    }

    @Test
    void treatsAForgedTimeStampAsARobot() throws Exception {
      Map<String, String> form = valid();
      form.put("startedAt", Instant.now().minusSeconds(60).toEpochMilli() + ".forged");
      assertThat(rejected(form)).contains("skickades för snabbt");
    }

    @Test
    void answersAnUploadOverTheRequestLimitWithAClearPageNotAServerError() throws Exception {
      HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
      String page =
          http.send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/rapportera"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      // The token travels in the body (first, as a browser sends it), never in the action's URL.
      assertThat(page).contains("action=\"/rapportera\"").doesNotContain("_csrf=");
      java.util.regex.Matcher token =
          java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
      assertThat(token.find()).isTrue();
      String boundary = "----td" + UUID.randomUUID();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                  + token.group(1)
                  + "\r\n--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"big.jpg\"\r\n"
                  + "Content-Type: image/jpeg\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(new byte[10 * 1024 * 1024 + 100_000]);
      body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      String url = "http://localhost:" + port + "/rapportera";
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.body()).contains("Filen eller texten är för stor");
      assertThat(reports.count(municipality)).isEqualTo(before);
    }
  }

  @Nested
  class Duplicates {

    @Test
    void offersToAgreeWithAReportOfTheSameCategoryNearbyInsteadOfStoringANewOne() throws Exception {
      PlaceReport first = sent(valid());
      int before = reports.count(municipality);
      Map<String, String> again = valid();
      again.put("latitude", String.valueOf(lat + 0.0002));
      String body = send(again, 200).getResponse().getContentAsString();
      assertThat(body)
          .contains("Det här problemet är redan rapporterat – håller du med?")
          .contains(first.id().toString());
      assertThat(reports.count(municipality)).isEqualTo(before);

      mvc.perform(
              post("/rapportera/hall-med")
                  .param("reportId", first.id().toString())
                  .with(csrf())
                  .with(
                      r -> {
                        r.setRemoteAddr(client);
                        return r;
                      }))
          .andExpect(status().isFound());
      assertThat(reports.find(municipality, first.id()).orElseThrow().agreements()).isEqualTo(1);
      assertThat(reports.count(municipality)).isEqualTo(before);

      // The same client agreeing again is not counted twice.
      mvc.perform(
              post("/rapportera/hall-med")
                  .param("reportId", first.id().toString())
                  .with(csrf())
                  .with(
                      r -> {
                        r.setRemoteAddr(client);
                        return r;
                      }))
          .andExpect(status().isFound());
      assertThat(reports.find(municipality, first.id()).orElseThrow().agreements()).isEqualTo(1);
      mvc.perform(
              post("/rapportera/hall-med")
                  .param("reportId", UUID.randomUUID().toString())
                  .with(csrf())
                  .with(
                      r -> {
                        r.setRemoteAddr(client);
                        return r;
                      }))
          .andExpect(status().isNotFound());
    }

    @Test
    void storesANewReportWhenTheResidentSaysItIsADifferentProblem() throws Exception {
      sent(valid());
      Map<String, String> again = valid();
      again.put("allowDuplicate", "yes");
      assertThat(sent(again).status()).isEqualTo(PlaceReportStatus.PENDING);
    }

    @Test
    void doesNotOfferReportsOfAnotherCategoryOrFurtherAway() throws Exception {
      sent(valid());
      Map<String, String> other = valid();
      other.put("categoryId", litter.id().toString());
      sent(other);
      Map<String, String> far = valid();
      far.put("latitude", String.valueOf(lat + 0.001));
      sent(far);
    }
  }

  /** A resident names and accuses a neighbour, with a personnummer whose check digit is wrong. */
  static final String NEIGHBOUR =
      "Min granne Anders Svensson 19850312-1234 på Storgatan 5 säljer knark";

  @Nested
  class Moderation {

    StaffPrincipal moderator;

    @BeforeEach
    void setUp() {
      moderator = moderator();
    }

    @Test
    void screensTheResidentsTextOnceFromTheFormToPublication() throws Exception {
      String marker = "Glasbryggan" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
      Map<String, String> form = valid();
      form.put("description", "Mörkt vid " + marker + " när lamporna är släckta på kvällen.");
      MvcResult result = send(form, 302);
      String location = result.getResponse().getRedirectedUrl();
      PlaceReport report =
          reports
              .byReceiptToken(
                  municipality, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
              .orElseThrow();
      mvc.perform(get("/rapport/" + privateToken(result))).andExpect(status().isOk());
      ModerationItem item = item(report);
      mvc.perform(get("/personal/moderering").with(user(moderator))).andExpect(status().isOk());
      mvc.perform(get("/personal/moderering/" + item.id()).with(user(moderator)))
          .andExpect(status().isOk());
      mvc.perform(
              post("/personal/moderering/" + item.id() + "/godkann")
                  .param("publicText", item.originalText())
                  .with(csrf())
                  .with(user(moderator)))
          .andExpect(status().isFound());
      assertThat(awaitStatus(report, PlaceReportStatus.PUBLISHED).publicText()).contains(marker);
      mvc.perform(get("/rapport/" + privateToken(result))).andExpect(status().isOk());

      assertThat(screener.screenings(marker)).isEqualTo(1);
    }

    PlaceReport flaggedReport() throws Exception {
      Map<String, String> form = valid();
      form.put(
          "description",
          "Det är mörkt här. Ring mig på 070-123 45 67 så berättar jag mer om lamporna.");
      form.put("sendAnyway", "yes");
      PlaceReport report = sent(form);
      assertThat(report.flagged()).isTrue();
      return report;
    }

    @Test
    void showsFlaggedTextMaskedByDefault() throws Exception {
      PlaceReport report = flaggedReport();
      String page =
          mvc.perform(get("/personal/moderering/" + item(report).id()).with(user(moderator)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("[telefonnummer]").doesNotContain("070-123 45 67");
    }

    @Test
    void approvesWithARedactedPublicTextKeepingTheOriginal() throws Exception {
      PlaceReport report = flaggedReport();
      ModerationItem item = item(report);
      String refused =
          mvc.perform(
                  post("/personal/moderering/" + item.id() + "/godkann")
                      .param("publicText", "Mörkt här, ring 070-123 45 67.")
                      .with(csrf())
                      .with(user(moderator)))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(refused).contains("fortfarande möjliga personuppgifter");
      assertThat(reports.find(municipality, report.id()).orElseThrow().status())
          .isEqualTo(PlaceReportStatus.PENDING);

      mvc.perform(
              post("/personal/moderering/" + item.id() + "/godkann")
                  .param("publicText", "Det är mörkt här. Lamporna behöver lagas.")
                  .with(csrf())
                  .with(user(moderator)))
          .andExpect(status().isFound());
      PlaceReport published = awaitStatus(report, PlaceReportStatus.PUBLISHED);
      assertThat(published.publicText()).isEqualTo("Det är mörkt här. Lamporna behöver lagas.");
      ModerationItem decided = item(report);
      assertThat(decided.redacted()).isTrue();
      assertThat(decided.originalText()).contains("070-123 45 67");
      assertThat(decided.decidedBy()).isEqualTo(moderator.accountId());
      assertThat(reports.published(municipality, 1000))
          .filteredOn(r -> r.id().equals(report.id()))
          .singleElement()
          .satisfies(r -> assertThat(r.publicText()).doesNotContain("070"));
    }

    String page(MvcResult result) throws Exception {
      return result.getResponse().getContentAsString();
    }

    @Test
    void keepsAReportedNeighboursPersonnummerOffTheMapAndTheReportersPage() throws Exception {
      Map<String, String> form = valid();
      form.put("description", NEIGHBOUR);
      form.put("sendAnyway", "yes");
      MvcResult sent = send(form, 302);
      String receipt =
          page(
              mvc.perform(
                      get(sent.getResponse().getRedirectedUrl())
                          .cookie(sent.getResponse().getCookies()))
                  .andExpect(status().isOk())
                  .andReturn());
      assertThat(receipt).contains("Din text verkar innehålla personuppgifter");
      String token = privateToken(sent);
      PlaceReport report = reports.byPrivateToken(municipality, token).orElseThrow();
      assertThat(report.flagged()).isTrue();
      ModerationItem item = item(report);

      String itemPage =
          page(
              mvc.perform(get("/personal/moderering/" + item.id()).with(user(moderator)))
                  .andExpect(status().isOk())
                  .andReturn());
      assertThat(itemPage).doesNotContain("19850312-1234").contains("[personnummer]");
      assertThat(textarea(itemPage, "publicText")).isEmpty();

      // What the moderator is offered, sent as it stands, or the original pasted in: refused.
      for (String attempt : new String[] {masked(itemPage), NEIGHBOUR, "Granne 19850312-1234"}) {
        mvc.perform(
                post("/personal/moderering/" + item.id() + "/godkann")
                    .param("publicText", attempt)
                    .with(csrf())
                    .with(user(moderator)))
            .andExpect(status().isBadRequest());
      }
      String written = "En boende berättar att det säljs narkotika i kvarteret.";
      mvc.perform(
              post("/personal/moderering/" + item.id() + "/godkann")
                  .param("publicText", written)
                  .with(csrf())
                  .with(user(moderator)))
          .andExpect(status().isFound());
      awaitStatus(report, PlaceReportStatus.PUBLISHED);

      String map = page(mvc.perform(get("/trygghetskarta")).andExpect(status().isOk()).andReturn());
      assertThat(map).contains(written).doesNotContain("19850312").doesNotContain("Svensson");
      String statusPage =
          page(mvc.perform(get("/rapport/" + token)).andExpect(status().isOk()).andReturn());
      assertThat(statusPage)
          .contains(written)
          .doesNotContain("19850312")
          .doesNotContain("Svensson");
    }

    /** The masked text as the item page shows it. */
    String masked(String itemPage) {
      int start = itemPage.indexOf('>', itemPage.indexOf("id=\"shown-text\"")) + 1;
      return itemPage.substring(start, itemPage.indexOf("</div>", start)).strip();
    }

    String textarea(String page, String name) {
      int start =
          page.indexOf('>', page.indexOf("<textarea", page.indexOf("name=\"" + name + "\"") - 200))
              + 1;
      return page.substring(start, page.indexOf("</textarea>", start)).strip();
    }

    @Test
    void publishesATextScreeningFlagsOnlyWhenTheModeratorConfirmsWhatWasFound() throws Exception {
      PlaceReport report = flaggedReport();
      ModerationItem item = item(report);
      String text = "Lampan utanför biblioteket på Storgatan 5 är trasig.";
      String refused =
          page(
              mvc.perform(
                      post("/personal/moderering/" + item.id() + "/godkann")
                          .param("publicText", text)
                          .with(csrf())
                          .with(user(moderator)))
                  .andExpect(status().isBadRequest())
                  .andReturn());
      assertThat(refused).contains("adress").contains("id=\"confirmFindings\"");
      assertThat(textarea(refused, "publicText")).isEqualTo(text);

      mvc.perform(
              post("/personal/moderering/" + item.id() + "/godkann")
                  .param("publicText", text)
                  .param("confirmFindings", "yes")
                  .with(csrf())
                  .with(user(moderator)))
          .andExpect(status().isFound());
      assertThat(awaitStatus(report, PlaceReportStatus.PUBLISHED).publicText()).isEqualTo(text);
      assertThat(events.stream(ContentApproved.class))
          .singleElement()
          .satisfies(
              e -> assertThat(e.auditAction()).isEqualTo("moderation.approved-findings-confirmed"));
    }

    @Test
    void neverPublishesScreenedTextUnreviewed() throws Exception {
      PlaceReport report = flaggedReport();
      assertThat(reports.published(municipality, 1000)).noneMatch(r -> r.id().equals(report.id()));
      assertThat(reports.find(municipality, report.id()).orElseThrow().publicText()).isNull();
    }

    @Test
    void rejectsOnlyWithAReasonWhichTheResidentSees() throws Exception {
      MvcResult result = send(valid(), 302);
      PlaceReport report = reports.byPrivateToken(municipality, privateToken(result)).orElseThrow();
      ModerationItem item = item(report);
      mvc.perform(
              post("/personal/moderering/" + item.id() + "/avvisa")
                  .param("rejectReason", " ")
                  .with(csrf())
                  .with(user(moderator)))
          .andExpect(status().isBadRequest());
      mvc.perform(
              post("/personal/moderering/" + item.id() + "/avvisa")
                  .param("rejectReason", "Platsen ligger på privat mark.")
                  .with(csrf())
                  .with(user(moderator)))
          .andExpect(status().isFound());
      PlaceReport rejected = awaitStatus(report, PlaceReportStatus.REJECTED);
      assertThat(rejected.decisionReason()).isEqualTo("Platsen ligger på privat mark.");
      String statusPage =
          mvc.perform(get("/rapport/" + privateToken(result)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(statusPage).contains("Platsen ligger på privat mark.");
    }

    @Test
    void keepsAReportInternal() throws Exception {
      PlaceReport report = sent(valid());
      mvc.perform(
              post("/personal/moderering/" + item(report).id() + "/intern")
                  .with(csrf())
                  .with(user(moderator)))
          .andExpect(status().isFound());
      awaitStatus(report, PlaceReportStatus.INTERNAL);
      assertThat(reports.published(municipality, 1000)).noneMatch(r -> r.id().equals(report.id()));
    }

    @Test
    void unmasksOnlyWithAReasonAndPublishesAnAuditableEvent() throws Exception {
      PlaceReport report = flaggedReport();
      ModerationItem item = item(report);
      mvc.perform(
              post("/personal/moderering/" + item.id() + "/visa")
                  .param("unmaskReason", "")
                  .with(csrf())
                  .with(user(moderator)))
          .andExpect(status().isBadRequest());
      assertThat(events.stream(ContentUnmasked.class)).isEmpty();
      String page =
          mvc.perform(
                  post("/personal/moderering/" + item.id() + "/visa")
                      .param("unmaskReason", "Behöver kontakta invånaren om lampan.")
                      .with(csrf())
                      .with(user(moderator)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("070-123 45 67");
      assertThat(events.stream(ContentUnmasked.class))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.actorAccountId()).isEqualTo(moderator.accountId());
                assertThat(e.auditAction()).isEqualTo("moderation.unmasked");
                assertThat(e.reason()).isEqualTo("Behöver kontakta invånaren om lampan.");
              });
      assertThat(queue.unmaskings(municipality, item.id())).isEqualTo(1);
    }

    @Test
    void letsOnlyModeratorsAndAdministratorsIntoTheQueue() throws Exception {
      StaffPrincipal leader =
          accounts.actingAs(
              StaffMother.staff(municipalities, accounts, "Pia Ledare", Role.PROCESS_LEADER));
      mvc.perform(get("/personal/moderering").with(user(leader))).andExpect(status().isForbidden());
      mvc.perform(get("/personal/moderering").with(user(moderator))).andExpect(status().isOk());
      mvc.perform(get("/personal/moderering")).andExpect(status().is3xxRedirection());
    }
  }

  @Nested
  class GazetteerImportAndSearch {

    StaffPrincipal admin;

    @BeforeEach
    void setUp() {
      admin =
          accounts.actingAs(
              StaffMother.staff(municipalities, accounts, "Ada Admin", Role.ADMINISTRATOR));
    }

    @Test
    void namesEveryBadLineAndImportsNothing() throws Exception {
      String name = "Testplats " + UUID.randomUUID().toString().substring(0, 6);
      String csv =
          "namn;typ;latitud;longitud\n"
              + name
              + ";plats;58.27;11.43\n"
              + "Fel;slott;58.27;11.43\n"
              + "Stockholm;ort;59.33;18.06\n";
      String body =
          mvc.perform(
                  multipart("/personal/admin/ortnamn")
                      .param("csv", csv)
                      .with(csrf())
                      .with(user(admin)))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).contains("Rad 3: typen ska vara").contains("Rad 4: platsen ligger utanför");
      assertThat(gazetteer.search(municipality, name)).isEmpty();
    }

    @Test
    void importsAndFindsTheNamesWithAndWithoutHtmx() throws Exception {
      String name = "Testgatan " + UUID.randomUUID().toString().substring(0, 6);
      mvc.perform(
              multipart("/personal/admin/ortnamn")
                  .file(
                      new MockMultipartFile(
                          "file",
                          "ortnamn.csv",
                          "text/csv",
                          (name + ";gata;58,2748;11,4361\n").getBytes(StandardCharsets.UTF_8)))
                  .with(csrf())
                  .with(user(admin)))
          .andExpect(status().isFound());
      assertThat(gazetteer.search(municipality, name)).hasSize(1);

      String page =
          mvc.perform(get("/rapportera/sok").param("q", name))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("<html").contains(name).contains("/rapportera?plats=");
      String fragment =
          mvc.perform(get("/rapportera/sok").param("q", name).header("HX-Request", "true"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(fragment).doesNotContain("<html").contains(name);

      UUID id = gazetteer.search(municipality, name).get(0).id();
      String form =
          mvc.perform(get("/rapportera").param("plats", id.toString()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(form).contains("58.274800").contains("11.436100");
    }

    @Test
    void aLinkToAnUnknownPlaceOpensTheFormSayingThatThePlaceMustBeChosen() throws Exception {
      for (String plats : List.of(UUID.randomUUID().toString(), "inte-en-plats")) {
        String form =
            mvc.perform(get("/rapportera").param("plats", plats).param("lang", "sv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
            .contains("enctype=\"multipart/form-data\"")
            .contains("Platsen i länken finns inte. Sök efter platsen");
      }
      assertThat(
              mvc.perform(get("/rapportera"))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString(StandardCharsets.UTF_8))
          .doesNotContain("Platsen i länken finns inte");
    }

    @Test
    void keepsTheImportPageForAdministrators() throws Exception {
      StaffPrincipal moderator = moderator();
      mvc.perform(get("/personal/admin/ortnamn").with(user(moderator)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/personal/admin/ortnamn").with(user(admin))).andExpect(status().isOk());
    }
  }

  @Nested
  class Administration {

    StaffPrincipal admin;

    @BeforeEach
    void setUp() {
      admin =
          accounts.actingAs(
              StaffMother.staff(municipalities, accounts, "Ada Admin", Role.ADMINISTRATOR));
    }

    @Test
    void addsASubCategoryThatResidentsCanChooseAndRefusesAnEmptyName() throws Exception {
      mvc.perform(get("/personal/admin/kategorier").with(user(admin))).andExpect(status().isOk());
      PlaceCategory unsafe = category("UNSAFE_PLACE");
      var request = post("/personal/admin/kategorier").with(csrf()).with(user(admin));
      for (PlaceCategory c : categories.all(municipality)) {
        request
            .param("nameSv-" + c.id(), c.nameSv())
            .param("nameEn-" + c.id(), c.nameEn())
            .param("active-" + c.id(), c.active() ? "yes" : "");
      }
      String suffix = UUID.randomUUID().toString().substring(0, 4);
      String name = "Hundrastgård " + suffix;
      // Names are unique per municipality and language, and the test database outlives one run.
      request
          .param("newParent", unsafe.id().toString())
          .param("newNameSv", name)
          .param("newNameEn", "Dog park " + suffix);
      mvc.perform(request).andExpect(status().isFound());
      PlaceCategory added =
          categories.all(municipality).stream()
              .filter(c -> c.nameSv().equals(name))
              .findFirst()
              .orElseThrow();
      assertThat(added.parentId()).isEqualTo(unsafe.id());
      assertThat(categories.reportable(municipality, added.id())).isPresent();

      mvc.perform(
              post("/personal/admin/kategorier")
                  .param("nameSv-" + added.id(), "")
                  .with(csrf())
                  .with(user(admin)))
          .andExpect(status().isBadRequest());
    }

    @Test
    void aLatitudeWithLettersComesBackAsTypedWithTheLatitudeMessage() throws Exception {
      String body =
          mvc.perform(
                  post("/personal/admin/karta")
                      .param("minLatitude", "norr")
                      .param("maxLatitude", "58,45")
                      .param("minLongitude", "11,20")
                      .param("maxLongitude", "11.65")
                      .with(csrf())
                      .with(user(admin)))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body)
          .contains("Skriv latituder som decimaltal")
          .doesNotContain("Skriv longituder som decimaltal")
          .contains("value=\"norr\"");
    }

    @Test
    void refusesATileAddressThatIsNotHttps() throws Exception {
      String body =
          mvc.perform(
                  post("/personal/admin/karta")
                      .param("minLatitude", "58.15")
                      .param("maxLatitude", "58.45")
                      .param("minLongitude", "11.20")
                      .param("maxLongitude", "11.65")
                      .param("tileUrl", "http://tiles.example/{z}/{x}/{y}.png")
                      .with(csrf())
                      .with(user(admin)))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).contains("https://");
      mvc.perform(get("/personal/admin/karta").with(user(moderator())))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void answersTooManySubmissionsFromOneClientWithTooManyRequests() throws Exception {
    Map<String, String> empty = new LinkedHashMap<>();
    int status = 0;
    for (int i = 0; i < 25 && status != 429; i++) {
      status = mvc.perform(report(empty)).andReturn().getResponse().getStatus();
    }
    assertThat(status).isEqualTo(429);
  }

  @Test
  void findsNoReportForAnUnknownId() {
    assertThat(reports.find(municipality, new PlaceReportId(UUID.randomUUID()))).isEmpty();
  }
}

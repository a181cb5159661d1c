package se.trygghetsdialog.eid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;

/**
 * The whole e-ID round trip against mock-oauth2-server as a real OIDC provider, started by the test
 * on a free port: the start form, the broker's authorization endpoint (PKCE, state, nonce), its
 * token endpoint and JWKS, and the callback. A test-only consumer stands in for the later proposal
 * module and keeps what it is handed in memory.
 */
@IntegrationTest
@org.springframework.context.annotation.Import(ResidentEidVerificationTest.Consumer.class)
class ResidentEidVerificationTest {

  static final String CLIENT = "trygghetsdialog-test";
  static final String PNR_CLAIM = "personnummer";
  static final String KOMMUN_CLAIM = "folkbokforingskommun";
  static final String LOA2 = "http://id.elegnamnden.se/loa/1.0/loa2";
  static final String PURPOSE = "prova-underskrift";
  static final MockOAuth2Server BROKER = new MockOAuth2Server();

  static {
    BROKER.start(freePort());
  }

  @AfterAll
  static void stopBroker() {
    BROKER.shutdown();
  }

  @DynamicPropertySource
  static void eid(DynamicPropertyRegistry registry) {
    registry.add("app.eid.issuer-uri", () -> BROKER.issuerUrl("eid").toString());
    registry.add("app.eid.client-id", () -> CLIENT);
    registry.add("app.eid.client-secret", () -> "hemligt");
    registry.add("app.eid.personnummer-claim", () -> PNR_CLAIM);
    registry.add("app.eid.municipality-claim", () -> KOMMUN_CLAIM);
    registry.add("app.eid.minimum-age", () -> "16");
  }

  /** The stand-in for a purpose's module: remembers every resident it was handed. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Consumer {
    @Bean
    TestSignatures testSignatures() {
      return new TestSignatures();
    }
  }

  static final class TestSignatures implements ResidentVerificationHandler {
    final List<VerifiedResident> verified = new CopyOnWriteArrayList<>();
    final Set<String> closed = ConcurrentHashMap.newKeySet();

    @Override
    public String purpose() {
      return PURPOSE;
    }

    @Override
    public void check(MunicipalityId municipality, String subjectId) {
      if (closed.contains(subjectId)) {
        throw new EidRefusal("eid.refused.closed", 409);
      }
    }

    /** Subjects starting with this keep each pseudonym once, like a unique constraint would. */
    static final String UNIQUE = "unik-";

    final Set<String> unique = ConcurrentHashMap.newKeySet();

    @Override
    public void verified(VerifiedResident resident) {
      if (resident.subjectId().startsWith(UNIQUE)
          && !unique.add(resident.subjectId() + "|" + resident.pseudonym())) {
        throw new org.springframework.dao.DuplicateKeyException("signature_pseudonym_key");
      }
      verified.add(resident);
    }

    List<VerifiedResident> of(String subject) {
      return verified.stream().filter(r -> r.subjectId().equals(subject)).toList();
    }
  }

  @Autowired MockMvc mvc;
  @Autowired TestSignatures signatures;
  @Autowired JdbcClient jdbc;

  /** What the module logs, to see which check refused and that no personnummer is logged. */
  final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void captureTheModulesLog() {
    Logger logger = (Logger) LoggerFactory.getLogger("se.trygghetsdialog.eid");
    logger.setLevel(Level.INFO);
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void stopCapturing() {
    ((Logger) LoggerFactory.getLogger("se.trygghetsdialog.eid")).detachAppender(logged);
  }

  /** The lines the module logged in this test. */
  String log() {
    return String.join("\n", logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
  }

  // --- the round trip ----------------------------------------------------------------------

  /** What the browser holds after the broker answered: the callback's query and the cookie. */
  record BrokerAnswer(String code, String state, Cookie binding, Map<String, Object> claims) {}

  /** Posts the start form and follows the broker's authorization endpoint to its answer. */
  BrokerAnswer toBroker(String subject, Map<String, Object> claims) throws Exception {
    MvcResult start =
        mvc.perform(
                post("/e-legitimation/start")
                    .param("syfte", PURPOSE)
                    .param("arende", subject)
                    .param("tillbaka", "/tillbaka/" + subject)
                    .with(csrf()))
            .andReturn();
    assertThat(start.getResponse().getStatus()).isBetween(300, 399);
    assertThat(start.getRequest().getSession(false)).isNull();
    String location = start.getResponse().getRedirectedUrl();
    assertThat(location).startsWith(BROKER.authorizationEndpointUrl("eid").toString());
    var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
    assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
    assertThat(query.getFirst("acr_values")).contains("loa3");
    Cookie binding = start.getResponse().getCookie("td-eid");
    assertThat(binding).isNotNull();
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<Void> authorized =
        http.send(
            HttpRequest.newBuilder(URI.create(location)).GET().build(),
            HttpResponse.BodyHandlers.discarding());
    String back = authorized.headers().firstValue("Location").orElseThrow();
    var answer = UriComponentsBuilder.fromUriString(back).build().getQueryParams();
    assertThat(back).contains("/e-legitimation/svar");
    return new BrokerAnswer(answer.getFirst("code"), answer.getFirst("state"), binding, claims);
  }

  /**
   * The broker's answer arrives and the application redeems the code: the token endpoint will issue
   * the answer's claims. (The mock takes queued claims in order, so they are queued only when the
   * token endpoint will be asked.)
   */
  MvcResult callback(BrokerAnswer answer) throws Exception {
    BROKER.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "eid", "resident", "JWT", List.of(CLIENT), answer.claims(), 600));
    return answerRefusedBeforeTheTokenRequest(answer);
  }

  /** The broker's answer arrives again, or without its cookie: refused before any token request. */
  MvcResult answerRefusedBeforeTheTokenRequest(BrokerAnswer answer) throws Exception {
    MvcResult result =
        mvc.perform(
                get("/e-legitimation/svar")
                    .param("code", answer.code())
                    .param("state", answer.state())
                    .cookie(answer.binding()))
            .andReturn();
    assertThat(result.getRequest().getSession(false)).as("no HTTP session").isNull();
    assertThat(result.getResponse().getStatus()).as("never a server error").isLessThan(500);
    return result;
  }

  MvcResult verify(String subject, Map<String, Object> claims) throws Exception {
    return callback(toBroker(subject, claims));
  }

  static Map<String, Object> claims(String acr, Object personnummer) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("acr", acr);
    claims.put(PNR_CLAIM, personnummer);
    return claims;
  }

  static Map<String, Object> loa3(String personnummer) {
    return claims(EidPolicy.LOA3, personnummer);
  }

  static String subject() {
    return UUID.randomUUID().toString();
  }

  /** A valid personnummer born on that day, with random birth digits and its Luhn check digit. */
  static String personnummer(LocalDate born) {
    String first =
        born.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", ThreadLocalRandom.current().nextInt(1, 999));
    for (int check = 0; check < 10; check++) {
      if (EidPolicy.luhn(first.substring(2) + check)) {
        return first + check;
      }
    }
    throw new AssertionError();
  }

  static String adult() {
    return personnummer(LocalDate.of(1950 + ThreadLocalRandom.current().nextInt(50), 3, 14));
  }

  static void assertRefused(MvcResult result, int status, String reason) throws Exception {
    assertThat(result.getResponse().getStatus()).isEqualTo(status);
    assertThat(result.getResponse().getContentAsString())
        .contains(
            switch (reason) {
              case "loa" -> "tillitsnivå 3";
              case "personnummer" -> "giltigt personnummer";
              case "age" -> "åldersgräns";
              case "state" -> "redan använts";
              case "token" -> "kunde inte kontrolleras";
              case "closed" -> "Tiden för det här har gått ut";
              case "residence" -> "folkbokförd i kommunen";
              default -> throw new IllegalArgumentException(reason);
            });
  }

  // --- accepted ----------------------------------------------------------------------------

  @Test
  void acceptsLoa3AndHandsTheConsumerAPseudonymOnly() throws Exception {
    String subject = subject();
    String pnr = adult();
    MvcResult result = verify(subject, loa3(pnr));
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tillbaka/" + subject);
    assertThat(signatures.of(subject)).hasSize(1);
    VerifiedResident resident = signatures.of(subject).get(0);
    assertThat(resident.purpose()).isEqualTo(PURPOSE);
    assertThat(resident.pseudonym()).hasSize(43).doesNotContain(pnr.substring(2));
    assertThat(resident.residence()).isEqualTo(Residence.NOT_STATED);
    assertThat(resident.ageBand()).isNotEqualTo(AgeBand.UNDER_18);
    assertThat(resident.toString()).doesNotContain(pnr).doesNotContain(pnr.substring(2));
  }

  @Test
  void theSamePersonGetsTheSamePseudonymForTheSameSubjectAndAnotherForAnotherSubject()
      throws Exception {
    String pnr = adult();
    String first = subject();
    String second = subject();
    verify(first, loa3(pnr));
    verify(first, loa3(pnr));
    verify(second, loa3(pnr));
    List<VerifiedResident> onFirst = signatures.of(first);
    assertThat(onFirst).hasSize(2);
    assertThat(onFirst.get(0).pseudonym()).isEqualTo(onFirst.get(1).pseudonym());
    assertThat(signatures.of(second).get(0).pseudonym()).isNotEqualTo(onFirst.get(0).pseudonym());
    String other = subject();
    verify(other, loa3(adult()));
    verify(other, loa3(pnr));
    List<VerifiedResident> onOther = signatures.of(other);
    assertThat(onOther.get(0).pseudonym()).isNotEqualTo(onOther.get(1).pseudonym());
  }

  @Test
  void refusesTheSamePersonTwiceWhenThePurposeKeepsThePseudonymUnique() throws Exception {
    String subject = TestSignatures.UNIQUE + subject();
    String pnr = adult();
    assertThat(verify(subject, loa3(pnr)).getResponse().getStatus()).isEqualTo(302);
    MvcResult again = verify(subject, loa3(pnr));
    assertThat(again.getResponse().getStatus()).isEqualTo(409);
    assertThat(again.getResponse().getContentAsString()).contains("Du har redan gjort det här");
    assertThat(signatures.of(subject)).hasSize(1);
  }

  @Test
  void readsTheFolkbokforingWhenTheBrokerGivesIt() throws Exception {
    String here = subject();
    Map<String, Object> claims = loa3(adult());
    claims.put(KOMMUN_CLAIM, "1484");
    verify(here, claims);
    assertThat(signatures.of(here).get(0).residence()).isEqualTo(Residence.REGISTERED_HERE);

    String elsewhere = subject();
    Map<String, Object> other = loa3(adult());
    other.put(KOMMUN_CLAIM, "1480");
    assertRefused(verify(elsewhere, other), 403, "residence");
    assertThat(signatures.of(elsewhere)).isEmpty();
  }

  // --- refused -----------------------------------------------------------------------------

  @Test
  void refusesLoa2() throws Exception {
    String subject = subject();
    assertRefused(verify(subject, claims(LOA2, adult())), 403, "loa");
    assertThat(signatures.of(subject)).isEmpty();
  }

  @Test
  void refusalPagesSpeakTheResidentsLanguage() throws Exception {
    for (String[] language :
        List.of(
            new String[] {"en", "assurance level 3"},
            new String[] {"ar", "\u0645\u0633\u062a\u0648\u0649 \u062b\u0642\u0629 3"})) {
      String subject = subject();
      BrokerAnswer answer = toBroker(subject, claims(LOA2, adult()));
      BROKER.enqueueCallback(
          new DefaultOAuth2TokenCallback(
              "eid", "resident", "JWT", List.of(CLIENT), answer.claims(), 600));
      MvcResult result =
          mvc.perform(
                  get("/e-legitimation/svar")
                      .param("code", answer.code())
                      .param("state", answer.state())
                      .header("Accept-Language", language[0])
                      .cookie(answer.binding()))
              .andReturn();
      assertThat(result.getResponse().getStatus()).isEqualTo(403);
      assertThat(result.getResponse().getContentAsString()).contains(language[1]);
      assertThat(result.getRequest().getSession(false)).isNull();
      assertThat(signatures.of(subject)).isEmpty();
    }
  }

  @Test
  void refusesAMissingAcr() throws Exception {
    String subject = subject();
    Map<String, Object> claims = loa3(adult());
    claims.remove("acr");
    assertRefused(verify(subject, claims), 403, "loa");
    assertThat(signatures.of(subject)).isEmpty();
  }

  @Test
  void refusesAMissingOrMalformedPersonnummer() throws Exception {
    String valid = adult();
    String badLuhn = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);
    List<Object> malformed =
        new ArrayList<>(
            List.of(
                badLuhn,
                "19811332" + valid.substring(8),
                valid.substring(2),
                valid.substring(0, 8) + "-" + valid.substring(8),
                Long.parseLong(valid)));
    for (Object value : malformed) {
      String subject = subject();
      assertRefused(verify(subject, loa3("x")), 400, "personnummer");
      Map<String, Object> claims = claims(EidPolicy.LOA3, value);
      String other = subject();
      assertRefused(verify(other, claims), 400, "personnummer");
      assertThat(signatures.of(subject)).isEmpty();
      assertThat(signatures.of(other)).isEmpty();
    }
    Map<String, Object> missing = loa3(valid);
    missing.remove(PNR_CLAIM);
    String subject = subject();
    assertRefused(verify(subject, missing), 400, "personnummer");
    assertThat(signatures.of(subject)).isEmpty();
  }

  @Test
  void refusesAResidentUnderTheMinimumAge() throws Exception {
    String subject = subject();
    LocalDate fifteen = LocalDate.now(EidPolicy.ZONE).minusYears(15).minusDays(10);
    assertRefused(verify(subject, loa3(personnummer(fifteen))), 403, "age");
    assertThat(signatures.of(subject)).isEmpty();
    String sixteen = subject();
    LocalDate born = LocalDate.now(EidPolicy.ZONE).minusYears(16).minusDays(1);
    verify(sixteen, loa3(personnummer(born)));
    assertThat(signatures.of(sixteen).get(0).ageBand()).isEqualTo(AgeBand.UNDER_18);
  }

  @Test
  void refusesAReplayedState() throws Exception {
    String subject = subject();
    BrokerAnswer answer = toBroker(subject, loa3(adult()));
    assertThat(callback(answer).getResponse().getStatus()).isEqualTo(302);
    assertRefused(answerRefusedBeforeTheTokenRequest(answer), 400, "state");
    assertThat(signatures.of(subject)).hasSize(1);
  }

  @Test
  void refusesAnAnswerWithoutTheBrowsersBindingCookie() throws Exception {
    String subject = subject();
    BrokerAnswer answer = toBroker(subject, loa3(adult()));
    MvcResult result =
        mvc.perform(
                get("/e-legitimation/svar")
                    .param("code", answer.code())
                    .param("state", answer.state()))
            .andReturn();
    assertRefused(result, 400, "state");
    Cookie forged = new Cookie("td-eid", answer.state() + ".AAAA");
    assertRefused(
        answerRefusedBeforeTheTokenRequest(
            new BrokerAnswer(answer.code(), answer.state(), forged, answer.claims())),
        400,
        "state");
    assertThat(signatures.of(subject)).isEmpty();
  }

  @Test
  void refusesAnAnswerWithoutACodeWhenTheResidentCancelled() throws Exception {
    String subject = subject();
    BrokerAnswer answer = toBroker(subject, loa3(adult()));
    MvcResult result =
        mvc.perform(
                get("/e-legitimation/svar")
                    .param("error", "access_denied")
                    .param("state", answer.state())
                    .cookie(answer.binding()))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString()).contains("avbröts");
    assertThat(result.getRequest().getSession(false)).isNull();
    assertThat(signatures.of(subject)).isEmpty();
  }

  @Test
  void refusesANonceMismatch() throws Exception {
    String subject = subject();
    Map<String, Object> claims = loa3(adult());
    claims.put("nonce", "en-annan-nonce");
    assertRefused(verify(subject, claims), 400, "token");
    assertThat(log()).containsIgnoringCase("ID token was refused").containsIgnoringCase("nonce");
    assertThat(signatures.of(subject)).isEmpty();
  }

  @Test
  void refusesATokenForAnotherAudience() throws Exception {
    String subject = subject();
    Map<String, Object> claims = loa3(adult());
    claims.put("aud", List.of("en-annan-tjanst"));
    assertRefused(verify(subject, claims), 400, "token");
    assertThat(log()).containsIgnoringCase("ID token was refused").containsIgnoringCase("audience");
    assertThat(signatures.of(subject)).isEmpty();
  }

  @Test
  void refusesATokenFromAnotherIssuer() throws Exception {
    String subject = subject();
    Map<String, Object> claims = loa3(adult());
    claims.put("iss", "http://localhost:1/annan-utgivare");
    assertRefused(verify(subject, claims), 400, "token");
    assertThat(log()).containsIgnoringCase("ID token was refused").containsIgnoringCase("issuer");
    assertThat(signatures.of(subject)).isEmpty();
  }

  @Test
  void refusesSigningAfterThePeriodEnded() throws Exception {
    String subject = subject();
    BrokerAnswer answer = toBroker(subject, loa3(adult()));
    signatures.closed.add(subject);
    assertRefused(callback(answer), 409, "closed");
    assertThat(signatures.of(subject)).isEmpty();
    MvcResult start =
        mvc.perform(
                post("/e-legitimation/start")
                    .param("syfte", PURPOSE)
                    .param("arende", subject)
                    .param("tillbaka", "/")
                    .with(csrf()))
            .andReturn();
    assertRefused(start, 409, "closed");
  }

  @Test
  void refusesAStartWithAnUnknownPurposeOrAForeignReturnPath() throws Exception {
    for (String[] form :
        List.of(
            new String[] {"okant-syfte", subject(), "/"},
            new String[] {PURPOSE, subject(), "//evil.example/"},
            new String[] {PURPOSE, subject(), "https://evil.example/"},
            new String[] {PURPOSE, "", "/"})) {
      MvcResult result =
          mvc.perform(
                  post("/e-legitimation/start")
                      .param("syfte", form[0])
                      .param("arende", form[1])
                      .param("tillbaka", form[2])
                      .with(csrf()))
              .andReturn();
      assertThat(result.getResponse().getStatus()).isEqualTo(400);
      assertThat(result.getRequest().getSession(false)).isNull();
    }
  }

  @Test
  void storesThePersonnummerInNoTable() throws Exception {
    String pnr = adult();
    String subject = subject();
    verify(subject, loa3(pnr));
    verify(subject(), claims(LOA2, pnr));
    Map<String, Object> foreign = loa3(pnr);
    foreign.put("aud", List.of("en-annan-tjanst"));
    verify(subject(), foreign);
    assertThat(signatures.of(subject)).hasSize(1);
    List<String> found = new ArrayList<>();
    List<Map<String, Object>> columns =
        jdbc.sql(
                """
                SELECT table_schema, table_name, column_name FROM information_schema.columns
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
                """)
            .query()
            .listOfRows();
    for (Map<String, Object> column : columns) {
      String sql =
          "SELECT count(*) FROM \"%s\".\"%s\" WHERE \"%s\"::text LIKE :digits"
              .formatted(
                  column.get("table_schema"), column.get("table_name"), column.get("column_name"));
      long hits =
          jdbc.sql(sql).param("digits", "%" + pnr.substring(2) + "%").query(Long.class).single();
      if (hits > 0) {
        found.add(column.get("table_name") + "." + column.get("column_name"));
      }
    }
    assertThat(found).isEmpty();
    assertThat(log()).contains("refused").doesNotContain(pnr.substring(2));
    assertThat(columns).isNotEmpty();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

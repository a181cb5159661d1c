package se.trygghetsdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.opinion.ChooseVotingSteps;
import se.trygghetsdialog.opinion.OpinionMother;
import se.trygghetsdialog.opinion.SeedStatement;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Every form of the application, public and staff, for every role, answers garbage with a page or a
 * 4xx and never with a server error. The forms are found, not listed: every POST, PUT, PATCH and
 * DELETE handler of Spring MVC, with the parameters its method declares and the input names of the
 * rendered forms that post to it (a crawl of the pages as a visitor and as staff with every role).
 * Path variables get real ids from the crawled forms and links and invalid ids. Each form is then
 * sent with NUL and other control characters, 100,000-character values, invalid UUIDs and dates,
 * every parameter twice, and no parameters at all (the last only with invalid ids, so that a form
 * that needs no input does not change the demo data that other tests share); forms with a file
 * field are also sent as multipart with a file of control characters. The municipality's settings
 * forms are fuzzed the same way on a municipality of their own.
 */
@IntegrationTest
class FormFuzzTest {

  static final String NUL = "x\u0000y\u0001\u001f z";

  static final String LONG = "a".repeat(100_000);

  static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000");

  /** One fuzz case: a name and the values every parameter gets (several values = repeated). */
  record Variant(String name, List<String> values) {}

  static final List<Variant> VARIANTS =
      List.of(
          new Variant("control characters", List.of(NUL)),
          new Variant("100k characters", List.of(LONG)),
          new Variant("bad uuid", List.of("not-a-uuid")),
          new Variant("bad date", List.of("2026-02-30")),
          new Variant("huge number", List.of("99999999999999999999")),
          new Variant("duplicated", List.of("1", NUL)));

  /** Parameters a crawled form carries that are not the form's input. */
  static final Set<String> IGNORED = Set.of("_csrf", "lang");

  @Autowired org.springframework.web.context.WebApplicationContext context;
  @Autowired List<MockMvcBuilderCustomizer> customizers;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** MockMvc with every filter of the application, as the test base has it, but never printing. */
  MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired ChooseVotingSteps chooseVotingSteps;
  @Autowired SeedStatement seedStatement;

  /** The host name every request goes to: the demo municipality's, or a fresh one's. */
  String host = "localhost";

  /** How many refused text fields the fuzz on a fresh municipality looked at. */
  int shownBack;

  /** A form handler: the method, its path pattern, header condition and the parameters it reads. */
  record Endpoint(
      HttpMethod method,
      PathPattern pattern,
      Map<String, String> headers,
      Set<String> params,
      Set<String> files,
      boolean readsRequest) {

    String label() {
      return method + " " + pattern.getPatternString() + (headers.isEmpty() ? "" : " " + headers);
    }
  }

  /** What the crawl found: the paths of forms with their input names, and every linked path. */
  static final class Crawl {
    final Map<String, Set<String>> forms = new LinkedHashMap<>();
    final Set<String> links = new LinkedHashSet<>();
    final List<String> failures = new ArrayList<>();
  }

  @BeforeEach
  void setUp() {
    DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
    for (MockMvcBuilderCustomizer customizer : customizers) {
      if (customizer instanceof SpringBootMockMvcBuilderCustomizer) {
        // The default keeps every request and response in memory to print them on a failure.
        SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(context);
        quiet.setAddFilters(true);
        quiet.setPrint(MockMvcPrint.NONE);
        quiet.customize(builder);
      } else {
        customizer.customize(builder);
      }
    }
    mvc = builder.build();
  }

  @Test
  void noFormAnswersGarbageWithAServerError() throws Exception {
    List<Endpoint> endpoints = endpoints(true);
    assertThat(endpoints).hasSizeGreaterThan(50);

    Map<String, @Nullable UserDetails> roles = new LinkedHashMap<>();
    roles.put("anonymous", null);
    for (Role role : Role.values()) {
      roles.put(role.name(), staff(EnumSet.of(role)));
    }
    StaffPrincipal everything = staff(EnumSet.allOf(Role.class));

    Crawl crawl = new Crawl();
    // The demo dialogue that collects statements is reached directly: other test classes sharing
    // the database may have created enough dialogues that the crawl's per-shape limit skips it.
    List<String> start =
        new ArrayList<>(List.of("/", "/dialoger", "/trygghetsvandringar", "/rapportera"));
    jdbc.sql("SELECT dialogue_id FROM dialogue WHERE title = 'Trygghet i Lysekils kommun'")
        .query(java.util.UUID.class)
        .list()
        .forEach(id -> start.add("/dialoger/" + id + "/pastaenden"));
    crawl(crawl, null, start);
    crawl(crawl, everything, List.of("/personal"));

    // The crawl reaches the forms that take free text from residents and staff with real ids.
    for (String form :
        List.of(
            "/rapportera",
            "/dialoger/{id}/pastaenden/nytt",
            "/dialoger/{id}/folj",
            "/trygghetsvandringar/{id}/anmalan",
            "/personal/atgarder/{id}/framsteg",
            "/personal/dialoger/{id}/pastaenden",
            "/personal/trygghetsvandringar/ny")) {
      assertThat(endpoints)
          .filteredOn(e -> e.pattern().getPatternString().equals(form))
          .singleElement()
          .satisfies(e -> assertThat(realPath(e, crawl)).as(form).isNotNull());
    }

    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Endpoint endpoint : endpoints) {
      Set<String> params = new LinkedHashSet<>(endpoint.params());
      @Nullable String real = realPath(endpoint, crawl);
      if (real != null) {
        crawl.forms.getOrDefault(real, Set.of()).stream()
            .filter(n -> !IGNORED.contains(n))
            .forEach(params::add);
      }
      crawl.forms.forEach(
          (path, names) -> {
            if (matches(endpoint.pattern(), path)) {
              names.stream().filter(n -> !IGNORED.contains(n)).forEach(params::add);
            }
          });
      boolean takesInput = !params.isEmpty() || !endpoint.files().isEmpty();
      List<String> badPaths = badPaths(endpoint.pattern());
      boolean fuzzedByARole = false;
      boolean badPathsFuzzed = false;
      for (Map.Entry<String, @Nullable UserDetails> role : roles.entrySet()) {
        // Real ids only where the form takes input, so that garbage in the input refuses it.
        if (real != null && takesInput && !decision(endpoint)) {
          // Binding comes before any refusal and is the same for every role: the first role that
          // may use the form gets every variant, the others the first (their own branches).
          List<Variant> variants = fuzzedByARole ? VARIANTS.subList(0, 1) : VARIANTS;
          for (Variant variant : variants) {
            requests++;
            int status = send(endpoint, real, params, variant, false, role, failures);
            if (refused(status)) {
              break;
            }
            fuzzedByARole = true;
          }
          if (!endpoint.files().isEmpty()) {
            requests++;
            send(endpoint, real, params, VARIANTS.get(0), true, role, failures);
          }
        }
        // Every bad path, also with garbage, for the first role let through; the other roles
        // get the last bad path (a well-formed unknown id, which reaches furthest) empty.
        List<String> paths =
            badPathsFuzzed && !badPaths.isEmpty()
                ? badPaths.subList(badPaths.size() - 1, badPaths.size())
                : badPaths;
        boolean letThrough = false;
        for (String bad : paths) {
          requests++;
          int status =
              send(endpoint, bad, params, new Variant("missing", List.of()), false, role, failures);
          letThrough |= !refused(status);
          if (takesInput && !refused(status) && !badPathsFuzzed) {
            requests++;
            send(endpoint, bad, params, VARIANTS.get(0), false, role, failures);
          }
        }
        badPathsFuzzed |= letThrough;
      }
    }
    assertThat(requests).isGreaterThan(1000);
    assertThat(crawl.failures).as("pages met on the way").isEmpty();
    assertThat(failures).isEmpty();
  }

  /**
   * The pages that read query parameters (search boxes, filters, paging) answer the same garbage
   * with a page or a 4xx, as a visitor and as staff with every role.
   */
  @Test
  void noPageAnswersGarbageInItsQueryWithAServerError() throws Exception {
    List<Endpoint> pages = endpoints(false);
    assertThat(pages).hasSizeGreaterThan(10);
    Map<String, @Nullable UserDetails> roles = new LinkedHashMap<>();
    roles.put("anonymous", null);
    roles.put("staff", staff(EnumSet.allOf(Role.class)));
    Crawl crawl = new Crawl();
    crawl(crawl, null, List.of("/", "/dialoger", "/trygghetsvandringar"));
    crawl(crawl, roles.get("staff"), List.of("/personal"));
    List<String> failures = new ArrayList<>();
    for (Endpoint page : pages) {
      String real = realPath(page, crawl);
      List<String> paths = real == null ? badPaths(page.pattern()) : List.of(real);
      for (Map.Entry<String, @Nullable UserDetails> role : roles.entrySet()) {
        for (String path : paths) {
          for (Variant variant : VARIANTS) {
            if (refused(send(page, path, page.params(), variant, false, role, failures))) {
              break;
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /**
   * The municipality's own settings (profile, logo, features, ladder, EST, accessibility statement)
   * and hiding a statement change what the other tests share, so they are fuzzed on a municipality
   * of their own, by its administrator, with real paths and with no input at all. A refused form
   * shows back what was typed.
   */
  @Test
  void theSettingsFormsAnswerGarbageOnAMunicipalityOfTheirOwnAndKeepTheInput() throws Exception {
    FreshMunicipality fresh = FreshMunicipality.register(municipalities);
    host = fresh.host();
    MunicipalityId municipality = fresh.tenant().id();
    Map<String, @Nullable UserDetails> roles = new LinkedHashMap<>();
    roles.put("anonymous", null);
    roles.put(
        "administrator", accounts.actingAs(fresh.staff(accounts, "Fuzz Admin", Role.values())));
    Dialogue dialogue =
        OpinionMother.openDialogue(
            municipality, organisations, createDialogue, dialogues, chooseVotingSteps, "Fuzz");
    seedStatement.seed(municipality, dialogue.id(), "Mer ljus vid torget");

    Crawl crawl = new Crawl();
    crawl(
        crawl,
        roles.get("administrator"),
        List.of("/personal/admin", "/personal/dialoger/" + dialogue.id().value() + "/pastaenden"));
    List<Endpoint> endpoints =
        endpoints(true).stream()
            .filter(e -> ownMunicipalityOnly(e.pattern().getPatternString()))
            .toList();
    assertThat(endpoints).hasSizeGreaterThan(8);

    List<String> failures = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      @Nullable String real = realPath(endpoint, crawl);
      assertThat(real).as(endpoint.label()).isNotNull();
      Set<String> params = new LinkedHashSet<>(endpoint.params());
      crawl.forms.getOrDefault(real, Set.of()).stream()
          .filter(n -> !IGNORED.contains(n))
          .forEach(params::add);
      for (Map.Entry<String, @Nullable UserDetails> role : roles.entrySet()) {
        for (Variant variant : VARIANTS) {
          int status = send(endpoint, real, params, variant, false, role, failures);
          if (refused(status)) {
            break;
          }
          if (variant.values().equals(List.of(LONG))) {
            lost.addAll(inputLost(endpoint, real, params, role));
          }
        }
        if (!endpoint.files().isEmpty()) {
          send(endpoint, real, params, VARIANTS.get(0), true, role, failures);
        }
        send(endpoint, real, params, new Variant("missing", List.of()), false, role, failures);
        for (String bad : badPaths(endpoint.pattern())) {
          send(endpoint, bad, params, VARIANTS.get(0), false, role, failures);
        }
      }
    }
    assertThat(crawl.failures).as("pages met on the way").isEmpty();
    assertThat(failures).isEmpty();
    assertThat(lost).as("fields that did not show back what was typed").isEmpty();
    assertThat(shownBack).as("fields checked for what was typed").isGreaterThan(5);
    assertThat(endpoints)
        .extracting(Endpoint::label)
        .anyMatch(l -> l.endsWith("/dolj"))
        .anyMatch(l -> l.endsWith(" /personal/admin/kommun"))
        .anyMatch(l -> l.endsWith(" /personal/admin/kommun/logotyp"));
  }

  /**
   * Sends 100,000 characters in every field again and lists the text fields of a refused form (a
   * 4xx page) that do not show them back.
   */
  private List<String> inputLost(
      Endpoint endpoint,
      String path,
      Set<String> params,
      Map.Entry<String, @Nullable UserDetails> role)
      throws Exception {
    MockHttpServletRequestBuilder request =
        request(endpoint.method(), path).with(csrf()).with(address());
    if (role.getValue() != null) {
      request.with(user(role.getValue()));
    }
    params.forEach(p -> request.param(p, LONG));
    var response = mvc.perform(request).andReturn().getResponse();
    if (response.getStatus() < 400
        || response.getStatus() >= 500
        || response.getContentType() == null
        || !response.getContentType().contains("html")) {
      return List.of();
    }
    Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    List<String> lost = new ArrayList<>();
    for (String param : params) {
      String form = "form[action=\"" + path + "\"] ";
      String name = "[name=\"" + param + "\"]";
      for (Element field :
          page.select(
              form
                  + "textarea"
                  + name
                  + ", "
                  + form
                  + "input"
                  + name
                  + ":not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file])")) {
        shownBack++;
        String shown = field.is("textarea") ? field.wholeText() : field.attr("value");
        if (!LONG.equals(shown.strip())) {
          lost.add(endpoint.label() + " " + param + " shows " + shown.length() + " characters");
        }
      }
    }
    return lost;
  }

  /** The forms whose every input is fuzzed only on a fresh municipality. */
  private static boolean ownMunicipalityOnly(String pattern) {
    return (municipalitySetting(pattern) && !pattern.startsWith("/plattform/"))
        || pattern.endsWith("/dolj");
  }

  private static boolean refused(int status) {
    return status == 401 || status == 403;
  }

  /**
   * Decisions on an existing item (approve, publish, adopt, a member's roles) are only sent with
   * invalid ids: the text of a control-character variant is valid once stripped and would decide on
   * the demo data that other tests share.
   */
  private static boolean decision(Endpoint endpoint) {
    String pattern = endpoint.pattern().getPatternString();
    return pattern.contains("/moderering/")
        || pattern.contains("/veckorapporter/")
        || pattern.contains("/publicera")
        || pattern.contains("/anta")
        || pattern.contains("/anvandare/")
        || pattern.contains("/team")
        || pattern.endsWith("/dolj")
        || municipalitySetting(pattern);
  }

  /**
   * The demo municipality's settings, which every other test shares: a fuzzed value that turns
   * valid once control characters are stripped would switch its features off or rename it. Their
   * bad input is tested on a municipality of their own (support.FreshMunicipality).
   */
  private static boolean municipalitySetting(String pattern) {
    return pattern.startsWith("/personal/admin/funktioner")
        || pattern.startsWith("/personal/admin/kommun")
        || pattern.startsWith("/personal/admin/delaktighetstrappa")
        || pattern.startsWith("/personal/admin/est")
        || pattern.startsWith("/personal/admin/tillganglighetsredogorelse")
        || pattern.startsWith("/plattform/");
  }

  private StaffPrincipal staff(Set<Role> roles) {
    return accounts.actingAs(
        accounts.createWithPassword(
            StaffMother.tenant(municipalities).id(),
            StaffMother.uniqueEmail("fuzz"),
            "Fuzz Fuzzsson",
            roles,
            null,
            "Trygghet2026!"));
  }

  /** Every form handler of the application with what its method declares it reads. */
  private List<Endpoint> endpoints(boolean forms) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      if (info.getPathPatternsCondition() == null) {
        continue;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (NameValueExpression<String> e : info.getHeadersCondition().getExpressions()) {
        if (!e.isNegated() && e.getValue() != null) {
          headers.put(e.getName(), e.getValue());
        }
      }
      Set<String> params = new LinkedHashSet<>();
      Set<String> files = new LinkedHashSet<>();
      boolean readsRequest = false;
      for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
        parameter.initParameterNameDiscovery(
            new org.springframework.core.DefaultParameterNameDiscoverer());
        Class<?> type = parameter.getParameterType();
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
          String name =
              !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
          if (MultipartFile.class.isAssignableFrom(type)) {
            files.add(name);
          } else if (name != null && !Map.class.isAssignableFrom(type)) {
            params.add(name);
          } else {
            readsRequest = true;
          }
        } else if (type.isRecord()
            && (parameter.hasParameterAnnotation(ModelAttribute.class)
                || !type.getPackageName().startsWith("se.trygghetsdialog.shared"))) {
          for (RecordComponent component : type.getRecordComponents()) {
            params.add(component.getName());
          }
        } else if (jakarta.servlet.ServletRequest.class.isAssignableFrom(type)) {
          readsRequest = true;
        } else if (BeanUtils.isSimpleProperty(type) && parameter.getParameterName() != null) {
          params.add(parameter.getParameterName());
        }
      }
      for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
        if (pattern.getPatternString().startsWith("/error")) {
          continue;
        }
        if (!forms) {
          if (methods.contains(RequestMethod.GET) && !params.isEmpty()) {
            endpoints.add(new Endpoint(HttpMethod.GET, pattern, headers, params, files, false));
          }
          continue;
        }
        for (RequestMethod method : methods) {
          if (method == RequestMethod.GET || method == RequestMethod.HEAD) {
            continue;
          }
          endpoints.add(
              new Endpoint(method.asHttpMethod(), pattern, headers, params, files, readsRequest));
        }
      }
    }
    return endpoints;
  }

  private static boolean matches(PathPattern pattern, String path) {
    return pattern.matches(PathContainer.parsePath(path));
  }

  /** A path of the pattern with real ids, from a crawled form or link; null when none was seen. */
  private static @Nullable String realPath(Endpoint endpoint, Crawl crawl) {
    if (endpoint.pattern().getPatternString().indexOf('{') < 0) {
      return endpoint.pattern().getPatternString();
    }
    for (String path : crawl.forms.keySet()) {
      if (matches(endpoint.pattern(), path)) {
        return path;
      }
    }
    for (String path : crawl.links) {
      if (matches(endpoint.pattern(), path)) {
        return path;
      }
    }
    return null;
  }

  /** The pattern with every variable an invalid id (each bad id once). */
  private static List<String> badPaths(PathPattern pattern) {
    String text = pattern.getPatternString();
    if (text.indexOf('{') < 0) {
      // Without an id, the bad path is the form's own: an empty settings form can be valid.
      return municipalitySetting(text) ? List.of() : List.of(text);
    }
    List<String> paths = new ArrayList<>();
    for (String bad : BAD_IDS) {
      paths.add(text.replaceAll("\\{[^}]*\\}", bad));
    }
    return paths;
  }

  private int send(
      Endpoint endpoint,
      String path,
      Set<String> params,
      Variant variant,
      boolean asMultipart,
      Map.Entry<String, @Nullable UserDetails> role,
      List<String> failures) {
    AbstractMockHttpServletRequestBuilder<?> request;
    if (asMultipart) {
      MockMultipartHttpServletRequestBuilder upload = multipart(endpoint.method(), path);
      for (String file : endpoint.files()) {
        upload.file(
            new MockMultipartFile(
                file,
                "fuzz\u0000.csv",
                "text/csv",
                ("kategori;period;antal\n" + NUL + ";2024;" + NUL + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
      }
      request = upload;
    } else {
      request = request(endpoint.method(), path);
    }
    request.with(csrf()).with(address());
    endpoint.headers().forEach(request::header);
    if (role.getValue() != null) {
      request.with(user(role.getValue()));
    }
    for (String param : params) {
      for (String value : variant.values()) {
        request.param(param, value);
      }
    }
    String label = role.getKey() + " " + endpoint.label() + " " + path + " [" + variant.name();
    label += asMultipart ? ", multipart] -> " : "] -> ";
    try {
      var response = mvc.perform(request).andReturn().getResponse();
      int status = response.getStatus();
      String location = response.getRedirectedUrl();
      if (status == 302 && location != null && location.contains("/logga-in")) {
        return 401;
      }
      if (status >= 500) {
        failures.add(label + status);
      }
      return status;
    } catch (Exception e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      String message = String.valueOf(cause.getMessage());
      failures.add(
          label
              + cause.getClass().getSimpleName()
              + ": "
              + message.substring(0, Math.min(200, message.length())));
      return 599;
    }
  }

  /**
   * Each request from an address of its own, so that rate limits never hide a deeper failure, to
   * the host name of the municipality under test.
   */
  private org.springframework.test.web.servlet.request.RequestPostProcessor address() {
    return request -> {
      request.setServerName(host);
      ThreadLocalRandom random = ThreadLocalRandom.current();
      request.setRemoteAddr(
          "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
      return request;
    };
  }

  /** Follows the links of the pages from the start paths and notes every form that posts. */
  private void crawl(Crawl crawl, @Nullable UserDetails as, List<String> start) throws Exception {
    Deque<String> queue = new ArrayDeque<>(start);
    Set<String> seen = new LinkedHashSet<>(start);
    Map<String, Integer> perShape = new HashMap<>();
    int pages = 0;
    while (!queue.isEmpty() && pages < 250) {
      String path = queue.poll();
      // The test CSRF token needs no session: MockMvc's 4 KB response buffer commits a page
      // before its form asks for the token, where Tomcat's 8 KB buffer has not yet.
      MockHttpServletRequestBuilder request = get(path).with(address()).with(csrf());
      if (as != null) {
        request.with(user(as));
      }
      MvcResult result;
      try {
        result = mvc.perform(request).andReturn();
      } catch (Exception e) {
        crawl.failures.add("GET " + path + " -> " + e);
        continue;
      } finally {
        pages++;
      }
      String type = result.getResponse().getContentType();
      if (result.getResponse().getStatus() != 200 || type == null || !type.contains("html")) {
        continue;
      }
      Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
      for (Element form : page.select("form")) {
        if (!"post".equalsIgnoreCase(form.attr("method"))) {
          continue;
        }
        String action = pathOf(form.attr("action").isEmpty() ? path : form.attr("action"));
        if (action == null) {
          continue;
        }
        Set<String> names = crawl.forms.computeIfAbsent(action, a -> new LinkedHashSet<>());
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
          names.add(input.attr("name"));
        }
      }
      for (Element link : page.select("a[href]")) {
        String href = link.attr("href");
        String target = pathOf(href);
        if (target == null) {
          continue;
        }
        crawl.links.add(target);
        String shape =
            target.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("/\\d+", "/{n}");
        if (skip(target)
            || perShape.merge(shape, 1, Integer::sum) > 4
            || !seen.add(href.split("#")[0])) {
          continue;
        }
        queue.add(href.split("#")[0]);
      }
    }
  }

  private static @Nullable String pathOf(String href) {
    if (!href.startsWith("/") || href.startsWith("//")) {
      return null;
    }
    String path = href.split("[?#]")[0];
    return path.isEmpty() ? null : path;
  }

  private static boolean skip(String path) {
    return path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/webjars/")
        || path.startsWith("/img/")
        || path.startsWith("/logga-ut")
        || path.matches(".*\\.(pdf|csv|json|geojson|atom|png|jpg|jpeg|svg|ico|xml)$")
        || path.contains("/foto");
  }
}

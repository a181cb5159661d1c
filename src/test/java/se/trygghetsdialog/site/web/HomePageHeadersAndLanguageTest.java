package se.trygghetsdialog.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.support.WebSliceTest;

/** The home page as a web slice: its security headers and the language switch. */
@WebSliceTest(HomeController.class)
class HomePageHeadersAndLanguageTest {

  private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");

  @Autowired MockMvc mvc;

  /** The staff start page asks the statement for its review reminder. */
  @MockitoBean se.trygghetsdialog.site.AccessibilityStatements statements;

  @MockitoBean se.trygghetsdialog.site.SitePolicy policy;

  @Test
  void everyScriptCarriesTheNonceOfAStrictPolicyThatChangesPerRequest() throws Exception {
    MockHttpServletResponse first = mvc.perform(get("/")).andReturn().getResponse();
    String policy = first.getHeader("Content-Security-Policy");
    assertThat(policy)
        .contains("default-src 'self'")
        .contains("object-src 'none'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    Matcher nonce = NONCE.matcher(policy);
    assertThat(nonce.find()).isTrue();
    String html = first.getContentAsString();
    assertThat(html).contains("<script");
    Matcher scripts = Pattern.compile("<script[^>]*>").matcher(html);
    while (scripts.find()) {
      assertThat(scripts.group()).contains("nonce=\"" + nonce.group(1) + "\"");
    }

    String second =
        mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");
    assertThat(second).doesNotContain(nonce.group(1));
  }

  @Test
  void theLanguageSwitchShowsThePageInEnglishAndRemembersTheChoice() throws Exception {
    mvc.perform(get("/").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"en\"")))
        .andExpect(cookie().value("lang", "en"));
    mvc.perform(get("/").param("lang", "xx").header("Accept-Language", "sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"sv\"")));
  }
}

package se.trygghetsdialog.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import se.trygghetsdialog.support.WebSliceTest;

/**
 * A first visit is shown in the language the browser asks for (Swedish or English), Swedish for
 * anything else; a language chosen with {@code ?lang=} wins over the browser's. A web slice: the
 * home page's template in the layout, rendered by a stand-in for the site module's controller.
 */
@WebSliceTest(LanguageOnFirstVisitTest.HomePage.class)
@Import(LanguageOnFirstVisitTest.HomePage.class)
class LanguageOnFirstVisitTest {

  @Controller
  static class HomePage {
    @GetMapping("/")
    String home() {
      return "site/home";
    }
  }

  @Autowired MockMvc mvc;

  @Test
  void aBrowserThatPrefersEnglishGetsEnglishPagesWithoutChoosing() throws Exception {
    mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9,sv;q=0.5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"en\"")))
        .andExpect(cookie().doesNotExist("lang"));
  }

  @Test
  void aBrowserThatPrefersSwedishGetsSwedishPages() throws Exception {
    mvc.perform(get("/").header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5"))
        .andExpect(content().string(containsString("<html lang=\"sv\"")));
  }

  @Test
  void anUnsupportedOrMalformedLanguageFallsBackToSwedish() throws Exception {
    mvc.perform(get("/").header("Accept-Language", "de-DE,fr;q=0.8"))
        .andExpect(content().string(containsString("<html lang=\"sv\"")));
    mvc.perform(get("/").header("Accept-Language", ";;;q=x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"sv\"")));
  }

  @Test
  void aBrowserThatPrefersArabicGetsArabicPagesRightToLeft() throws Exception {
    mvc.perform(get("/").header("Accept-Language", "ar-SE,ar;q=0.9,sv;q=0.5"))
        .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\"")));
  }

  @Test
  void aLanguageInProgressCannotBeChosenByCookieOrBrowser() throws Exception {
    mvc.perform(get("/").header("Accept-Language", "so,ar;q=0.5"))
        .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\"")));
    mvc.perform(get("/").header("Accept-Language", "sv").cookie(new Cookie("lang", "so")))
        .andExpect(content().string(containsString("<html lang=\"sv\" dir=\"ltr\"")));
  }

  @Test
  void aChosenLanguageWinsOverTheBrowsersPreference() throws Exception {
    mvc.perform(
            get("/").header("Accept-Language", "en-GB,en;q=0.9").cookie(new Cookie("lang", "sv")))
        .andExpect(content().string(containsString("<html lang=\"sv\"")));
  }
}

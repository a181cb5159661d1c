package se.trygghetsdialog.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.support.WebSliceTest;

/** Error pages, as a web slice: in the visitor's language, with the status, never the cause. */
@WebSliceTest(ErrorPageController.class)
class ErrorPagesTest {

  @Autowired MockMvc mvc;

  @Test
  void aMissingPageIsANotFoundPageInTheVisitorsLanguage() throws Exception {
    mvc.perform(
            get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .header("Accept-Language", "en"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("<html lang=\"en\"")))
        .andExpect(content().string(containsString("Page not found")));
    mvc.perform(
            get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .header("Accept-Language", "sv"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Sidan finns inte")));
  }

  @Test
  void aFailureShowsTheGeneralTextAndNothingOfTheException() throws Exception {
    mvc.perform(
            get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
                .requestAttr(
                    RequestDispatcher.ERROR_EXCEPTION,
                    new IllegalStateException("secret detail from the database"))
                .header("Accept-Language", "sv"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().string(containsString("Något gick fel hos oss")))
        .andExpect(content().string(not(containsString("secret detail"))))
        .andExpect(content().string(not(containsString("IllegalStateException"))));
  }

  @Test
  void aClosedMunicipalitysPageOffersNoLinkBackToItsOwnHomePage() throws Exception {
    // Its home page answers the same 503: a link to it would lead the reader in a circle.
    mvc.perform(
            get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, Tenants.CLOSED)
                .header("Accept-Language", "sv"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().string(containsString("Tjänsten används inte här just nu")))
        .andExpect(content().string(not(containsString("Gå till startsidan"))));
  }

  @Test
  void otherErrorPagesLeadHome() throws Exception {
    mvc.perform(
            get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .header("Accept-Language", "sv"))
        .andExpect(content().string(containsString("Gå till startsidan")));
  }
}

package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import se.trygghetsdialog.shared.ServerSecret;

/**
 * Flash notices travel in a sealed cookie. A resident who sends one form after another without
 * opening the pages they are redirected to piles up notices; once they outgrew the cookie they went
 * to a server session, whose id the CSRF token is then bound to, so every form the resident still
 * had open was refused with 403 (place-ingest-bench met it after 20 reports).
 */
class CookieFlashMapManagerTest {

  private final CookieFlashMapManager manager =
      new CookieFlashMapManager(ServerSecret.of("a secret for the flash cookie test only"));

  @Test
  void manyUnreadNoticesStayInTheCookieAndTheNewestIsKept() {
    Cookie cookie = null;
    for (int n = 1; n <= 40; n++) {
      MockHttpServletRequest request = new MockHttpServletRequest("POST", "/rapportera");
      if (cookie != null) {
        request.setCookies(cookie);
      }
      MockHttpServletResponse response = new MockHttpServletResponse();
      FlashMap notice = new FlashMap();
      notice.put("receipt", "/rapportera/kvitto/" + "r".repeat(40) + n);
      notice.setTargetRequestPath("/rapportera/kvitto/" + n);
      manager.saveOutputFlashMap(notice, request, response);
      assertThat(request.getSession(false)).as("report %d", n).isNull();
      Cookie written = response.getCookie(CookieFlashMapManager.COOKIE);
      assertThat(written).as("report %d", n).isNotNull();
      assertThat(written.getValue()).isNotEmpty();
      assertThat(written.getValue().length()).isLessThanOrEqualTo(4000);
      cookie = written;
    }
    MockHttpServletRequest receipt = new MockHttpServletRequest("GET", "/rapportera/kvitto/40");
    receipt.setCookies(cookie);
    List<FlashMap> maps = manager.retrieveFlashMaps(receipt);
    assertThat(maps).isNotNull();
    assertThat(maps)
        .extracting(m -> m.get("receipt"))
        .contains("/rapportera/kvitto/" + "r".repeat(40) + 40);
    assertThat(maps.size()).isLessThan(40);
  }
}

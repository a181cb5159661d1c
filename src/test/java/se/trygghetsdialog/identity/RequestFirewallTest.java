package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * The firewall's character checks are Spring Security's default expressions, only faster: equal for
 * every code point, for surrogates without their pair and for longer texts.
 */
class RequestFirewallTest {

  // The defaults of StrictHttpFirewall.
  private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
  private static final Pattern VALUES =
      Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

  @Test
  void everyCodePointIsJudgedAsByTheDefaultExpressions() {
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      String text = "a" + Character.toString(codePoint) + "b";
      if (RequestFirewall.assignedAndNotControl(text) != NAMES.matcher(text).matches()
          || RequestFirewall.headerValue(text) != VALUES.matcher(text).matches()) {
        throw new AssertionError("U+" + Integer.toHexString(codePoint));
      }
    }
  }

  @Test
  void textsAreJudgedAsByTheDefaultExpressions() {
    String[] texts = {
      "",
      "description",
      "_allowDuplicate",
      "Content-Type",
      "text/html; charset=utf-8",
      "tab\there",
      "line\nbreak",
      "nul\u0000",
      "del\u007F",
      "c1\u0085",
      "Trasig belysning vid gångvägen – mörkt",
      "\uD83D\uDE00 smile",
      "lone \uD83D high",
      "lone \uDE00 low",
      "unassigned \u0378",
    };
    for (String text : texts) {
      assertThat(RequestFirewall.assignedAndNotControl(text))
          .as(text)
          .isEqualTo(NAMES.matcher(text).matches());
      assertThat(RequestFirewall.headerValue(text))
          .as(text)
          .isEqualTo(VALUES.matcher(text).matches());
    }
  }

  @Test
  void theFirewallStillRefusesAControlCharacterInANameOrAHeader() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/rapportera");
    request.addHeader("X-Test", "bad\u0001value");
    request.addParameter("ok\u0002name", "value");
    var firewalled = RequestFirewall.create().getFirewalledRequest(request);
    assertThatThrownBy(() -> firewalled.getHeader("X-Test"))
        .isInstanceOf(RequestRejectedException.class);
    assertThatThrownBy(() -> firewalled.getParameter("ok\u0002name"))
        .isInstanceOf(RequestRejectedException.class);
    assertThat(firewalled.getParameter("description")).isNull();
  }
}

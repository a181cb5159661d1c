package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.support.IntegrationTest;

/**
 * The stylesheets every page links to, and everything they refer to with url(...), are served:
 * GOV.UK Frontend's styles come without the GOV.UK font (for GOV.UK services only) and its crest,
 * so no page asks for {@code /assets/fonts} or {@code /assets/images}.
 */
@IntegrationTest
class StylesheetAssetsTest {

  private static final Pattern STYLESHEET =
      Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");
  private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

  @Autowired MockMvc mvc;

  private String fetch(String path) throws Exception {
    var response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private List<String> stylesheets() throws Exception {
    List<String> links = new ArrayList<>();
    Matcher m = STYLESHEET.matcher(fetch("/"));
    while (m.find()) {
      links.add(m.group(1));
    }
    assertThat(links).as("stylesheets of the home page").isNotEmpty();
    return links;
  }

  @Test
  void everyFileTheStylesheetsReferToIsServed() throws Exception {
    Set<String> references = new LinkedHashSet<>();
    for (String css : stylesheets()) {
      Matcher m = URL.matcher(fetch(css));
      while (m.find()) {
        String ref = m.group(1);
        if (!ref.startsWith("data:") && !ref.startsWith("#")) {
          references.add(
              ref.startsWith("/") ? ref : css.substring(0, css.lastIndexOf('/') + 1) + ref);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (String ref : references) {
      if (mvc.perform(get(ref)).andReturn().getResponse().getStatus() != 200) {
        missing.add(ref);
      }
    }
    assertThat(missing).as("files the stylesheets refer to that are not served").isEmpty();
  }

  @Test
  void theStylesNameOurOwnFontStackAndNoGovUkFont() throws Exception {
    for (String css : stylesheets()) {
      String text = fetch(css);
      assertThat(text)
          .as(css)
          .doesNotContain("@font-face")
          .doesNotContainPattern("font-family:[^;}]*GDS Transport");
      assertThat(text).as(css).doesNotContain("govuk-crest");
    }
  }
}

package se.trygghetsdialog.demo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain-text mail body cut into text and web addresses, so the page can make links of these. */
public record MailText(String text, boolean link) {

  private static final Pattern URL = Pattern.compile("https?://[^\\s<>()]+[^\\s<>().,;:!?]");

  public static List<MailText> parts(String body) {
    List<MailText> parts = new ArrayList<>();
    Matcher matcher = URL.matcher(body);
    int from = 0;
    while (matcher.find()) {
      if (matcher.start() > from) {
        parts.add(new MailText(body.substring(from, matcher.start()), false));
      }
      parts.add(new MailText(matcher.group(), true));
      from = matcher.end();
    }
    if (from < body.length()) {
      parts.add(new MailText(body.substring(from), false));
    }
    return parts;
  }
}

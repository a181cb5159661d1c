package se.trygghetsdialog.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Removes control characters (U+0000–U+001F except tab, line feed and carriage return, and U+007F)
 * from the value of every request parameter — query string, form and the text parts of a multipart
 * form — before any controller, binder or security filter reads it. No form of the application
 * means them, and PostgreSQL refuses a NUL byte in text, so one place strips them for every form
 * instead of each field refusing them on its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class ControlCharacterFilter extends ErrorDispatchFilter {

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  /** The text without control characters other than tab, line feed and carriage return. */
  public static String strip(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        return CONTROL.matcher(value).replaceAll("");
      }
    }
    return value;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new Stripped(request), response);
  }

  private static final class Stripped extends HttpServletRequestWrapper {

    Stripped(HttpServletRequest request) {
      super(request);
    }

    @Override
    public @Nullable String getParameter(String name) {
      String value = super.getParameter(name);
      return value == null ? null : ControlCharacterFilter.strip(value);
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
      return stripAll(super.getParameterValues(name));
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> map = new LinkedHashMap<>();
      super.getParameterMap().forEach((name, values) -> map.put(name, stripAll(values)));
      return Collections.unmodifiableMap(map);
    }

    private static String @Nullable [] stripAll(String @Nullable [] values) {
      if (values == null) {
        return null;
      }
      String[] stripped = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        String value = values[i];
        stripped[i] = value == null ? "" : ControlCharacterFilter.strip(value);
      }
      return stripped;
    }
  }
}

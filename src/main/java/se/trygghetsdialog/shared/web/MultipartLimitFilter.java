package se.trygghetsdialog.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Reads every upload ({@code multipart/form-data}) before the security filters, so that its CSRF
 * token travels in the body like any form field (never in the URL), and lets an upload over the
 * size limit end in the friendly 413 page. Tomcat refuses to read any parameter of such a request,
 * so its token cannot be checked: it is answered with 413 at once, which changes nothing. While the
 * error page renders, the wrapper falls back to the query string for parameters such as the
 * language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MultipartLimitFilter extends ErrorDispatchFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      if (request.getDispatcherType() == DispatcherType.REQUEST) {
        int refusal = refusal(request);
        if (refusal != 0) {
          response.sendError(refusal);
          return;
        }
      }
      if (request.getDispatcherType() == DispatcherType.ERROR
          && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null
          && unreadable(request)) {
        // Tells Spring not to parse the failed upload again while it renders the error page.
        request.setAttribute(
            RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(-1));
      }
      chain.doFilter(new Tolerant(request), response);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** 413 for an upload over the limit, 400 for a malformed one, else 0. */
  private static int refusal(HttpServletRequest request) {
    try {
      request.getParts();
      return 0;
    } catch (IllegalStateException e) {
      return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
    } catch (IOException | ServletException e) {
      return HttpServletResponse.SC_BAD_REQUEST;
    }
  }

  private static boolean unreadable(HttpServletRequest request) {
    try {
      request.getParts();
      return false;
    } catch (IllegalStateException | IOException | ServletException e) {
      return true;
    }
  }

  private static final class Tolerant extends HttpServletRequestWrapper {

    Tolerant(HttpServletRequest request) {
      super(request);
    }

    private Map<String, String[]> queryOnly() {
      Map<String, String[]> map = new LinkedHashMap<>();
      String query = getQueryString();
      if (query == null) {
        return map;
      }
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        map.merge(
            name,
            new String[] {value},
            (a, b) -> {
              String[] both = new String[a.length + b.length];
              System.arraycopy(a, 0, both, 0, a.length);
              System.arraycopy(b, 0, both, a.length, b.length);
              return both;
            });
      }
      return map;
    }

    @Override
    public @Nullable String getParameter(String name) {
      try {
        return super.getParameter(name);
      } catch (IllegalStateException e) {
        String[] values = queryOnly().get(name);
        return values == null ? null : values[0];
      }
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      try {
        return super.getParameterMap();
      } catch (IllegalStateException e) {
        return Collections.unmodifiableMap(queryOnly());
      }
    }

    @Override
    public Enumeration<String> getParameterNames() {
      try {
        return super.getParameterNames();
      } catch (IllegalStateException e) {
        return Collections.enumeration(queryOnly().keySet());
      }
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
      try {
        return super.getParameterValues(name);
      } catch (IllegalStateException e) {
        return queryOnly().get(name);
      }
    }
  }
}

package se.trygghetsdialog.shared.web;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter that runs once per request and again while the error page of that request renders (the
 * error dispatch), so that the error page sees the request as the filter left it.
 */
public abstract class ErrorDispatchFilter extends OncePerRequestFilter {

  @Override
  protected final boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}

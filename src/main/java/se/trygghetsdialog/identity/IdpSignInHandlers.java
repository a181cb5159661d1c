package se.trygghetsdialog.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * What happens after the municipality's identity provider answers. On success the session holds the
 * same {@link StaffPrincipal} as a password sign-in (not the OIDC user and none of its tokens); on
 * failure the visitor sees the refusal page with the reason.
 */
final class IdpSignInHandlers {

  static final String REFUSED = "/logga-in/nekad";

  /** The refusal reasons the refusal page explains; any other failure is shown as a general one. */
  static final Set<String> REASONS =
      Set.of(
          StaffIdpSignIn.UNKNOWN,
          StaffIdpSignIn.UNVERIFIED,
          StaffIdpSignIn.NO_EMAIL,
          StaffIdpSignIn.DISABLED,
          StaffIdpSignIn.FOREIGN);

  private IdpSignInHandlers() {}

  static AuthenticationSuccessHandler success(SecurityContextRepository contexts) {
    SavedRequestAwareAuthenticationSuccessHandler next =
        new SavedRequestAwareAuthenticationSuccessHandler();
    next.setRequestCache(new ReturnPathCookieRequestCache());
    next.setDefaultTargetUrl("/personal");
    return (request, response, authentication) -> {
      if (!(authentication.getPrincipal() instanceof StaffIdpSignIn.StaffOidcUser user)) {
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + REFUSED);
        return;
      }
      StaffPrincipal staff = user.staff();
      Authentication signedIn =
          UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities());
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(signedIn);
      SecurityContextHolder.setContext(context);
      contexts.saveContext(context, request, response);
      next.onAuthenticationSuccess(request, response, signedIn);
    };
  }

  static AuthenticationFailureHandler failure() {
    return new AuthenticationFailureHandler() {
      @Override
      public void onAuthenticationFailure(
          HttpServletRequest request,
          HttpServletResponse response,
          AuthenticationException exception)
          throws IOException, ServletException {
        String reason = "failed";
        if (exception instanceof OAuth2AuthenticationException oauth
            && REASONS.contains(oauth.getError().getErrorCode())) {
          reason = oauth.getError().getErrorCode();
        }
        response.sendRedirect(request.getContextPath() + REFUSED + "?skal=" + reason);
      }
    };
  }

  /**
   * The authorization request of the request's municipality; an unknown registration (another
   * municipality's, or none configured) is left to the rest of the chain, which answers 404,
   * instead of the 500 Spring Security answers by default.
   */
  static OAuth2AuthorizationRequestResolver authorizationRequests(
      ClientRegistrationRepository registrations) {
    DefaultOAuth2AuthorizationRequestResolver resolver =
        new DefaultOAuth2AuthorizationRequestResolver(
            registrations,
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    return new OAuth2AuthorizationRequestResolver() {
      @Override
      public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        try {
          return resolver.resolve(request);
        } catch (IllegalArgumentException unknown) {
          return null;
        }
      }

      @Override
      public @Nullable OAuth2AuthorizationRequest resolve(
          HttpServletRequest request, String clientRegistrationId) {
        try {
          return resolver.resolve(request, clientRegistrationId);
        } catch (IllegalArgumentException unknown) {
          return null;
        }
      }
    };
  }

  /** Keeps no access or refresh token: the product calls nothing on the staff member's behalf. */
  static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {
    @Override
    public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
        String clientRegistrationId, Authentication principal, HttpServletRequest request) {
      return null;
    }

    @Override
    public void saveAuthorizedClient(
        OAuth2AuthorizedClient authorizedClient,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {}

    @Override
    public void removeAuthorizedClient(
        String clientRegistrationId,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {}
  }
}

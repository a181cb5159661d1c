package se.trygghetsdialog.identity;

import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import se.trygghetsdialog.shared.ServerSecret;
import se.trygghetsdialog.shared.TenantResolver;

/**
 * Security for the whole application. Public pages are open; everything under {@code /personal}
 * needs a signed-in staff member, and {@code /personal/admin} an administrator (its audit log an
 * administrator or an auditor). The platform operator's pages under {@code /plattform} have a chain
 * and a sign-in of their own. Finer decisions ("may this person do this now?") live in each
 * module's policy class. CSRF protection is on for every form; the Content-Security-Policy with a
 * per-request nonce is set by the shared web layer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  /**
   * No Micrometer observation per security filter and per authorization: on a public page that was
   * a fifth of the time spent in the application (the requests themselves stay measured as {@code
   * http.server.requests}).
   */
  @Bean
  static SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /** The strict firewall with its default rules, checked without regular expressions. */
  @Bean
  static HttpFirewall httpFirewall() {
    return RequestFirewall.create();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * The platform operator's pages under {@code /plattform}, with their own sign-in against the
   * operator accounts (never the staff accounts). Checked before the chain of everything else.
   */
  @Bean
  @Order(1)
  SecurityFilterChain operatorFilterChain(
      HttpSecurity http,
      PlatformOperators operators,
      PasswordEncoder encoder,
      ServerSecret secret,
      SignInAttempts signInAttempts,
      TenantResolver tenants,
      AuthenticationEventPublisher authenticationEvents)
      throws Exception {
    DaoAuthenticationProvider provider =
        new DaoAuthenticationProvider(operators.userDetailsService());
    provider.setPasswordEncoder(encoder);
    ProviderManager manager = new ProviderManager(provider);
    // Failures and successes reach SignInAttempts, as the staff sign-in's do.
    manager.setAuthenticationEventPublisher(authenticationEvents);
    http.securityMatcher("/plattform/**")
        .authenticationManager(manager)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(OPERATOR_SIGN_IN)
                    .permitAll()
                    .anyRequest()
                    .hasAuthority(OperatorPrincipal.AUTHORITY))
        .formLogin(
            form ->
                form.loginPage(OPERATOR_SIGN_IN)
                    .loginProcessingUrl(OPERATOR_SIGN_IN)
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .defaultSuccessUrl("/plattform/kommuner", true)
                    .failureUrl(OPERATOR_SIGN_IN + "?fel")
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/plattform/logga-ut").logoutSuccessUrl("/?utloggad"))
        .csrf(csrf -> csrf.csrfTokenRepository(new SignedCookieCsrfTokenRepository(secret)))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .headers(SecurityConfig::headers);
    // Guessing an operator's password waits like guessing a staff member's.
    http.addFilterBefore(
        new SignInThrottleFilter(signInAttempts, tenants, OPERATOR_SIGN_IN),
        UsernamePasswordAuthenticationFilter.class);
    return http.build();
  }

  static final String OPERATOR_SIGN_IN = "/plattform/logga-in";

  /** Staff pages need a staff member of a municipality: an operator is signed in but no staff. */
  private static AuthorizationDecision staffOnly(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    Authentication current = authentication.get();
    return new AuthorizationDecision(
        current != null && current.getPrincipal() instanceof StaffPrincipal);
  }

  private static void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .frameOptions(frame -> frame.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .httpStrictTransportSecurity(Customizer.withDefaults());
  }

  @Bean
  @Order(2)
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      IdpClientRegistrations oidcClients,
      StaffIdpSignIn idpSignIn,
      StaffIdps idps,
      TenantResolver tenants,
      ForeignSessions foreignSessions,
      SignInAttempts signInAttempts,
      ServerSecret secret,
      MetricsScrapeAccess metricsScrape)
      throws Exception {
    SecurityContextRepository contexts =
        new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(),
            new HttpSessionSecurityContextRepository());
    http.securityContext(context -> context.securityContextRepository(contexts))
        .authorizeHttpRequests(
            requests ->
                requests
                    // The audit log is read by auditors too (IdentityPolicy.mayReadAuditLog).
                    .requestMatchers("/personal/admin/logg", "/personal/admin/logg/**")
                    .hasAnyRole(Role.ADMINISTRATOR.name(), Role.AUDITOR.name())
                    .requestMatchers("/personal/admin", "/personal/admin/**")
                    .hasRole(Role.ADMINISTRATOR.name())
                    .requestMatchers("/personal", "/personal/**")
                    .access(SecurityConfig::staffOnly)
                    .requestMatchers("/actuator/prometheus")
                    .access(metricsScrape::decide)
                    .anyRequest()
                    .permitAll())
        .formLogin(
            form ->
                form.loginPage("/logga-in")
                    .loginProcessingUrl("/logga-in")
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .defaultSuccessUrl("/personal")
                    // Every failure answers the same, so accounts cannot be told from unknown ones.
                    .failureUrl("/logga-in?fel")
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logga-ut").logoutSuccessUrl("/?utloggad"))
        // One-click unsubscribe (RFC 8058) POSTs from mail programs carry no CSRF token; the
        // secret token in these URLs is what authorises them.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/folj/avsluta/*", "/rapport/avsluta/*"))
        // Residents store nothing on the server: the CSRF token and the page to return to after
        // signing in travel in cookies, not in a session.
        .csrf(csrf -> csrf.csrfTokenRepository(new SignedCookieCsrfTokenRepository(secret)))
        .requestCache(cache -> cache.requestCache(new ReturnPathCookieRequestCache()))
        .headers(SecurityConfig::headers);
    // A municipality that switched password sign-in off refuses the form before anything else.
    http.addFilterBefore(
        new PasswordSignInSwitchFilter(idps, tenants), UsernamePasswordAuthenticationFilter.class);
    // Sign-ins wait after failures per client address and e-mail address; no account is locked.
    http.addFilterBefore(
        new SignInThrottleFilter(signInAttempts, tenants, SignInThrottleFilter.SIGN_IN),
        UsernamePasswordAuthenticationFilter.class);
    // A staff session counts only on the host names of its own municipality.
    http.addFilterBefore(
        new SessionMunicipalityFilter(tenants, foreignSessions), AuthorizationFilter.class);
    // Staff sign-in through the municipality's own identity provider (OIDC with state, nonce and
    // PKCE); the registration is the one of the request's municipality.
    http.oauth2Login(
        oidc ->
            oidc.loginPage("/logga-in")
                .clientRegistrationRepository(oidcClients)
                .authorizationEndpoint(
                    authorization ->
                        authorization.authorizationRequestResolver(
                            IdpSignInHandlers.authorizationRequests(oidcClients)))
                .authorizedClientRepository(new IdpSignInHandlers.NoAuthorizedClients())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(idpSignIn))
                .successHandler(IdpSignInHandlers.success(contexts))
                .failureHandler(IdpSignInHandlers.failure()));
    return http.build();
  }
}

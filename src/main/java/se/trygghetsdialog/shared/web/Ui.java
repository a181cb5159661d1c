package se.trygghetsdialog.shared.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.util.UriComponentsBuilder;
import se.trygghetsdialog.shared.Tenant;

/**
 * The per-request view model every template receives as {@code ui}: translated text, the language,
 * the CSRF token, the CSP nonce, the tenant and the signed-in user. Templates never contain literal
 * text; they call {@link #t(String, Object...)}.
 */
public final class Ui {

  /** Dates are shown in the municipality's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final MessageSource messages;
  private final Locale locale;
  private final String nonce;
  private final @Nullable CsrfToken csrf;
  private final Tenant tenant;
  private final @Nullable Authentication authentication;
  private final String path;
  private final @Nullable String notice;
  private final Supplier<MunicipalityLook> look;

  public Ui(
      MessageSource messages,
      Locale locale,
      String nonce,
      @Nullable CsrfToken csrf,
      Tenant tenant,
      @Nullable Authentication authentication,
      String path,
      @Nullable String notice,
      MunicipalityLook look) {
    this(messages, locale, nonce, csrf, tenant, authentication, path, notice, () -> look);
  }

  /**
   * With the look read only when a template asks for it, once: a fragment (an htmx answer) that
   * shows no logo, links or feature-dependent parts reads nothing.
   */
  public Ui(
      MessageSource messages,
      Locale locale,
      String nonce,
      @Nullable CsrfToken csrf,
      Tenant tenant,
      @Nullable Authentication authentication,
      String path,
      @Nullable String notice,
      Supplier<MunicipalityLook> look) {
    this.messages = messages;
    this.locale = locale;
    this.nonce = nonce;
    this.csrf = csrf;
    this.tenant = tenant;
    this.authentication = authentication;
    this.path = path;
    this.notice = notice;
    this.look = SingletonSupplier.of(look);
  }

  /** The text for a message key in the page language; a missing key fails loudly in tests. */
  public String t(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, locale);
  }

  /** Translates an enum constant with the key {@code prefix + "." + NAME}. */
  public String e(String prefix, Enum<?> value) {
    return t(prefix + "." + value.name());
  }

  public Locale locale() {
    return locale;
  }

  /**
   * The BCP 47 language of the page, for {@code <html lang>}, e.g. {@code ar} or {@code
   * sv-lattlast}.
   */
  public String lang() {
    return language().tag();
  }

  /** The language of the page. */
  public Language language() {
    return Language.of(locale);
  }

  /** The writing direction of the page, for {@code <html dir>}: {@code rtl} or {@code ltr}. */
  public String dir() {
    return language().rightToLeft() ? "rtl" : "ltr";
  }

  /**
   * Text of unknown direction (a Swedish place name, something a resident wrote) put into a
   * sentence of a right-to-left page, wrapped in Unicode isolates (FSI … PDI, the plain-text form
   * of {@code <bdi>}) so that it keeps its own direction and does not reorder the sentence around
   * it. Unchanged on a left-to-right page.
   */
  public String isolate(@Nullable String text) {
    if (text == null || text.isEmpty() || !language().rightToLeft()) {
      return text == null ? "" : text;
    }
    return "\u2068" + text + "\u2069";
  }

  /**
   * Whether text the municipality wrote itself (in Swedish only) must be marked as such on this
   * page: on every page not in Swedish or lättläst svenska.
   */
  public boolean swedishOnly() {
    return !"sv".equals(locale.getLanguage());
  }

  /** The other languages a resident can switch to, each named in itself. */
  public java.util.List<Language> otherLanguages() {
    Language current = language();
    return Language.offeredLanguages().stream().filter(l -> l != current).toList();
  }

  public boolean english() {
    return "en".equals(lang());
  }

  public String nonce() {
    return nonce;
  }

  public String csrfParameter() {
    return csrf == null ? "_csrf" : csrf.getParameterName();
  }

  public String csrfToken() {
    return csrf == null ? "" : csrf.getToken();
  }

  public Tenant tenant() {
    return tenant;
  }

  /** The municipality's own logo and links. */
  public MunicipalityLook look() {
    return look.get();
  }

  /** Whether the municipality uses a feature, by its name (e.g. {@code PLACE_REPORTS}). */
  public boolean featureOn(String feature) {
    return !look.get().featuresOff().contains(feature);
  }

  public String path() {
    return path;
  }

  /** A link to the current page in another language. */
  public String languageUrl(String lang) {
    return UriComponentsBuilder.fromPath(path).queryParam("lang", lang).build().toUriString();
  }

  public boolean signedIn() {
    return authentication != null
        && authentication.isAuthenticated()
        && authentication.getPrincipal() instanceof SignedInUser;
  }

  public String userName() {
    if (signedIn() && authentication.getPrincipal() instanceof SignedInUser user) {
      return user.displayName();
    }
    return "";
  }

  /** Whether the signed-in user holds a role, by its name (e.g. {@code ADMINISTRATOR}). */
  public boolean hasRole(String role) {
    if (!signedIn()) {
      return false;
    }
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      if (("ROLE_" + role).equals(authority.getAuthority())) {
        return true;
      }
    }
    return false;
  }

  /** A flash message key set by the previous POST, shown once as a confirmation banner. */
  public @Nullable String notice() {
    return notice;
  }

  public String date(@Nullable LocalDate date) {
    return date == null
        ? ""
        : date.format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale)));
  }

  public String dateTime(@Nullable OffsetDateTime time) {
    return time == null
        ? ""
        : time.atZoneSameInstant(ZONE)
            .format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(locale)
                    .withDecimalStyle(DecimalStyle.of(locale)));
  }

  /** ISO form for {@code <time datetime>}. */
  public String iso(@Nullable OffsetDateTime time) {
    return time == null ? "" : time.toString();
  }
}

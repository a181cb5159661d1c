package se.trygghetsdialog.support;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.security.test.autoconfigure.webmvc.SecurityMockMvcAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.ServerSecret;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;

/**
 * A web slice: the named controllers with the shared web layer (its configuration, filters, advice
 * and argument resolvers) and the JTE templates, in a few seconds and without the database. A fixed
 * tenant stands in for the tenancy module, a fixed installation secret for the stored one, and the
 * personal-data screener (plain Java) is there for the form converters that screen bound texts.
 *
 * <p>The modules' own web configuration (tenancy's feature gate and setup landing, field's form
 * bindings) is left out: it reads its module's settings. Spring Security is left out: its
 * configuration needs the identity module's sign-in throttling and session checks, which read the
 * database. Test access rules, CSRF and anything a controller reads from another module with {@link
 * IntegrationTest} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
    includeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = "se\\.trygghetsdialog\\.shared\\.web\\.\\w+Config"),
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = "se\\.trygghetsdialog\\.(?!shared\\.)\\w+\\.web\\..*Config.*"))
@ImportAutoConfiguration(
    classes = {JteAutoConfiguration.class, ServletJteAutoConfiguration.class},
    exclude = {
      SecurityAutoConfiguration.class,
      UserDetailsServiceAutoConfiguration.class,
      SecurityFilterAutoConfiguration.class,
      ServletWebSecurityAutoConfiguration.class,
      OAuth2ClientAutoConfiguration.class,
      OAuth2ClientWebSecurityAutoConfiguration.class,
      SecurityMockMvcAutoConfiguration.class
    })
@Import(WebSliceTest.Fixtures.class)
public @interface WebSliceTest {

  /** The controllers under test (the shared error page controller is always there). */
  @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
  Class<?>[] value() default {};

  /** The one municipality of the slice. */
  Tenant TENANT = new Tenant(new MunicipalityId(UUID.randomUUID()), "1484", "Lysekil");

  @TestConfiguration(proxyBeanMethods = false)
  class Fixtures {

    @Bean
    TenantResolver tenants() {
      return host -> TENANT;
    }

    @Bean
    ServerSecret secret() {
      return ServerSecret.of("a fixed secret for web slices");
    }

    /** The screening that form converters apply when they bind a text; plain Java. */
    @Bean
    PersonalDataScreener screener() {
      return new PersonalDataScreener();
    }
  }
}

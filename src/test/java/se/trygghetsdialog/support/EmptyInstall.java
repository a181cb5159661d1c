package se.trygghetsdialog.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * An install as a municipality starts it: no demo data, a first administrator and a platform
 * operator from the environment, another municipality code than the demo's. Put on an {@link
 * IntegrationTest} or {@link BrowserTestBase} class, it gets an application context of its own and
 * with it an empty database of its own: a throw-away embedded PostgreSQL, also where the other
 * tests use a server named by {@code SPRING_DATASOURCE_URL} (the empty URL below overrides it).
 * Every class with this annotation shares that one context, so keep their data apart as the shared
 * one does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(
    properties = {
      "spring.datasource.url=",
      "app.demo.enabled=false",
      "app.tenancy.default-municipality.code=" + EmptyInstall.CODE,
      "app.bootstrap-admin.email=" + EmptyInstall.ADMIN_EMAIL,
      "app.bootstrap-admin.password=" + EmptyInstall.PASSWORD,
      "app.bootstrap-operator.email=" + EmptyInstall.OPERATOR_EMAIL,
      "app.bootstrap-operator.password=" + EmptyInstall.PASSWORD
    })
public @interface EmptyInstall {

  /** Sotenäs kommun's code; the name is left at its default, for the administrator to set. */
  String CODE = "1427";

  String ADMIN_EMAIL = "forsta.admin@sotenas.example";
  String OPERATOR_EMAIL = "drift@plattform.example";

  /** The first administrator's and the operator's password (at least 12 characters). */
  String PASSWORD = "Ett långt startlösenord 2026";
}

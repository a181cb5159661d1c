package se.trygghetsdialog.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;

/**
 * The site module on its own (with the shared kernel it depends on) and a real PostgreSQL: the
 * tenancy module is not started, so a fixed tenant stands in and the test adds its municipality.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class AccessibilityReportsModuleTest {

  /** The module test's municipality; CI's database outlives a run, so it is found or added. */
  static final String CODE = "9998";

  @TestConfiguration(proxyBeanMethods = false)
  static class OneMunicipality {
    @Bean
    TenantResolver tenants() {
      Tenant tenant = new Tenant(new MunicipalityId(UUID.randomUUID()), CODE, "Modulkommun");
      return host -> tenant;
    }
  }

  @Autowired ReportAccessibilityProblem reports;
  @Autowired JdbcClient jdbc;

  MunicipalityId municipality;

  @BeforeEach
  void municipality() {
    jdbc.sql(
            "INSERT INTO municipality (municipality_id, code, name) VALUES (:m, :code,"
                + " 'Modulkommun') ON CONFLICT DO NOTHING")
        .param("m", UUID.randomUUID())
        .param("code", CODE)
        .update();
    municipality =
        new MunicipalityId(
            jdbc.sql("SELECT municipality_id FROM municipality WHERE code = :code")
                .param("code", CODE)
                .query(UUID.class)
                .single());
  }

  @Test
  void aReportIsListedNewestFirstAndStaysListedWhenHandled() {
    int before = reports.count(municipality);
    AccessibilityReport older =
        reports.report(
            municipality, new ReportAccessibilityProblem.Input("/a", "Första problemet", ""));
    AccessibilityReport newer =
        reports.report(
            municipality,
            new ReportAccessibilityProblem.Input("/b", "Andra problemet", "svar@example.se"));

    reports.markHandled(municipality, older.id());

    assertThat(reports.newestFirst(municipality, 2, 0))
        .extracting(AccessibilityReport::id, AccessibilityReport::handled)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(newer.id(), false),
            org.assertj.core.groups.Tuple.tuple(older.id(), true));
    assertThat(reports.count(municipality)).isEqualTo(before + 2);
  }
}

package se.trygghetsdialog.records.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
/**
 * Every staff page (GET under /personal) a partner (police, housing company, nämnd: role PARTNER,
 * tied to an organisation) can open without an id of something: only the start page, the
 * organisation's own worklist and the walks it is invited to. A new staff page a partner can reach
 * fails this test until someone has checked it shows only the partner's organisation's items and
 * added it here. Pages that take an id answer 403 or 404 for an id that is not the partner's
 * (PartnerWorkspaceIntegrationTest covers the worklist and sharing with real ids).
 */
class PartnerReachableStaffPagesTest {

  /** Checked to show only the partner's organisation's items. */
  static final Set<String> REACHABLE =
      Set.of("/personal", "/personal/arbetslista", "/personal/trygghetsvandringar");

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void aPartnerReachesOnlyTheStaffPagesCheckedToShowItsOwnOrganisationsItems() throws Exception {
    var m = StaffMother.tenant(municipalities).id();
    var org =
        organisations.register(
            m,
            "Bolag " + UUID.randomUUID().toString().substring(0, 6),
            OrganisationKind.HOUSING_COMPANY,
            null);
    StaffPrincipal partner =
        accounts.actingAs(
            accounts.createWithPassword(
                m,
                StaffMother.uniqueEmail("partner"),
                "Pär Partner",
                Set.of(Role.PARTNER),
                org.id(),
                "Trygghet2026!"));
    var result = new TreeMap<String, Integer>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              boolean getMethod =
                  info.getMethodsCondition().getMethods().isEmpty()
                      || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
              if (!getMethod) {
                return;
              }
              for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/personal")) {
                  continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                try {
                  int status =
                      mvc.perform(get(path).with(user(partner)))
                          .andReturn()
                          .getResponse()
                          .getStatus();
                  result.put(pattern, status);
                } catch (Exception e) {
                  result.put(pattern + " " + e.getClass().getSimpleName(), -1);
                }
              }
            });
    var reached = new java.util.TreeSet<String>();
    result.forEach(
        (pattern, status) -> {
          if (status == 200 && !pattern.contains("{")) {
            reached.add(pattern);
          }
        });
    assertThat(reached).isEqualTo(new java.util.TreeSet<>(REACHABLE));
    assertThat(result).doesNotContainValue(500).doesNotContainValue(-1);
  }
}

package se.trygghetsdialog.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;

class MailLinksTest {

  final MunicipalityId second = new MunicipalityId(UUID.randomUUID());
  final MunicipalityId standard = new MunicipalityId(UUID.randomUUID());
  final Map<MunicipalityId, List<String>> hosts =
      Map.of(second, List.of("trygg.andra.se", "andra.example"), standard, List.of());

  final TenantResolver tenants =
      new TenantResolver() {
        @Override
        public Tenant resolve(String hostName) {
          throw new UnsupportedOperationException();
        }

        @Override
        public List<String> hostNames(MunicipalityId municipality) {
          return hosts.getOrDefault(municipality, List.of());
        }
      };

  @Test
  void aMunicipalitysLinkUsesItsFirstHostNameWithTheSchemeAndPortOfTheBaseUrl() {
    MailLinks links = new MailLinks("https://trygghet.example:8443/", tenants);
    assertThat(links.to(second, "/rapport/abc"))
        .isEqualTo("https://trygg.andra.se:8443/rapport/abc");
  }

  @Test
  void aMunicipalityWithoutHostNamesGetsTheBaseUrl() {
    MailLinks links = new MailLinks("https://trygghet.example/", tenants);
    assertThat(links.to(standard, "/rapport/abc"))
        .isEqualTo("https://trygghet.example/rapport/abc");
  }
}

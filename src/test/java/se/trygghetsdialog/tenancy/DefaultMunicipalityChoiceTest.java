package se.trygghetsdialog.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DefaultMunicipalityChoiceTest {

  @Test
  void withDemoDataAndNothingSetTheDemoMunicipalityIsTheDefault() {
    assertThat(TenancyBootstrap.choose(true, "", "", "1484", "Lysekils kommun"))
        .containsExactly("1484", "Lysekils kommun");
  }

  @Test
  void aRealInstallWithoutItsCodeRefusesToStartNamingTheSetting() {
    assertThatThrownBy(() -> TenancyBootstrap.choose(false, " ", "", "1484", "Lysekils kommun"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("APP_MUNICIPALITY_CODE");
  }

  @Test
  void aRealInstallNeverTakesTheDemoNameButItsOwnCode() {
    assertThat(TenancyBootstrap.choose(false, "1427", "", "1484", "Lysekils kommun"))
        .containsExactly("1427", "Kommun 1427");
    assertThat(TenancyBootstrap.choose(false, " 1427 ", " Sotenäs kommun ", "1484", "x"))
        .containsExactly("1427", "Sotenäs kommun");
  }
}

package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteInputTest {

  @Test
  void readsPointsSeparatedBySemicolons() {
    assertThat(PlaceReportPages.route("58.27,11.43; 58.28,11.44")).hasSize(2);
    assertThat(PlaceReportPages.route("58.27 11.43;58.28 11.44")).hasSize(2);
  }

  @Test
  void treatsEmptyAsNoRouteAndRefusesMalformedOrSinglePoints() {
    assertThat(PlaceReportPages.route("")).isEmpty();
    assertThat(PlaceReportPages.route("58.27,11.43")).isNull();
    assertThat(PlaceReportPages.route("58.27;11.43")).isNull();
    assertThat(PlaceReportPages.route("norr,väst;58.28,11.44")).isNull();
  }
}

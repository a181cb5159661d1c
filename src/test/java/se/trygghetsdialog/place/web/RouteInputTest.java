package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteInputTest {

  @Test
  void readsPointsSeparatedBySemicolons() {
    assertThat(PlaceFormConverters.route("58.27,11.43; 58.28,11.44")).hasSize(2);
    assertThat(PlaceFormConverters.route("58.27 11.43;58.28 11.44")).hasSize(2);
  }

  @Test
  void treatsEmptyAsNoRouteAndRefusesMalformedOrSinglePoints() {
    assertThat(PlaceFormConverters.route("")).isEmpty();
    assertThat(PlaceFormConverters.route("58.27,11.43")).isNull();
    assertThat(PlaceFormConverters.route("58.27;11.43")).isNull();
    assertThat(PlaceFormConverters.route("norr,väst;58.28,11.44")).isNull();
  }
}

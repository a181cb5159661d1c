package se.trygghetsdialog.measure;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.tenancy.QueriedReferences;

/** Measures point to areas (a measure names its owner as text, not by reference). */
@Component
class MeasureTenancyReferences extends QueriedReferences {

  MeasureTenancyReferences(JdbcClient jdbc) {
    super(
        jdbc,
        Map.of(),
        Map.of(
            "area.reference.measure",
            "SELECT title FROM measure WHERE municipality_id = :m AND area_id = :id ORDER BY title"));
  }
}

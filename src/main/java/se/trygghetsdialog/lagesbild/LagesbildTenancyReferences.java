package se.trygghetsdialog.lagesbild;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.tenancy.QueriedReferences;

/** The lägesbild's problems point to areas. */
@Component
class LagesbildTenancyReferences extends QueriedReferences {

  LagesbildTenancyReferences(JdbcClient jdbc) {
    super(
        jdbc,
        Map.of(),
        Map.of(
            "area.reference.problem",
            """
            SELECT title FROM lagesbild_problem WHERE municipality_id = :m AND area_id = :id
              AND NOT removed ORDER BY title
            """));
  }
}

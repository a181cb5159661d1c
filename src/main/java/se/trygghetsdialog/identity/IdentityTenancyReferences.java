package se.trygghetsdialog.identity;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.tenancy.QueriedReferences;

/** Staff accounts belong to an organisation. */
@Component
class IdentityTenancyReferences extends QueriedReferences {

  IdentityTenancyReferences(JdbcClient jdbc) {
    super(
        jdbc,
        Map.of(
            "org.reference.staff",
            """
            SELECT display_name FROM staff_account WHERE municipality_id = :m
              AND organisation_id = :id ORDER BY display_name
            """),
        Map.of());
  }
}

package se.trygghetsdialog.dialogue;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.tenancy.QueriedReferences;

/** Dialogues point to their political body and their area. */
@Component
class DialogueTenancyReferences extends QueriedReferences {

  DialogueTenancyReferences(JdbcClient jdbc) {
    super(
        jdbc,
        Map.of(
            "org.reference.dialogue",
            "SELECT title FROM dialogue WHERE municipality_id = :m AND decision_body_id = :id ORDER BY title"),
        Map.of(
            "area.reference.dialogue",
            "SELECT title FROM dialogue WHERE municipality_id = :m AND area_id = :id ORDER BY title"));
  }
}

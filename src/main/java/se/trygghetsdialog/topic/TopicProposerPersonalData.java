package se.trygghetsdialog.topic;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.rights.ByAddress;
import se.trygghetsdialog.records.rights.PersonalDataHolder;
import se.trygghetsdialog.records.rights.PersonalDataItem;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Topics a resident proposed and asked to be told about. Erasing removes the address and stops the
 * mails; the topic stays.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicProposerPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  @Override
  public List<PersonalDataItem> find(MunicipalityId municipality, String email) {
    return ByAddress.query(
        jdbc,
        """
            SELECT p.proposer_id, p.confirmation_sent_at, p.email, p.confirmed_at, p.stopped_at,
                   t.title, t.number
            FROM topic_proposer p JOIN topic t ON t.topic_id = p.topic_id
            WHERE p.municipality_id = :m AND lower(trim(p.email)) = :e
            ORDER BY p.confirmation_sent_at
            """,
        municipality,
        email,
        (rs, row) -> {
          Map<String, String> data = new LinkedHashMap<>();
          data.put("topicNumber", String.valueOf(rs.getInt("number")));
          data.put("topic", rs.getString("title"));
          data.put("emailAddress", rs.getString("email"));
          data.put(
              "confirmedAt", String.valueOf(rs.getObject("confirmed_at", OffsetDateTime.class)));
          data.put("stoppedAt", String.valueOf(rs.getObject("stopped_at", OffsetDateTime.class)));
          return new PersonalDataItem(
              "topic",
              "topic.rights.proposer",
              rs.getString("title"),
              rs.getObject("proposer_id", UUID.class),
              rs.getObject("confirmation_sent_at", OffsetDateTime.class),
              data);
        });
  }

  @Override
  public int erase(MunicipalityId municipality, String email) {
    return ByAddress.update(
        jdbc,
        """
            UPDATE topic_proposer SET email = '', confirm_token_hash = NULL,
                   stop_token_hash = NULL, stopped_at = coalesce(stopped_at, now())
            WHERE municipality_id = :m AND lower(trim(email)) = :e
            """,
        municipality,
        email);
  }
}

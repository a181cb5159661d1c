package se.trygghetsdialog.place;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Participation;
import se.trygghetsdialog.dialogue.ParticipationSource;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * Place reports of the campaigns linked to a dialogue count as participation: one person per report
 * that was not rejected, in the area the reported place lies in, with the reporter's voluntary age
 * band and gender where given. Counts only; never a reporter.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CampaignParticipation implements ParticipationSource {

  /** The message key naming the channel. */
  static final String CHANNEL = "place.participation.channel";

  /** How many reports were made at one spot with one age band and gender. */
  private record Reported(
      double latitude,
      double longitude,
      @Nullable String ageBand,
      @Nullable String gender,
      int reports) {}

  private final JdbcClient jdbc;
  private final Areas areas;

  @Override
  @Transactional(readOnly = true)
  public List<Participation> participationIn(MunicipalityId municipality, DialogueId dialogue) {
    List<Reported> reports =
        jdbc.sql(
                """
                SELECT r.latitude, r.longitude, r.age_band, r.gender, count(*) AS reports
                FROM place_report r JOIN place_campaign c ON c.campaign_id = r.campaign_id
                WHERE r.municipality_id = :m AND c.municipality_id = :m
                  AND c.dialogue_id = :d AND r.status <> 'REJECTED'
                GROUP BY r.latitude, r.longitude, r.age_band, r.gender
                """)
            .param("m", municipality.value())
            .param("d", dialogue.value())
            .query(
                (rs, n) ->
                    new Reported(
                        rs.getDouble("latitude"),
                        rs.getDouble("longitude"),
                        rs.getString("age_band"),
                        rs.getString("gender"),
                        rs.getInt("reports")))
            .list();
    if (reports.isEmpty()) {
      return List.of();
    }
    List<Area> known = areas.all(municipality);
    Map<@Nullable UUID, List<Reported>> byArea = new LinkedHashMap<>();
    for (Reported r : reports) {
      UUID area = Area.locate(known, r.latitude(), r.longitude()).map(Area::id).orElse(null);
      byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(r);
    }
    List<Participation> participation = new ArrayList<>();
    byArea.forEach(
        (area, list) -> {
          Map<AgeBand, Integer> ages = new EnumMap<>(AgeBand.class);
          Map<Gender, Integer> genders = new EnumMap<>(Gender.class);
          int people = 0;
          for (Reported r : list) {
            people += r.reports();
            if (r.ageBand() != null) {
              ages.merge(AgeBand.valueOf(r.ageBand()), r.reports(), Integer::sum);
            }
            if (r.gender() != null) {
              genders.merge(Gender.valueOf(r.gender()), r.reports(), Integer::sum);
            }
          }
          participation.add(new Participation(CHANNEL, area, people, ages, genders));
        });
    return participation;
  }
}

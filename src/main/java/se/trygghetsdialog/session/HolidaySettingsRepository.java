package se.trygghetsdialog.session;

import java.time.MonthDay;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for a municipality's school holidays; without a row the defaults apply. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HolidaySettingsRepository {

  private final JdbcClient jdbc;

  SchoolHolidays of(MunicipalityId m) {
    return jdbc.sql(
            "SELECT sportlov_week, hostlov_week, summer_start, summer_end"
                + " FROM session_holiday_settings WHERE municipality_id = :m")
        .param("m", m.value())
        .query(
            (rs, row) ->
                new SchoolHolidays(
                    rs.getInt("sportlov_week"),
                    rs.getInt("hostlov_week"),
                    MonthDay.parse("--" + rs.getString("summer_start")),
                    MonthDay.parse("--" + rs.getString("summer_end"))))
        .optional()
        .orElse(SchoolHolidays.DEFAULTS);
  }

  void save(MunicipalityId m, SchoolHolidays h) {
    jdbc.sql(
            """
            INSERT INTO session_holiday_settings
              (municipality_id, sportlov_week, hostlov_week, summer_start, summer_end)
            VALUES (:m, :sport, :host, :start, :end)
            ON CONFLICT (municipality_id) DO UPDATE SET sportlov_week = :sport,
              hostlov_week = :host, summer_start = :start, summer_end = :end
            """)
        .param("m", m.value())
        .param("sport", h.sportlovWeek())
        .param("host", h.hostlovWeek())
        .param("start", h.summerStart().toString().substring(2))
        .param("end", h.summerEnd().toString().substring(2))
        .update();
  }
}

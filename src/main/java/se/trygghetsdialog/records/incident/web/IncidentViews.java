package se.trygghetsdialog.records.incident.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.records.incident.Incident;
import se.trygghetsdialog.records.incident.IncidentAction;
import se.trygghetsdialog.records.incident.Incidents;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;

/** View models of the incident log pages. */
public final class IncidentViews {

  private IncidentViews() {}

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /**
   * Where an incident stands against the IMY deadline, in words.
   *
   * @param urgent less than 24 hours left (or none) and still awaiting a report
   */
  public record Deadline(String text, boolean urgent) {}

  public record Row(Incident incident, Deadline deadline) {}

  public record ListPage(List<Row> rows, Paging paging) {}

  /** The incident form as typed. */
  public record Form(
      String title,
      String whatHappened,
      String discoveredDate,
      String discoveredTime,
      String dataConcerned,
      String peopleEstimate,
      String risk,
      String riskAssessment,
      String reportedToImyOn,
      String imyReference,
      String notReportedReason) {
    public Form {
      title = orEmpty(title);
      whatHappened = orEmpty(whatHappened);
      discoveredDate = orEmpty(discoveredDate);
      discoveredTime = orEmpty(discoveredTime);
      dataConcerned = orEmpty(dataConcerned);
      peopleEstimate = orEmpty(peopleEstimate);
      risk = orEmpty(risk);
      riskAssessment = orEmpty(riskAssessment);
      reportedToImyOn = orEmpty(reportedToImyOn);
      imyReference = orEmpty(imyReference);
      notReportedReason = orEmpty(notReportedReason);
    }

    static Form blank() {
      OffsetDateTime now = OffsetDateTime.now(Incidents.ZONE);
      return new Form(
          "",
          "",
          now.toLocalDate().toString(),
          now.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
          "",
          "",
          "",
          "",
          "",
          "",
          "");
    }

    static Form of(Incident i) {
      var discovered = i.discoveredAt().atZoneSameInstant(Incidents.ZONE);
      return new Form(
          i.title(),
          i.whatHappened(),
          discovered.toLocalDate().toString(),
          discovered.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
          i.dataConcerned(),
          Integer.toString(i.peopleEstimate()),
          i.risk().name(),
          i.riskAssessment(),
          i.reportedToImyOn() == null ? "" : i.reportedToImyOn().toString(),
          i.imyReference(),
          i.notReportedReason());
    }
  }

  /** The form for a decision or action as typed. */
  public record ActionForm(String takenOn, String text) {
    public ActionForm {
      takenOn = orEmpty(takenOn);
      text = orEmpty(text);
    }
  }

  public record FormPage(Form form, FormErrors errors, List<Option> risks) {}

  public record ShowPage(
      Incident incident,
      Deadline deadline,
      FormPage edit,
      List<IncidentAction> actions,
      ActionForm action,
      FormErrors actionErrors,
      FormErrors closeErrors) {}
}

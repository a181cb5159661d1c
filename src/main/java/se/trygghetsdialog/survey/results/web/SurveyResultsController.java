package se.trygghetsdialog.survey.results.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.AuditEvents;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.CsvTables;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.survey.results.RoundResults;
import se.trygghetsdialog.survey.results.SurveyResults;
import se.trygghetsdialog.survey.results.SurveyResultsPolicy;

/**
 * A survey round's results: for process leaders and administrators the whole page and its CSV
 * (audited); for the public, once the round has closed, the same suppressed figures without the
 * weighting's working notes.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyResultsController {

  static final String STAFF = "/personal/enkater/{surveyId}/omgangar/{roundId}/resultat";

  private final SurveyResults results;
  private final AuditEvents audit;

  @GetMapping(STAFF)
  String page(
      MunicipalityId municipality,
      @PathVariable UUID surveyId,
      @PathVariable UUID roundId,
      WebPage page) {
    StaffAccounts.signedIn(SurveyResultsPolicy::mayView, "may not view survey results");
    page.add(
            "view",
            ResultsView.of(results(municipality, surveyId, roundId, page.ui()), page.ui(), false))
        .add("csvUrl", "/personal/enkater/" + surveyId + "/omgangar/" + roundId + "/resultat.csv");
    return "survey/results/staff";
  }

  @GetMapping(STAFF + ".csv")
  ResponseEntity<byte[]> csv(
      MunicipalityId municipality,
      @PathVariable UUID surveyId,
      @PathVariable UUID roundId,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff =
        StaffAccounts.signedIn(SurveyResultsPolicy::mayView, "may not export survey results");
    ResultsView view = ResultsView.of(results(municipality, surveyId, roundId, ui), ui, false);
    List<List<String>> rows = new ArrayList<>();
    for (var question : view.questions()) {
      List<ResultsView.TableView> tables = new ArrayList<>();
      tables.add(question.overall());
      tables.addAll(question.breakdowns());
      for (var table : tables) {
        for (var row : table.rows()) {
          for (int i = 1; i < row.size(); i++) {
            rows.add(
                List.of(
                    question.text(),
                    table.caption(),
                    row.get(0),
                    table.header().get(i),
                    row.get(i)));
          }
        }
      }
    }
    audit.record(new SurveyResultsExported(municipality, staff.accountId(), roundId));
    return CsvTables.download(
        "enkatresultat-" + roundId + ".csv",
        List.of(
            ui.t("surveyresults.csv.question"),
            ui.t("surveyresults.csv.table"),
            ui.t("surveyresults.csv.row"),
            ui.t("surveyresults.csv.column"),
            ui.t("surveyresults.csv.value")),
        rows);
  }

  @GetMapping("/enkater/{roundId}/resultat")
  String publicSummary(MunicipalityId municipality, @PathVariable UUID roundId, WebPage page) {
    var round =
        results
            .round(municipality, roundId)
            .filter(r -> SurveyResultsPolicy.publiclyShown(r, LocalDate.now(Ui.ZONE)))
            .orElseThrow(() -> new NotFoundException("survey round"));
    RoundResults shown =
        results
            .of(municipality, null, round.id(), page.ui().language())
            .orElseThrow(() -> new NotFoundException("survey round"));
    page.add("view", ResultsView.of(shown, page.ui(), true));
    return "survey/results/public";
  }

  private RoundResults results(MunicipalityId municipality, UUID surveyId, UUID roundId, Ui ui) {
    if (!results.belongs(municipality, surveyId, roundId)) {
      throw new NotFoundException("survey round");
    }
    return results
        .of(municipality, surveyId, roundId, ui.language())
        .orElseThrow(() -> new NotFoundException("survey round"));
  }
}

package se.trygghetsdialog.measure.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Raw input of the medborgarlöfte form; a field not sent is empty. */
public record PromiseForm(
    String creationToken,
    String party,
    String focusArea,
    String periodStart,
    String periodEnd,
    String promiseText,
    String status,
    String evidence,
    List<String> activities,
    List<String> evidenceDialogues,
    List<String> evidenceSurveys) {

  public PromiseForm(
      @Nullable String creationToken,
      @Nullable String party,
      @Nullable String focusArea,
      @Nullable String periodStart,
      @Nullable String periodEnd,
      @Nullable String promiseText,
      @Nullable String status,
      @Nullable String evidence,
      @Nullable List<String> activities,
      @Nullable List<String> evidenceDialogues,
      @Nullable List<String> evidenceSurveys) {
    this.creationToken = creationToken == null ? "" : creationToken;
    this.party = party == null ? "" : party;
    this.focusArea = focusArea == null ? "" : focusArea;
    this.periodStart = periodStart == null ? "" : periodStart;
    this.periodEnd = periodEnd == null ? "" : periodEnd;
    this.promiseText = promiseText == null ? "" : promiseText;
    this.status = status == null ? "" : status;
    this.evidence = evidence == null ? "" : evidence;
    this.activities = activities == null ? List.of() : List.copyOf(activities);
    this.evidenceDialogues = evidenceDialogues == null ? List.of() : List.copyOf(evidenceDialogues);
    this.evidenceSurveys = evidenceSurveys == null ? List.of() : List.copyOf(evidenceSurveys);
  }

  static PromiseForm blank() {
    return new PromiseForm(
        UUID.randomUUID().toString(),
        "",
        "",
        "",
        "",
        "",
        "ACTIVE",
        "",
        List.of(),
        List.of(),
        List.of());
  }
}

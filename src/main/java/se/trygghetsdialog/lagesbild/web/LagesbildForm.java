package se.trygghetsdialog.lagesbild.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the draft form of the lägesbild holds, as typed; a field not sent is empty. */
public record LagesbildForm(
    String revision,
    String title,
    String crimeText,
    String otherText,
    String analysisText,
    String factsFrom,
    String factsTo,
    List<String> facts) {

  public LagesbildForm(
      @Nullable String revision,
      @Nullable String title,
      @Nullable String crimeText,
      @Nullable String otherText,
      @Nullable String analysisText,
      @Nullable String factsFrom,
      @Nullable String factsTo,
      @Nullable List<String> facts) {
    this.revision = revision == null ? "" : revision;
    this.title = title == null ? "" : title;
    this.crimeText = crimeText == null ? "" : crimeText;
    this.otherText = otherText == null ? "" : otherText;
    this.analysisText = analysisText == null ? "" : analysisText;
    this.factsFrom = factsFrom == null ? "" : factsFrom;
    this.factsTo = factsTo == null ? "" : factsTo;
    this.facts = facts == null ? List.of() : facts.stream().map(String::strip).distinct().toList();
  }
}

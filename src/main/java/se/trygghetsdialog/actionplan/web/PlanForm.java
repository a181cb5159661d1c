package se.trygghetsdialog.actionplan.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Raw input of the adopt-plan form; a field not sent is empty. */
public record PlanForm(
    String expectedVersion,
    String title,
    String introduction,
    String body,
    String decidedOn,
    String paragraph,
    String registrationNumber,
    List<String> measures) {

  public PlanForm(
      @Nullable String expectedVersion,
      @Nullable String title,
      @Nullable String introduction,
      @Nullable String body,
      @Nullable String decidedOn,
      @Nullable String paragraph,
      @Nullable String registrationNumber,
      @Nullable List<String> measures) {
    this.expectedVersion = expectedVersion == null ? "" : expectedVersion;
    this.title = title == null ? "" : title;
    this.introduction = introduction == null ? "" : introduction;
    this.body = body == null ? "" : body;
    this.decidedOn = decidedOn == null ? "" : decidedOn;
    this.paragraph = paragraph == null ? "" : paragraph;
    this.registrationNumber = registrationNumber == null ? "" : registrationNumber;
    this.measures = measures == null ? List.of() : List.copyOf(measures);
  }
}

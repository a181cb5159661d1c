package se.trygghetsdialog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCheckTest {

  private static final PersonalDataScreener screener = new PersonalDataScreener();

  private static TextCheck check() {
    return new TextCheck(screener, "x.tooLong", "x.personalData");
  }

  @Test
  void collectsOneProblemPerTextInTheOrderChecked() {
    TextCheck check =
        check()
            .required("title", " ", "x.title.required")
            .text("title", " ", 10)
            .text("note", "Ring mig på 070-123 45 67", 100)
            .text("summary", "för lång text", 5)
            .text("fine", "Belysningen är trasig vid busshållplatsen", 100);

    assertThat(check.problems())
        .containsExactly(
            new TextCheck.Problem("title", "x.title.required"),
            new TextCheck.Problem("note", "x.personalData"),
            new TextCheck.Problem("summary", "x.tooLong"));
    assertThat(check.first()).contains(new TextCheck.Problem("title", "x.title.required"));
  }

  @Test
  void aTooLongTextIsNotAlsoReportedAsPersonalData() {
    assertThat(check().text("note", "Ring 070-123 45 67", 5).problems())
        .containsExactly(new TextCheck.Problem("note", "x.tooLong"));
  }

  @Test
  void cleanAndEmptyTextsPass() {
    assertThat(check().text("a", "", 10).text("b", "Mörkt vid torget", 100).first()).isEmpty();
  }
}

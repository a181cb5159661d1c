package se.trygghetsdialog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScreeningResultTest {

  private static final String TEXT = "Ring Anna på 070-123 45 67.";
  private static final Finding NAME = new Finding(PersonalDataKind.PERSONAL_NAME, 5, 9);
  private static final Finding PHONE = new Finding(PersonalDataKind.PHONE_NUMBER, 13, 26);

  @Nested
  class Masking {

    @Test
    void replacesEveryFindingWithItsSwedishLabel() {
      ScreeningResult result = new ScreeningResult(TEXT, List.of(NAME, PHONE));

      assertThat(result.masked()).isEqualTo("Ring [namn] på [telefonnummer].");
    }

    @Test
    void acceptsALocalisedMask() {
      ScreeningResult result = new ScreeningResult(TEXT, List.of(NAME, PHONE));

      assertThat(result.masked(kind -> "███")).isEqualTo("Ring ███ på ███.");
    }

    @Test
    void leavesAnUnflaggedTextUnchanged() {
      ScreeningResult result = new ScreeningResult("Storgatan är mörk.", List.of());

      assertThat(result.flagged()).isFalse();
      assertThat(result.masked()).isEqualTo("Storgatan är mörk.");
    }

    @Test
    void revealsOneFindingForAnAuditedUnmasking() {
      assertThat(new ScreeningResult(TEXT, List.of(NAME, PHONE)).reveal(PHONE))
          .isEqualTo("070-123 45 67");
    }
  }

  @Nested
  class Kinds {

    @Test
    void listsWhatWasFoundAndWhetherItIsSensitive() {
      ScreeningResult result = new ScreeningResult(TEXT, List.of(NAME, PHONE));

      assertThat(result.flagged()).isTrue();
      assertThat(result.kinds())
          .containsExactlyInAnyOrder(PersonalDataKind.PERSONAL_NAME, PersonalDataKind.PHONE_NUMBER);
      assertThat(result.sensitive()).isFalse();
    }

    @Test
    void marksArticleNineAndTenKinds() {
      assertThat(PersonalDataKind.HEALTH.isSpecialCategory()).isTrue();
      assertThat(PersonalDataKind.CRIME_ALLEGATION.isCriminalOffence()).isTrue();
      assertThat(PersonalDataKind.PHONE_NUMBER.isSpecialCategory()).isFalse();
    }
  }

  @Nested
  class Validation {

    @Test
    void rejectsOverlappingFindings() {
      Finding overlapping = new Finding(PersonalDataKind.PERSONAL_NAME, 8, 15);

      assertThatThrownBy(() -> new ScreeningResult(TEXT, List.of(NAME, overlapping)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAFindingOutsideTheText() {
      Finding outside = new Finding(PersonalDataKind.PERSONAL_NAME, 20, 40);

      assertThatThrownBy(() -> new ScreeningResult(TEXT, List.of(outside)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnEmptySpan() {
      assertThatThrownBy(() -> new Finding(PersonalDataKind.PERSONAL_NAME, 3, 3))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}

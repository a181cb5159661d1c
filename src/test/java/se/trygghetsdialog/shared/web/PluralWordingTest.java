package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * Counts read as Swedish and English do: one thing is singular ({@code choice} formats in the
 * bundles), and names are spelt as their owners spell them.
 */
class PluralWordingTest {

  private final MessageSource messages = new MessagesConfig().messageSource();

  private String sv(String key, Object... args) {
    return messages.getMessage(key, args, MessagesConfig.SWEDISH);
  }

  private String en(String key, Object... args) {
    return messages.getMessage(key, args, Locale.ENGLISH);
  }

  @Test
  void oneOfSomethingIsSingularInSwedishAndEnglish() {
    assertThat(sv("place.status.agreements", 1))
        .isEqualTo("En person har hållit med om problemet.");
    assertThat(sv("place.status.agreements", 3))
        .isEqualTo("3 personer har hållit med om problemet.");
    assertThat(en("place.status.agreements", 1))
        .isEqualTo("One person has agreed about the problem.");
    assertThat(sv("place.duplicate.text", "Klotter", "i går", 1))
        .endsWith("En person har hållit med.");
    assertThat(en("place.duplicate.text", "Graffiti", "yesterday", 2))
        .endsWith("2 people have agreed.");
    assertThat(sv("moderation.item.unmaskings", 1)).contains("visats en gång;");
    assertThat(en("moderation.item.unmaskings", 1)).contains("shown once;");
    assertThat(sv("moderation.item.unmaskings", 4)).contains("visats 4 gånger;");
    assertThat(sv("walk.lagesbild.byCategory.note", 1, 1))
        .startsWith("En trygghetsvandring med publicerat protokoll")
        .contains("sammanlagt 1 punkt.");
    assertThat(en("walk.lagesbild.byCategory.note", 2, 5))
        .startsWith("2 safety walks")
        .contains("5 points in all");
    assertThat(sv("walk.state.open", 1)).isEqualTo("1 plats kvar");
    assertThat(sv("walk.protocol.public.caption", 1)).isEqualTo("1 punkt");
    assertThat(sv("walk.staff.send.points", 1)).isEqualTo("1 punkt");
    assertThat(sv("opinion.vote.progress", 1, 1))
        .isEqualTo("Du har tagit ställning till 1 av 1 påstående.");
    assertThat(en("opinion.vote.progress", 2, 5))
        .isEqualTo("You have given your view on 2 of 5 statements.");
  }

  @Test
  void theNoticeAfterSavingNamesTheKindThatWasSaved() {
    assertThat(sv("measure.notice.created.MEASURE", (Object[]) null))
        .isEqualTo("Åtgärden är sparad i registret.");
    assertThat(sv("measure.notice.created.COMMITMENT", (Object[]) null))
        .isEqualTo("Åtagandet är sparat i registret.");
    assertThat(en("measure.notice.created.MEASURE", (Object[]) null))
        .isEqualTo("The measure is saved in the register.");
  }

  @Test
  void tikTokIsSpeltAsItsOwnerSpellsIt() {
    assertThat(sv("field.rumour.channel.TIKTOK", (Object[]) null)).isEqualTo("TikTok");
    assertThat(en("field.rumour.channel.TIKTOK", (Object[]) null)).isEqualTo("TikTok");
  }
}

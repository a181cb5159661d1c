package se.trygghetsdialog.perspective;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PerspectiveMapTest {

  static final UUID DIALOGUE = UUID.randomUUID();
  final Theme centre = new Theme(UUID.randomUUID(), DIALOGUE, "Centrum", "", false);
  final Theme youth = new Theme(UUID.randomUUID(), DIALOGUE, "Unga", "", false);
  final Theme old = new Theme(UUID.randomUUID(), DIALOGUE, "Gammalt", "", true);
  final Theme unused = new Theme(UUID.randomUUID(), DIALOGUE, "Oanvänt", "", true);

  static Perspective heard(Channel channel, boolean minority, boolean dissent, Theme... themes) {
    return new Perspective(
        UUID.randomUUID(),
        DIALOGUE,
        UUID.randomUUID(),
        PerspectiveKind.IDEA,
        "text",
        "text",
        false,
        minority,
        dissent,
        Set.of(java.util.Arrays.stream(themes).map(Theme::id).toArray(UUID[]::new)),
        channel,
        LocalDate.of(2026, 11, 1),
        null,
        0);
  }

  @Test
  void countsEachThemeAndChannelAndEachPerspectiveOnceInTheTotals() {
    PerspectiveMap map =
        PerspectiveMap.of(
            List.of(centre, youth, old, unused),
            List.of(
                heard(Channel.INTERVIEW, false, false, centre, youth),
                heard(Channel.STREET_OUTREACH, false, true, youth),
                heard(Channel.STREET_OUTREACH, true, false, youth),
                heard(Channel.MEETING, false, false, old),
                heard(Channel.EMAIL, false, false)));

    assertThat(map.rows())
        .extracting(PerspectiveMap.Row::themeName)
        .containsExactly("Centrum", "Unga", "Gammalt", "");
    PerspectiveMap.Row young = map.rows().get(1);
    assertThat(young.count(Channel.STREET_OUTREACH)).isEqualTo(2);
    assertThat(young.count(Channel.INTERVIEW)).isEqualTo(1);
    assertThat(young.total()).isEqualTo(3);
    assertThat(map.rows().get(0).total()).isEqualTo(1);
    assertThat(map.rows().get(3).themeId()).isNull();
    assertThat(map.rows().get(3).count(Channel.EMAIL)).isEqualTo(1);
    assertThat(map.total()).isEqualTo(5);
    assertThat(map.total(Channel.INTERVIEW)).isEqualTo(1);
    assertThat(map.total(Channel.STREET_OUTREACH)).isEqualTo(2);
    assertThat(map.minority()).isEqualTo(1);
    assertThat(map.dissent()).isEqualTo(1);
  }

  @Test
  void anEmptyDialogueHasARowPerActiveThemeWithZeros() {
    PerspectiveMap map = PerspectiveMap.of(List.of(centre, unused), List.of());
    assertThat(map.rows()).singleElement().satisfies(r -> assertThat(r.total()).isZero());
    assertThat(map.total()).isZero();
  }

  @Test
  void theSumOfAgeBandsOverThePeopleIsRefused() {
    var ages =
        new java.util.EnumMap<se.trygghetsdialog.shared.AgeBand, Integer>(
            se.trygghetsdialog.shared.AgeBand.class);
    ages.put(se.trygghetsdialog.shared.AgeBand.UNDER_18, 3);
    var input =
        new LogContacts.ContactInput(
            Channel.MEETING, LocalDate.of(2026, 1, 1), null, 2, ages, java.util.Map.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogContacts.check(input))
        .isInstanceOf(PerspectiveRuleViolation.class)
        .hasMessage("perspective.contact.error.age.overPeople");
  }
}

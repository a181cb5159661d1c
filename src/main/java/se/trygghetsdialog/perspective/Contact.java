package se.trygghetsdialog.perspective;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * A contact the dialogue team logged: the channel, the date, the area and how many people, with
 * their age bands and gender as counts as far as known (never names).
 */
public record Contact(
    UUID id,
    UUID dialogueId,
    Channel channel,
    LocalDate date,
    @Nullable UUID areaId,
    int people,
    Map<AgeBand, Integer> byAge,
    Map<Gender, Integer> byGender,
    int version) {

  public Contact {
    byAge = Map.copyOf(byAge);
    byGender = Map.copyOf(byGender);
  }
}

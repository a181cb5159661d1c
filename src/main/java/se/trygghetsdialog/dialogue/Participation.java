package se.trygghetsdialog.dialogue;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * People a dialogue reached through one channel in one area, as counts only (never names). The age
 * and gender counts are what was known: they may sum to less than {@code people}.
 *
 * @param channelKey the message key naming the channel (for example {@code
 *     perspective.channel.INTERVIEW}), also the grouping key
 * @param areaId the municipality's area the people belong to; null when not known
 * @param people how many people took part
 * @param byAge how many of them in each age band, as far as known
 * @param byGender how many of them of each gender, as far as known
 */
public record Participation(
    String channelKey,
    @Nullable UUID areaId,
    int people,
    Map<AgeBand, Integer> byAge,
    Map<Gender, Integer> byGender) {

  public Participation {
    if (people < 0
        || byAge.values().stream().anyMatch(n -> n < 0)
        || byGender.values().stream().anyMatch(n -> n < 0)) {
      throw new IllegalArgumentException("negative count");
    }
    byAge = Map.copyOf(byAge);
    byGender = Map.copyOf(byGender);
  }
}

package se.trygghetsdialog.tenancy.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;
import se.trygghetsdialog.tenancy.ParticipationLevel;

/** Raw input of the ladder form, each level as typed. */
public record LadderForm(@Nullable List<Level> levels) {

  /** One level as typed. */
  public record Level(
      @Nullable String id,
      @Nullable String rank,
      @Nullable String nameSv,
      @Nullable String nameEn,
      @Nullable String explanationSv,
      @Nullable String explanationEn)
      implements TypedForm {

    static Level of(ParticipationLevel level) {
      return new Level(
          level.id().toString(),
          String.valueOf(level.rank()),
          level.name().sv(),
          level.name().en(),
          level.explanation().sv(),
          level.explanation().en());
    }

    static Level blank() {
      return new Level(null, null, null, null, null, null);
    }
  }
}

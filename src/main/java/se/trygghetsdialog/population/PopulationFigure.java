package se.trygghetsdialog.population;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * How many people of an age band and sex lived in a region at the end of a year.
 *
 * @param regionCode the code the statistics gave: the kommun code or an area's official code
 * @param areaId the municipality's area with that code; null for the municipality as a whole (or a
 *     code no area has any longer)
 * @param wholeMunicipality whether the figure is for the whole municipality (the kommun code)
 */
public record PopulationFigure(
    String regionCode,
    @Nullable UUID areaId,
    boolean wholeMunicipality,
    AgeBand ageBand,
    Gender gender,
    int year,
    long count) {}

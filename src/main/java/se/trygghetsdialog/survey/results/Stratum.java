package se.trygghetsdialog.survey.results;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * A group of respondents with the same background: area code, age band and gender, each null when
 * not given. The results count per stratum, and the weights depend on nothing else.
 */
public record Stratum(@Nullable String area, @Nullable AgeBand ageBand, @Nullable Gender gender) {}

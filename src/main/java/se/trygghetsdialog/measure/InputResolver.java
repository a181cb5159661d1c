package se.trygghetsdialog.measure;

import java.util.Optional;
import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Implemented by a module that owns a kind of input (e.g. {@code place} for place reports), so that
 * staff may link measures to its inputs: a link is accepted only for an input some resolver finds.
 */
public interface InputResolver {

  /** The input type this resolver answers for, e.g. {@link InputRef#PLACE_REPORT}. */
  String type();

  /** A short public label for the input (no personal data), or empty if it does not exist. */
  Optional<String> label(MunicipalityId municipality, UUID id);
}

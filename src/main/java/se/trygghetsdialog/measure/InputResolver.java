package se.trygghetsdialog.measure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
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

  /**
   * The ids of the newest inputs of this type that {@link #label} finds, newest first, at most
   * {@code limit}: staff search these by label to pick an input instead of pasting its id. A
   * resolver that offers none returns an empty list (its inputs can still be linked by id).
   */
  default List<UUID> newest(MunicipalityId municipality, int limit) {
    return List.of();
  }

  /**
   * A resolver of {@code type} that only looks things up: {@code label} finds the label of one
   * input, {@code newest} the ids of the newest inputs, as {@link #label} and {@link #newest}.
   */
  static InputResolver of(
      String type,
      BiFunction<MunicipalityId, UUID, Optional<String>> label,
      BiFunction<MunicipalityId, Integer, List<UUID>> newest) {
    return new LookupInputResolver(type, label, newest);
  }
}

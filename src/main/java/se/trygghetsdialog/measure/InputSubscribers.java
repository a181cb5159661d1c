package se.trygghetsdialog.measure;

import java.util.List;
import java.util.Optional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Implemented by a module that knows who asked to be told about its inputs (e.g. {@code feedback}
 * for dialogue followers, later {@code place} for reporters). This module never reads their
 * addresses itself.
 */
public interface InputSubscribers {

  /** Residents who consented to be told about this input; empty for inputs of other types. */
  List<InputSubscriber> subscribersOf(MunicipalityId municipality, InputRef input);

  /** The input a private link token (from a receipt or a mail) stands for, if it is one of ours. */
  Optional<InputRef> inputOfPrivateLink(MunicipalityId municipality, String token);

  /**
   * The state of the input a private link token stands for, as its holder may see it; empty when
   * the token is not ours or the module shows only the public label.
   */
  default Optional<PrivateInput> privateInput(MunicipalityId municipality, String token) {
    return Optional.empty();
  }
}

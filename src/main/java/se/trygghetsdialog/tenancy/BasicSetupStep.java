package se.trygghetsdialog.tenancy;

import java.util.function.Function;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A setup checklist item from its parts, for modules that declare an item as a bean without a class
 * of its own.
 *
 * @param state whether the municipality has set it
 */
public record BasicSetupStep(
    int order,
    String nameKey,
    String hintKey,
    String path,
    Function<MunicipalityId, SetupStep.Status> state)
    implements SetupStep {

  @Override
  public Status status(MunicipalityId municipality) {
    return state.apply(municipality);
  }
}

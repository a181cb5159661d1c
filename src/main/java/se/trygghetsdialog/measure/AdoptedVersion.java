package se.trygghetsdialog.measure;

import java.util.List;
import java.util.Optional;

/**
 * One adopted version of a document of the measure register (the åtgärdsplan, the lägesbild):
 * numbered from 1 in the order of adoption and adopted by a decision.
 */
public interface AdoptedVersion {

  int versionNumber();

  AdoptionDecision decision();

  /** The version of {@code versions} with this number, if any. */
  static <V extends AdoptedVersion> Optional<V> numbered(List<V> versions, int number) {
    return versions.stream().filter(v -> v.versionNumber() == number).findFirst();
  }
}

package se.trygghetsdialog.lagesbild;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Problems identified in the lägesbild are inputs measures answer (R40: each åtgärd references an
 * identified problem). The label is the problem's title.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LagesbildProblemInputResolver implements InputResolver {

  private final LagesbildRepository repository;

  @Override
  public String type() {
    return InputRef.LAGESBILD_ITEM;
  }

  @Override
  public Optional<String> label(MunicipalityId municipality, UUID id) {
    return repository.problem(municipality, id).map(LagesbildProblem::title);
  }

  @Override
  public List<UUID> newest(MunicipalityId municipality, int limit) {
    List<UUID> ids =
        new java.util.ArrayList<>(
            repository.problems(municipality).stream().map(LagesbildProblem::id).toList());
    java.util.Collections.reverse(ids);
    return ids.subList(0, Math.min(limit, ids.size()));
  }
}

package se.trygghetsdialog.lagesbild;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputResolver;

/**
 * Problems identified in the lägesbild are inputs measures answer (R40: each åtgärd references an
 * identified problem). The label is the problem's title.
 */
@Configuration(proxyBeanMethods = false)
class LagesbildProblemInputResolver {

  @Bean
  InputResolver lagesbildProblemInputs(LagesbildRepository repository) {
    return InputResolver.of(
        InputRef.LAGESBILD_ITEM,
        (municipality, id) -> repository.problem(municipality, id).map(LagesbildProblem::title),
        (municipality, limit) -> {
          List<UUID> ids =
              new ArrayList<>(
                  repository.problems(municipality).stream().map(LagesbildProblem::id).toList());
          Collections.reverse(ids);
          return ids.subList(0, Math.min(limit, ids.size()));
        });
  }
}

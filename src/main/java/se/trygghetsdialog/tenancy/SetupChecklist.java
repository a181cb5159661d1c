package se.trygghetsdialog.tenancy;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/** The municipality's setup checklist: every module's {@link SetupStep}, in order, with status. */
@Service
public class SetupChecklist {

  /** One item and where the municipality stands with it. */
  public record Item(SetupStep step, SetupStep.Status status) {}

  private final List<SetupStep> steps;

  SetupChecklist(List<SetupStep> steps) {
    this.steps =
        steps.stream()
            .sorted(Comparator.comparingInt(SetupStep::order).thenComparing(SetupStep::nameKey))
            .toList();
  }

  public List<Item> items(MunicipalityId municipality) {
    return steps.stream().map(s -> new Item(s, s.status(municipality))).toList();
  }

  /** Whether something needed before a dialogue can run is still missing. */
  public boolean incomplete(MunicipalityId municipality) {
    return steps.stream().anyMatch(s -> s.status(municipality) == SetupStep.Status.TO_DO);
  }
}

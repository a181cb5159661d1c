package se.trygghetsdialog.actionplan;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/** Reads adopted versions of the åtgärdsplan. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActionPlans {

  private final PlanRepository plans;

  /** Every adopted version, newest (the current one) first. */
  @Transactional(readOnly = true)
  public List<ActionPlanVersion> versions(MunicipalityId municipality) {
    return plans.versions(municipality);
  }

  @Transactional(readOnly = true)
  public Optional<ActionPlanVersion> current(MunicipalityId municipality) {
    return plans.versions(municipality).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<ActionPlanVersion> version(MunicipalityId municipality, int number) {
    return plans.version(municipality, number);
  }

  /** The number the next adopted version will get. */
  public int nextVersionNumber(MunicipalityId municipality) {
    return plans.nextVersionNumber(municipality);
  }
}

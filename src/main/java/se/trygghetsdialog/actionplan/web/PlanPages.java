package se.trygghetsdialog.actionplan.web;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.actionplan.ActionPlans;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.WebPage;

/** Page building for the staff page of the åtgärdsplan. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanPages {

  private final Measures measures;
  private final ActionPlans plans;

  /** The form of the next version, starting from the current one. */
  PlanForm next(MunicipalityId municipality) {
    var current = plans.current(municipality);
    return new PlanForm(
        String.valueOf(plans.nextVersionNumber(municipality)),
        current.map(p -> p.title()).orElse(""),
        current.map(p -> p.introduction()).orElse(""),
        "",
        "",
        "",
        "",
        current
            .map(p -> p.items().stream().map(i -> i.measureId().toString()).toList())
            .orElse(List.of()));
  }

  /** The adoption page with the form as given. */
  String render(MunicipalityId municipality, PlanForm form, FormErrors errors, WebPage page) {
    page.add("form", form);
    page.add("errors", errors);
    page.add("measureOptions", measures.options(municipality, form.measures()::contains));
    return "actionplan/staff/plan";
  }
}

package se.trygghetsdialog.measure.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.WebDataBinder;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.MeasureKind;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/** Small helpers shared by the staff controllers of this module. */
final class Forms {

  private Forms() {}

  static StaffPrincipal staff() {
    return StaffAccounts.signedIn();
  }

  static StaffPrincipal viewer() {
    StaffPrincipal staff = staff();
    if (!MeasurePolicy.mayView(staff)) {
      throw new AccessDeniedException("may not view measures");
    }
    return staff;
  }

  static StaffPrincipal manager() {
    StaffPrincipal staff = staff();
    if (!MeasurePolicy.mayManage(staff)) {
      throw new AccessDeniedException("may not manage measures");
    }
    return staff;
  }

  static StaffPrincipal decider() {
    StaffPrincipal staff = staff();
    if (!MeasurePolicy.mayRecordDecision(staff)) {
      throw new AccessDeniedException("may not record decisions");
    }
    return staff;
  }

  /**
   * Binds a command's {@code component} from the field named {@code component-row}: a form repeated
   * per row of a list page names its field after the row, so that ids stay unique.
   */
  static void perRow(WebDataBinder binder, String component, String row) {
    binder.setNameResolver(
        p -> component.equals(p.getParameterName()) ? component + "-" + row : null);
  }

  /** The notice naming what was saved: a proposal, a commitment or a measure. */
  static String createdNotice(MeasureKind kind) {
    return switch (kind) {
      case PROPOSAL -> "measure.notice.created.PROPOSAL";
      case COMMITMENT -> "measure.notice.created.COMMITMENT";
      case MEASURE -> "measure.notice.created.MEASURE";
    };
  }

  static <E extends Enum<E>> List<Option> options(
      E[] values, String prefix, @Nullable String selected, Ui ui) {
    return Arrays.stream(values)
        .map(v -> new Option(v.name(), ui.e(prefix, v), v.name().equals(selected)))
        .toList();
  }
}

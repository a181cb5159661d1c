package se.trygghetsdialog.site;

import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.SetupStep;

/**
 * The accessibility statement on the setup checklist: needed (DOS-lagen), done once published and
 * reviewed within the last year.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessibilityStatementSetupStep implements SetupStep {

  private final AccessibilityStatements statements;

  @Override
  public int order() {
    return 900;
  }

  @Override
  public String nameKey() {
    return "site.setup.statement.name";
  }

  @Override
  public String hintKey() {
    return "site.setup.statement.hint";
  }

  @Override
  public String path() {
    return "/personal/admin/tillganglighetsredogorelse";
  }

  @Override
  public Status status(MunicipalityId municipality) {
    return statements.reviewDue(municipality, LocalDate.now(se.trygghetsdialog.shared.web.Ui.ZONE))
        ? Status.TO_DO
        : Status.DONE;
  }
}

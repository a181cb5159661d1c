package se.trygghetsdialog.analysis.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.analysis.FrozenReport;
import se.trygghetsdialog.analysis.ReportDrafts;
import se.trygghetsdialog.analysis.ReportKind;
import se.trygghetsdialog.analysis.ReportVersions;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.WebPage;

/** Builds the report pages: the team's draft page and the public page of a frozen version. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportPages {

  private final ReportDrafts drafts;
  private final ReportVersions versions;

  /** The kind an address names. */
  static ReportKind kind(String slug) {
    return ReportKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("report " + slug));
  }

  String draft(
      MunicipalityId m, Dialogue dialogue, ReportKind kind, FormErrors errors, WebPage page) {
    var id = dialogue.id().value();
    page.add(
            "page",
            new ReportViews.DraftPage(
                dialogue,
                kind,
                drafts.build(m, dialogue, kind, page.ui().locale()),
                versions.of(m, id),
                versions.nextNumber(m, id, kind),
                Arrays.asList(ReportKind.values())))
        .add("errors", errors);
    return "analysis/draft";
  }

  String version(Dialogue dialogue, FrozenReport version, WebPage page) {
    page.add(
        "page",
        new ReportViews.VersionPage(dialogue, version, version.path() + ".pdf", version.path()));
    return "analysis/version";
  }
}

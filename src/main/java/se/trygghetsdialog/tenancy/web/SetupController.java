package se.trygghetsdialog.tenancy.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.SetupChecklist;
import se.trygghetsdialog.tenancy.SetupStep;

/** The setup checklist: every item a municipality sets up, with its status and a link to it. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SetupController {

  static final String PATH = "/personal/admin/installation";

  private final SetupChecklist checklist;

  @GetMapping(PATH)
  String checklist(MunicipalityId municipality, WebPage page) {
    var items = checklist.items(municipality);
    page.add("items", items);
    page.add("missing", items.stream().filter(i -> i.status() == SetupStep.Status.TO_DO).count());
    return "tenancy/setup";
  }
}

package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.allOn;
import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.perRow;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.measure.ChangePromiseStatus;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Staff list of medborgarlöften with a status form per promise. */
@Controller
@RequestMapping("/personal/atgarder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PromiseListController {

  private final PromisePages pages;
  private final ChangePromiseStatus changePromiseStatus;
  private final VersionedFormSubmissions forms;

  @GetMapping("/medborgarloften")
  String promiseList(MunicipalityId municipality, WebPage page) {
    return pages.list(municipality, "", FormErrors.none(), Forms.viewer(), page);
  }

  /** Each promise's status field is named after the promise, so ids stay unique on the page. */
  @InitBinder("changePromiseStatus")
  void statusPerPromise(WebDataBinder binder, @PathVariable("id") String id) {
    perRow(binder, "status", id);
  }

  @PostMapping("/medborgarloften/{id}/status")
  String changePromiseStatus(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("changePromiseStatus") ChangePromiseStatus.Command command,
      BindingResult binding,
      WebPage page) {
    var staff = Forms.manager();
    return forms.submit(
        binding,
        allOn("status-" + id),
        () -> {
          changePromiseStatus.change(municipality, id, command, staff);
          return page.redirect(
              "measure.notice.promiseStatus", "/personal/atgarder/medborgarloften");
        },
        errors -> pages.list(municipality, id.toString(), errors, staff, page));
  }
}

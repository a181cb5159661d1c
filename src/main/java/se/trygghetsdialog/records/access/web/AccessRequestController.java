package se.trygghetsdialog.records.access.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.access.AccessPdfs;
import se.trygghetsdialog.records.access.AccessRequest;
import se.trygghetsdialog.records.access.AccessRequestChanged;
import se.trygghetsdialog.records.access.AccessRequests;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.pdf.TaggedPdf;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Requests for public access for registrars and administrators: the list with the time each has
 * been open, registering one, the request page with its documents and the decision, and the two
 * PDFs (the redacted copy and the decision).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessRequestController {

  private final AccessRequests requests;
  private final AccessPages pages;
  private final AccessPdfs pdfs;
  private final Municipalities municipalities;
  private final FormSubmissions forms;

  @GetMapping(AccessPages.BASE)
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String sida,
      WebPage page) {
    AccessPages.registrar(municipality);
    page.add("page", pages.list(municipality, sida, page.ui()));
    return "records/access/list";
  }

  @GetMapping(AccessPages.BASE + "/ny")
  String newForm(MunicipalityId municipality, WebPage page) {
    AccessPages.registrar(municipality);
    return pages.register(AccessViews.RegisterForm.blank(), FormErrors.none(), page);
  }

  @PostMapping(AccessPages.BASE + "/ny")
  String register(
      MunicipalityId municipality,
      @Valid @ModelAttribute("register") AccessRequests.Register command,
      BindingResult binding,
      @ModelAttribute("form") AccessViews.RegisterForm form,
      WebPage page) {
    StaffPrincipal staff = AccessPages.registrar(municipality);
    return forms.submit(
        binding,
        () -> {
          UUID id = requests.register(municipality, staff.accountId(), command);
          return page.redirect("access.notice.registered", AccessPages.path(id));
        },
        errors -> pages.register(form, errors, page));
  }

  @GetMapping(AccessPages.BASE + "/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @ModelAttribute("search") AccessViews.SearchForm search,
      WebPage page) {
    AccessPages.registrar(municipality);
    AccessRequest request = pages.find(municipality, id);
    return pages.request(
        municipality,
        request,
        search,
        new AccessViews.DecisionForm("", ""),
        FormErrors.none(),
        page);
  }

  @PostMapping(AccessPages.BASE + "/{id}/beslut")
  String decide(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("decide") AccessRequests.Decide command,
      BindingResult binding,
      @ModelAttribute("form") AccessViews.DecisionForm form,
      WebPage page) {
    StaffPrincipal staff = AccessPages.registrar(municipality);
    AccessRequest request = pages.find(municipality, id);
    return forms.submit(
        binding,
        () -> {
          requests.decide(municipality, staff.accountId(), id, command);
          return page.redirect("access.notice.decided", AccessPages.path(id));
        },
        errors ->
            pages.request(
                municipality,
                request,
                new AccessViews.SearchForm("", "", "", ""),
                form,
                errors,
                page));
  }

  @GetMapping(AccessPages.BASE + "/{id}/kopia.pdf")
  ResponseEntity<byte[]> copy(MunicipalityId municipality, @PathVariable UUID id) {
    StaffPrincipal staff = AccessPages.registrar(municipality);
    AccessRequest request = pages.find(municipality, id);
    byte[] pdf =
        pdfs.copy(
            request,
            municipalities.name(municipality),
            requests.documents(municipality, id),
            requests.redactions(municipality, id));
    requests.produced(
        municipality, staff.accountId(), id, AccessRequestChanged.Change.COPY_PRODUCED);
    return TaggedPdf.inline("utlamnande-" + request.number() + "-kopia.pdf", pdf);
  }

  @GetMapping(AccessPages.BASE + "/{id}/beslut.pdf")
  ResponseEntity<byte[]> decision(MunicipalityId municipality, @PathVariable UUID id) {
    StaffPrincipal staff = AccessPages.registrar(municipality);
    AccessRequest request = pages.find(municipality, id);
    if (!request.decided()) {
      throw new NotFoundException("decision");
    }
    byte[] pdf =
        pdfs.decision(
            request, municipalities.name(municipality), requests.redactions(municipality, id));
    requests.produced(
        municipality, staff.accountId(), id, AccessRequestChanged.Change.DECISION_PRODUCED);
    return TaggedPdf.inline("utlamnande-" + request.number() + "-beslut.pdf", pdf);
  }
}

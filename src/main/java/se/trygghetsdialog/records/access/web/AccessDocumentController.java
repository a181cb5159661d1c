package se.trygghetsdialog.records.access.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.access.AccessRequest;
import se.trygghetsdialog.records.access.AccessRequests;
import se.trygghetsdialog.records.access.CoveredDocument;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The documents a request covers: attaching one found by the search, taking one off, and the
 * secrecy review of one document (ticking sentences and choosing the ground; taking a mark off).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessDocumentController {

  private static final String DOCUMENT = AccessPages.BASE + "/{id}/dokument/{kind}/{documentId}";

  private final AccessRequests requests;
  private final AccessPages pages;
  private final FormSubmissions forms;

  private static BindingResult noInput() {
    return new MapBindingResult(new HashMap<>(), "form");
  }

  @PostMapping(AccessPages.BASE + "/{id}/dokument")
  String add(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String documentId,
      WebPage page) {
    StaffPrincipal staff = AccessPages.registrar(municipality);
    AccessRequest request = pages.find(municipality, id);
    RecordKind recordKind = AccessPages.kind(kind);
    return forms.submit(
        noInput(),
        () -> {
          requests.addDocument(municipality, staff.accountId(), id, recordKind, documentId);
          return page.redirect("access.notice.documentAdded", AccessPages.path(id));
        },
        errors -> pages.again(municipality, request, errors, page));
  }

  @PostMapping(DOCUMENT + "/ta-bort")
  String remove(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable String kind,
      @PathVariable String documentId,
      WebPage page) {
    StaffPrincipal staff = AccessPages.registrar(municipality);
    AccessRequest request = pages.find(municipality, id);
    return forms.submit(
        noInput(),
        () -> {
          requests.removeDocument(
              municipality, staff.accountId(), id, AccessPages.kind(kind), documentId);
          return page.redirect("access.notice.documentRemoved", AccessPages.path(id));
        },
        errors -> pages.again(municipality, request, errors, page));
  }

  @GetMapping(DOCUMENT)
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable String kind,
      @PathVariable String documentId,
      WebPage page) {
    StaffPrincipal staff = AccessPages.registrar(municipality);
    AccessRequest request = pages.find(municipality, id);
    CoveredDocument document =
        requests.document(municipality, id, AccessPages.kind(kind), documentId);
    requests.viewed(municipality, staff.accountId(), id, document);
    return pages.document(municipality, request, document, FormErrors.none(), page);
  }

  @PostMapping(DOCUMENT + "/maskera")
  String redact(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable String kind,
      @PathVariable String documentId,
      @Valid @ModelAttribute("redact") AccessRequests.Redact command,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = AccessPages.registrar(municipality);
    AccessRequest request = pages.find(municipality, id);
    CoveredDocument document =
        requests.document(municipality, id, AccessPages.kind(kind), documentId);
    return forms.submit(
        binding,
        () -> {
          requests.redact(
              municipality, staff.accountId(), id, document.kind(), documentId, command);
          return page.redirect("access.notice.redacted", AccessPages.path(id, document));
        },
        errors -> pages.document(municipality, request, document, errors, page));
  }

  @PostMapping(DOCUMENT + "/maskering/{redaction}/ta-bort")
  String unredact(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable String kind,
      @PathVariable String documentId,
      @PathVariable UUID redaction,
      WebPage page) {
    StaffPrincipal staff = AccessPages.registrar(municipality);
    AccessRequest request = pages.find(municipality, id);
    CoveredDocument document =
        requests.document(municipality, id, AccessPages.kind(kind), documentId);
    return forms.submit(
        noInput(),
        () -> {
          requests.removeRedaction(municipality, staff.accountId(), id, redaction);
          return page.redirect("access.notice.unredacted", AccessPages.path(id, document));
        },
        errors -> pages.document(municipality, request, document, errors, page));
  }
}

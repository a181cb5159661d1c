package se.trygghetsdialog.records.access.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.access.AccessChannel;
import se.trygghetsdialog.records.access.AccessOutcome;
import se.trygghetsdialog.records.access.AccessRequest;
import se.trygghetsdialog.records.access.AccessRequests;
import se.trygghetsdialog.records.access.CoveredDocument;
import se.trygghetsdialog.records.access.DocumentSummary;
import se.trygghetsdialog.records.access.Passages;
import se.trygghetsdialog.records.access.Redaction;
import se.trygghetsdialog.records.access.SecrecyGrounds;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/** Who may handle requests for public access, and the pages' view models. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessPages {

  static final int PAGE_SIZE = 20;
  static final String BASE = "/personal/utlamnande";

  private final AccessRequests requests;
  private final SecrecyGrounds grounds;
  private final MessageSource messages;

  /** Registrars and administrators of the municipality handle requests. */
  static StaffPrincipal registrar(MunicipalityId municipality) {
    return StaffAccounts.signedIn(
        s ->
            (s.has(Role.REGISTRAR) || s.has(Role.ADMINISTRATOR))
                && s.municipalityId().equals(municipality),
        "may not handle requests for public access");
  }

  /** Administrators keep the list of secrecy grounds. */
  static StaffPrincipal administrator(MunicipalityId municipality) {
    return StaffAccounts.signedIn(
        s -> s.has(Role.ADMINISTRATOR) && s.municipalityId().equals(municipality),
        "may not edit the secrecy grounds");
  }

  static String path(UUID request) {
    return BASE + "/" + request;
  }

  static String path(UUID request, CoveredDocument document) {
    return path(request) + "/dokument/" + document.kind().name() + "/" + document.documentId();
  }

  static RecordKind kind(String kind) {
    return Arrays.stream(RecordKind.values())
        .filter(k -> k.name().equals(kind))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("kind"));
  }

  AccessRequest find(MunicipalityId municipality, UUID id) {
    return requests.require(municipality, id);
  }

  static String elapsed(AccessRequest request, Ui ui) {
    Duration d = request.elapsed(OffsetDateTime.now());
    return ui.t("access.elapsed", d.toDays(), d.toHoursPart(), d.toMinutesPart());
  }

  AccessViews.ListPage list(MunicipalityId municipality, String page, Ui ui) {
    Paging paging = new Paging(Paging.requested(page), PAGE_SIZE, requests.count(municipality));
    OffsetDateTime now = OffsetDateTime.now();
    return new AccessViews.ListPage(
        requests.newestFirst(municipality, paging.size(), paging.offset()).stream()
            .map(r -> new AccessViews.Row(r, elapsed(r, ui), r.overdue(now)))
            .toList(),
        paging);
  }

  String register(AccessViews.RegisterForm form, FormErrors errors, WebPage page) {
    page.add(
        "page",
        new AccessViews.RegisterPage(
            form,
            errors,
            Option.of(AccessChannel.values(), "access.channel", form.channel(), page.ui())));
    return "records/access/register";
  }

  /** The request page; {@code search} shows hits when any of its fields is filled. */
  String request(
      MunicipalityId municipality,
      AccessRequest request,
      AccessViews.SearchForm search,
      AccessViews.DecisionForm decision,
      FormErrors errors,
      WebPage page) {
    Ui ui = page.ui();
    List<Redaction> redactions = requests.redactions(municipality, request.id());
    List<AccessViews.DocumentRow> documents =
        requests.documents(municipality, request.id()).stream()
            .map(
                d ->
                    new AccessViews.DocumentRow(
                        d,
                        redactions.stream()
                            .filter(
                                r -> r.kind() == d.kind() && r.documentId().equals(d.documentId()))
                            .count()))
            .toList();
    FormErrors.Builder searchErrors = FormErrors.builder(messages, ui.locale());
    List<DocumentSummary> hits = null;
    if (!request.decided() && searching(search)) {
      LocalDate from = date(search.from(), "from", searchErrors);
      LocalDate to = date(search.to(), "to", searchErrors);
      RecordKind kind = search.kind().isEmpty() ? null : kindOrNull(search.kind(), searchErrors);
      if (!searchErrors.any()) {
        hits = requests.search(municipality, kind, from, to, search.text());
      }
    }
    List<Option> kinds =
        requests.searchableKinds().stream()
            .map(k -> new Option(k.name(), ui.e("access.kind", k), k.name().equals(search.kind())))
            .toList();
    page.add(
        "page",
        new AccessViews.RequestPage(
            request,
            elapsed(request, ui),
            request.overdue(OffsetDateTime.now()),
            documents,
            search,
            kinds,
            hits,
            searchErrors.build(),
            decision,
            Option.of(AccessOutcome.values(), "access.outcome", decision.outcome(), ui),
            errors));
    return "records/access/request";
  }

  /** The request page again after a refused action on it, with the refusal. */
  String again(
      MunicipalityId municipality, AccessRequest request, FormErrors errors, WebPage page) {
    return request(
        municipality,
        request,
        new AccessViews.SearchForm("", "", "", ""),
        new AccessViews.DecisionForm("", ""),
        errors,
        page);
  }

  private static boolean searching(AccessViews.SearchForm search) {
    return !(search.kind().isEmpty()
        && search.from().isEmpty()
        && search.to().isEmpty()
        && search.text().isEmpty());
  }

  private static @Nullable LocalDate date(String value, String field, FormErrors.Builder errors) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(field, "access.error.date");
      return null;
    }
  }

  private static @Nullable RecordKind kindOrNull(String value, FormErrors.Builder errors) {
    try {
      return RecordKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      errors.add("kind", "access.error.kind");
      return null;
    }
  }

  String document(
      MunicipalityId municipality,
      AccessRequest request,
      CoveredDocument document,
      FormErrors errors,
      WebPage page) {
    List<Redaction> own =
        requests.redactions(municipality, request.id()).stream()
            .filter(
                r -> r.kind() == document.kind() && r.documentId().equals(document.documentId()))
            .toList();
    page.add(
        "page",
        new AccessViews.DocumentPage(
            request,
            document,
            Passages.of(document.text(), own),
            own,
            Option.of(
                grounds.active(municipality),
                g -> g.id(),
                g -> g.reference() + " – " + g.label(),
                id -> false),
            errors));
    return "records/access/document";
  }
}

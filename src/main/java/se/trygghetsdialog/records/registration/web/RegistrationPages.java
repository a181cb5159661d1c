package se.trygghetsdialog.records.registration.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.registration.DiarienummerImport;
import se.trygghetsdialog.records.registration.Registry;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Organisations;

/** Builds the registration page: the filters, one page of entries, the import form. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistrationPages {

  static final int PAGE_SIZE = 25;
  static final long MAX_FILE_BYTES = 2_000_000;
  static final RegistrationQuery NO_FILTER = new RegistrationQuery(null, null, null, null, null);

  /** A file sent with the import form. */
  record Upload(String name, String text) {}

  private final Registry registry;
  private final Organisations organisations;
  private final MessageSource messages;

  /** The signed-in registrar or administrator. */
  static StaffPrincipal registrar() {
    return StaffAccounts.signedIn(
        staff -> staff.has(Role.REGISTRAR) || staff.has(Role.ADMINISTRATOR), "not registrar");
  }

  static StaffPrincipal administrator() {
    return StaffAccounts.signedIn(staff -> staff.has(Role.ADMINISTRATOR), "not administrator");
  }

  static @Nullable Upload upload(@Nullable MultipartFile file) {
    if (file == null || file.isEmpty()) {
      return null;
    }
    if (file.getSize() > MAX_FILE_BYTES) {
      throw new IllegalArgumentException("file too large");
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    name = name.replaceAll("[\\r\\n]", "");
    try {
      String text = new String(file.getBytes(), StandardCharsets.UTF_8);
      return new Upload(
          name.isBlank() ? "fil" : name, text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<UUID, String> organisationNames(MunicipalityId municipality) {
    return organisations.names(municipality);
  }

  FormErrors errors(WebPage page, String key) {
    return FormErrors.builder(messages, page.ui().locale()).add("fil", key).build();
  }

  /** Every error of the file, each naming the file and its line. */
  FormErrors errors(WebPage page, String filename, DiarienummerImport.Result result) {
    FormErrors.Builder errors = FormErrors.builder(messages, page.ui().locale());
    int n = 0;
    for (DiarienummerImport.LineError error : result.errors()) {
      String what = messages.getMessage(error.key(), error.args().toArray(), page.ui().locale());
      errors.add(
          n++ == 0 ? "fil" : "fil-" + n,
          "records.registration.import.error.at",
          filename,
          error.line(),
          what);
    }
    return errors.build();
  }

  String render(
      MunicipalityId municipality,
      RegistrationQuery query,
      int sida,
      FormErrors errors,
      WebPage page) {
    Paging paging = new Paging(sida, PAGE_SIZE, registry.count(municipality, query.filter()));
    Map<UUID, String> names = organisationNames(municipality);
    List<RegistrationLine> lines =
        registry.page(municipality, query.filter(), paging.size(), paging.offset()).stream()
            .map(
                e ->
                    new RegistrationLine(
                        e,
                        page.ui().t("records.kind." + e.kind().name()),
                        e.organisationId() == null
                            ? ""
                            : names.getOrDefault(e.organisationId(), "")))
            .toList();
    page.add("lines", lines)
        .add("paging", paging)
        .add("query", query.queryString())
        .add("from", query.fran() == null ? "" : query.fran().toString())
        .add("to", query.till() == null ? "" : query.till().toString())
        .add(
            "kinds",
            Option.of(
                Arrays.asList(RecordKind.values()),
                RecordKind::name,
                k -> page.ui().t("records.kind." + k.name()),
                v -> query.typ() != null && v.equals(query.typ().name())))
        .add(
            "organisations",
            Option.of(
                names.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList(),
                Map.Entry::getKey,
                Map.Entry::getValue,
                v -> query.organisation() != null && v.equals(query.organisation().toString())))
        .add(
            "diarienummer",
            List.of(
                new Option(
                    "med",
                    page.ui().t("records.registration.filter.with"),
                    "med".equals(query.diarienummer())),
                new Option(
                    "utan",
                    page.ui().t("records.registration.filter.without"),
                    "utan".equals(query.diarienummer()))))
        .add("errors", errors)
        .add(
            "administrator",
            StaffAccounts.current().map(s -> s.has(Role.ADMINISTRATOR)).orElse(false))
        .add("hasToken", registry.hasApiToken(municipality));
    return "records/registrations";
  }
}

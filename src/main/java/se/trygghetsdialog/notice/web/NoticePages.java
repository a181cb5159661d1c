package se.trygghetsdialog.notice.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.notice.Notice;
import se.trygghetsdialog.notice.NoticeKind;
import se.trygghetsdialog.notice.NoticePolicy;
import se.trygghetsdialog.notice.Notices;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/** What the notice controllers share: access, finding a notice, and building the pages. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticePages {

  static final int PAGE_SIZE = 10;
  static final int MAX_SEARCH = 100;

  private final Notices notices;

  /** The signed-in administrator or registrar; anyone else is refused (403). */
  static StaffPrincipal poster() {
    return StaffAccounts.signedIn(NoticePolicy::mayPost, "may not post notices");
  }

  /** Any notice of the municipality by the id in the path; a malformed or foreign id is 404. */
  Notice find(MunicipalityId municipality, String id) {
    return uuid(id)
        .flatMap(uuid -> notices.find(municipality, uuid))
        .orElseThrow(() -> new NotFoundException("notice"));
  }

  /** A notice the public may open today; any other is 404. */
  Notice visible(MunicipalityId municipality, String id) {
    return uuid(id)
        .flatMap(uuid -> notices.visible(municipality, uuid, NoticePolicy.today()))
        .orElseThrow(() -> new NotFoundException("notice"));
  }

  private static java.util.Optional<UUID> uuid(String id) {
    try {
      return java.util.Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * The kind asked for in {@code ?typ=}: null for all.
   *
   * @throws IllegalArgumentException (a 400 page) for a kind that does not exist
   */
  static @Nullable NoticeKind kind(@Nullable String value) {
    return value == null || value.isBlank() ? null : NoticeKind.valueOf(value.strip());
  }

  String board(
      MunicipalityId municipality, @Nullable String kindParam, String pageParam, WebPage page) {
    NoticeKind kind = kind(kindParam);
    LocalDate today = NoticePolicy.today();
    Paging paging =
        new Paging(
            Paging.requested(pageParam),
            PAGE_SIZE,
            notices.countCurrent(municipality, today, kind));
    Ui ui = page.ui();
    List<Option> kinds = new ArrayList<>();
    kinds.add(new Option("", ui.t("notice.filter.all"), kind == null));
    Arrays.stream(NoticeKind.values())
        .map(k -> new Option(k.name(), ui.e("notice.kind", k), k == kind))
        .forEach(kinds::add);
    page.add(
        "page",
        new NoticeViews.ListPage(
            notices.current(municipality, today, kind, paging.size(), paging.offset()),
            kinds,
            "",
            paging.page(),
            paging.totalPages(),
            kind == null ? "" : "typ=" + kind.name() + "&",
            today));
    return "notice/board";
  }

  String archive(
      MunicipalityId municipality, @Nullable String searchParam, String pageParam, WebPage page) {
    String search = searchParam == null ? "" : searchParam.strip();
    if (search.length() > MAX_SEARCH) {
      search = search.substring(0, MAX_SEARCH);
    }
    LocalDate today = NoticePolicy.today();
    Paging paging =
        new Paging(
            Paging.requested(pageParam),
            PAGE_SIZE,
            notices.countArchive(municipality, today, search));
    page.add(
        "page",
        new NoticeViews.ListPage(
            notices.archive(municipality, today, search, paging.size(), paging.offset()),
            List.of(),
            search,
            paging.page(),
            paging.totalPages(),
            search.isEmpty()
                ? ""
                : "sok=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&",
            today));
    return "notice/archive";
  }

  String show(MunicipalityId municipality, Notice notice, WebPage page) {
    page.add(
        "page",
        new NoticeViews.NoticePage(
            notice, notices.versions(municipality, notice.id()), NoticePolicy.today()));
    return "notice/show";
  }

  String staffList(MunicipalityId municipality, String pageParam, WebPage page) {
    Paging paging =
        new Paging(Paging.requested(pageParam), PAGE_SIZE * 2, notices.count(municipality));
    page.add(
        "page",
        new NoticeViews.ListPage(
            notices.all(municipality, paging.size(), paging.offset()),
            List.of(),
            "",
            paging.page(),
            paging.totalPages(),
            "",
            NoticePolicy.today()));
    return "notice/staff/list";
  }

  String manage(MunicipalityId municipality, Notice notice, WebPage page) {
    show(municipality, notice, page);
    page.add("flags", kinds(notice.flags(), page.ui()));
    return "notice/staff/manage";
  }

  /** The blank form for a new notice: posted today, up for the time a protocol needs. */
  static NoticeForms.Post blank() {
    LocalDate today = NoticePolicy.today();
    return new NoticeForms.Post(
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        today.toString(),
        NoticePolicy.earliestProtocolRemoval(today).toString(),
        "");
  }

  /** The correction form, filled in with the notice as it reads now. */
  static NoticeForms.Post correction(Notice n) {
    return new NoticeForms.Post(
        Integer.toString(n.version()),
        n.kind().name(),
        n.title(),
        n.text(),
        n.meetingDate() == null ? "" : n.meetingDate().toString(),
        n.adjustedOn() == null ? "" : n.adjustedOn().toString(),
        n.protocolLocation(),
        n.postedOn().toString(),
        n.removedOn().toString(),
        "");
  }

  /** A correction form as typed, with the kind and posting date as the notice has them. */
  static NoticeForms.Post shownAgain(NoticeForms.Post form, Notice n) {
    return new NoticeForms.Post(
        form.version(),
        n.kind().name(),
        form.title(),
        form.text(),
        form.meetingDate(),
        form.adjustedOn(),
        form.protocolLocation(),
        n.postedOn().toString(),
        form.removedOn(),
        form.checked());
  }

  /**
   * The form of a new notice ({@code correcting} null) or of a correction.
   *
   * @param flags what screening found in the texts as sent; offers the check box when not empty
   */
  String form(
      NoticeForms.Post form,
      FormErrors errors,
      Set<PersonalDataKind> flags,
      @Nullable Notice correcting,
      WebPage page) {
    Ui ui = page.ui();
    List<Option> kinds =
        Arrays.stream(NoticeKind.values())
            .map(k -> new Option(k.name(), ui.e("notice.kind", k), k.name().equals(form.kind())))
            .toList();
    page.add("form", form)
        .add("errors", errors)
        .add("kinds", kinds)
        .add("flags", kinds(flags, ui))
        .add(
            "action",
            correcting == null
                ? "/personal/anslagstavla/ny"
                : "/personal/anslagstavla/" + correcting.id() + "/rattelse")
        .add("correcting", correcting == null ? "" : correcting.title())
        .add("kindLabel", correcting == null ? "" : ui.e("notice.kind", correcting.kind()));
    return "notice/staff/form";
  }

  /** The kinds of personal data found, as one text in the page's language; empty for none. */
  static String kinds(Set<PersonalDataKind> flags, Ui ui) {
    return flags.stream()
        .sorted()
        .map(k -> ui.e("moderation.kind", k))
        .collect(Collectors.joining(", "));
  }
}

package se.trygghetsdialog.notice.web;

import java.time.LocalDate;
import java.util.List;
import se.trygghetsdialog.notice.Notice;
import se.trygghetsdialog.notice.NoticeVersion;
import se.trygghetsdialog.shared.web.Option;

/** What the notice board's templates show. */
public final class NoticeViews {

  private NoticeViews() {}

  /**
   * A page of notices: the board (with its kind filter) or the archive (with its title search).
   *
   * @param query the filter as query parameters for the pagination links, ending in {@code &}
   */
  public record ListPage(
      List<Notice> notices,
      List<Option> kinds,
      String search,
      int page,
      int pages,
      String query,
      LocalDate today) {}

  /** One notice with the wordings corrections replaced. */
  public record NoticePage(Notice notice, List<NoticeVersion> versions, LocalDate today) {

    public boolean current() {
      return notice.current(today);
    }
  }
}

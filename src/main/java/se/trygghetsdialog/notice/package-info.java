/**
 * The municipality's web notice board (anslagstavla, kommunallagen 8 kap. 10 §): notices of
 * adjusted protocols, kungörelser, tillkännagivanden and others, each with its posting and removal
 * date. The public board shows the current notices, an archive of removed ones and an Atom feed. A
 * posted notice is never edited silently: a correction keeps the earlier wording and the notice
 * says when it was corrected. Texts are screened for personal data when saved; staff may publish a
 * flagged text only after confirming they have checked it.
 *
 * <p>API: {@link se.trygghetsdialog.notice.Notices} (queries), the actions {@link
 * se.trygghetsdialog.notice.PostNotice}, {@link se.trygghetsdialog.notice.CorrectNotice} and {@link
 * se.trygghetsdialog.notice.CheckNotice}, the extension point {@link
 * se.trygghetsdialog.notice.NoticePublisher} by which another module posts a notice, and the
 * audited events {@link se.trygghetsdialog.notice.NoticeChanged}.
 */
@ApplicationModule(displayName = "Notice board")
@NullMarked
package se.trygghetsdialog.notice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

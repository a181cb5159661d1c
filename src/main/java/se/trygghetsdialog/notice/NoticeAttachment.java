package se.trygghetsdialog.notice;

import se.trygghetsdialog.moderation.ScreenedText;

/**
 * A PDF uploaded with a notice.
 *
 * @param name the file's name as the browser sent it, without any folder, screened once
 */
public record NoticeAttachment(ScreenedText name, byte[] bytes) {

  /** The largest file taken, below the upload limit of the whole request. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;
}

package se.trygghetsdialog.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notice the layout shows once on the page a successful form redirects to (post, redirect,
 * get): the message key travels as the flash attribute {@code notice}.
 */
public final class Notices {

  private Notices() {}

  /** Keeps the notice's message key for the next page and answers with a redirect to the path. */
  public static String redirect(RedirectAttributes redirect, String noticeKey, String path) {
    redirect.addFlashAttribute("notice", noticeKey);
    return "redirect:" + path;
  }
}

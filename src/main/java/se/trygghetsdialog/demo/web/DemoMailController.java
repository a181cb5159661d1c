package se.trygghetsdialog.demo.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.IdentityPolicy;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.mail.DemoMailbox;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The demo run's received mails for administrators, newest first, and one mail with its links
 * clickable: what a newcomer needs to follow a double opt-in or read a feedback mail without a mail
 * server. Answers 404 unless the demo mail server runs (demo mode without {@code MAIL_HOST}).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoMailController {

  static final int PAGE_SIZE = 20;

  private final ObjectProvider<DemoMailbox> mailbox;
  private final IdentityPolicy policy;

  @GetMapping("/personal/demo/post")
  String list(@RequestParam(name = "sida", required = false) String sida, WebPage page) {
    DemoMailbox mails = mailbox();
    Paging paging = new Paging(Paging.requested(sida), PAGE_SIZE, mails.count());
    page.add("mails", mails.newestFirst(paging.size(), paging.offset()));
    page.add("paging", paging);
    return "demo/mails";
  }

  @GetMapping("/personal/demo/post/{id}")
  String show(@PathVariable String id, WebPage page) {
    var mail = mailbox().find(id).orElseThrow(() -> new NotFoundException("demo mail " + id));
    page.add("mail", mail);
    page.add("body", MailText.parts(mail.body()));
    return "demo/mail";
  }

  private DemoMailbox mailbox() {
    DemoMailbox mails = mailbox.getIfAvailable();
    if (mails == null) {
      throw new NotFoundException("no demo mail server");
    }
    StaffAccounts.signedIn(policy::mayAdminister, "not administrator");
    return mails;
  }
}

package se.trygghetsdialog.shared.web;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a controller method answers with, as one argument: the page's model, its {@link Ui} and the
 * attributes a redirect carries. A handler declares {@code WebPage page} instead of {@code Model
 * model, @ModelAttribute("ui") Ui ui, RedirectAttributes redirect}; {@link WebPageArgumentResolver}
 * supplies it. See docs/architecture.md, forms and commands.
 */
public final class WebPage {

  private final Model model;
  private final Ui ui;
  private final RedirectAttributes redirect;

  WebPage(Model model, Ui ui, RedirectAttributes redirect) {
    this.model = model;
    this.ui = ui;
    this.redirect = redirect;
  }

  /** The model the view renders. */
  public Model model() {
    return model;
  }

  /** The page's language, texts, tenant and signed-in user. */
  public Ui ui() {
    return ui;
  }

  /** The attributes a redirect carries to the next page. */
  public RedirectAttributes redirectAttributes() {
    return redirect;
  }

  /** Adds a model attribute and answers this page, for chaining. */
  public WebPage add(String name, Object value) {
    model.addAttribute(name, value);
    return this;
  }

  /**
   * Answers with a redirect to {@code path}; the next page shows the notice with {@code noticeKey}
   * once (see {@link Notices}).
   */
  public String redirect(String noticeKey, String path) {
    return Notices.redirect(redirect, noticeKey, path);
  }
}

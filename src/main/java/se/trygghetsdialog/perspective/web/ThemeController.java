package se.trygghetsdialog.perspective.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.perspective.DefineThemes;
import se.trygghetsdialog.perspective.Perspectives;
import se.trygghetsdialog.perspective.Theme;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** The dialogue team's themes: the list, defining a theme, editing and archiving one. */
@Controller
@RequestMapping("/personal/dialoger/{id}/teman")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ThemeController {

  private final PerspectivePages pages;
  private final Perspectives perspectives;
  private final DefineThemes defineThemes;
  private final FormSubmissions forms;

  @GetMapping
  String list(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    var access = pages.viewer(municipality, id);
    return render(
        municipality,
        access,
        null,
        new PerspectiveViews.ThemeForm("", ""),
        FormErrors.none(),
        page);
  }

  @PostMapping
  String define(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("theme") DefineThemes.Command command,
      BindingResult binding,
      @ModelAttribute("form") PerspectiveViews.ThemeForm form,
      WebPage page) {
    var access = pages.editor(municipality, id);
    return submit(
        municipality,
        access,
        null,
        binding,
        form,
        page,
        "perspective.theme.notice.defined",
        () -> defineThemes.define(municipality, access.id(), access.actor(), command));
  }

  @GetMapping("/{themeId}")
  String edit(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID themeId,
      WebPage page) {
    var access = pages.editor(municipality, id);
    Theme theme = pages.theme(municipality, access, themeId);
    return render(
        municipality, access, theme, PerspectiveViews.ThemeForm.of(theme), FormErrors.none(), page);
  }

  @PostMapping("/{themeId}")
  String save(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID themeId,
      @Valid @ModelAttribute("theme") DefineThemes.Command command,
      BindingResult binding,
      @ModelAttribute("form") PerspectiveViews.ThemeForm form,
      WebPage page) {
    var access = pages.editor(municipality, id);
    Theme theme = pages.theme(municipality, access, themeId);
    return submit(
        municipality,
        access,
        theme,
        binding,
        form,
        page,
        "perspective.theme.notice.saved",
        () -> defineThemes.edit(municipality, theme, access.actor(), command));
  }

  @PostMapping("/{themeId}/arkiv")
  String archive(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID themeId,
      @RequestParam(name = "archived", defaultValue = "true") boolean archived,
      WebPage page) {
    var access = pages.editor(municipality, id);
    pages.theme(municipality, access, themeId);
    defineThemes.archive(municipality, themeId, access.actor(), archived);
    return page.redirect(
        archived ? "perspective.theme.notice.archived" : "perspective.theme.notice.restored",
        themesPath(access));
  }

  /**
   * Submits the theme form, to define a theme (editing null) or change one: the action runs and the
   * theme list follows with the notice; refused input shows the form again.
   */
  private String submit(
      MunicipalityId municipality,
      PerspectivePages.Access access,
      @Nullable Theme editing,
      BindingResult binding,
      PerspectiveViews.ThemeForm form,
      WebPage page,
      String notice,
      Runnable action) {
    return forms.submit(
        binding,
        () -> {
          action.run();
          return page.redirect(notice, themesPath(access));
        },
        errors -> render(municipality, access, editing, form, errors, page));
  }

  private static String themesPath(PerspectivePages.Access access) {
    return access.context().base() + "/teman";
  }

  private String render(
      MunicipalityId municipality,
      PerspectivePages.Access access,
      @Nullable Theme editing,
      PerspectiveViews.ThemeForm form,
      FormErrors errors,
      WebPage page) {
    page.add(
        "page",
        new PerspectiveViews.ThemesPage(
            access.context(),
            perspectives.themes(municipality, access.id()),
            editing,
            form,
            errors));
    return "perspective/themes";
  }
}

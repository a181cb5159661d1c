package se.trygghetsdialog.tenancy.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.ArchivableRegister;
import se.trygghetsdialog.tenancy.TenancyReferences;

/**
 * The administration of one kind of the municipality's reference rows, areas or organisations: the
 * list, the add and the edit form, archiving, and deleting, which is refused with 409 and the list
 * of what points to the row when anything does. A subclass is the controller of one kind: it maps
 * the base path and says how its rows are added and changed; its register reads, archives and
 * deletes them, and its {@link Forms} build the forms.
 *
 * @param <T> the row
 * @param <C> the command the add and edit forms are bound to
 * @param <F> the form as typed, to show again
 */
public abstract class ReferenceRowsAdmin<T extends ArchivableRegister.Row, C, F> {

  static final int PAGE_SIZE = 25;

  /** Archive or take back from the archive, as the button sends it. */
  public record Archive(@NotNull(message = "{form.error.invalid}") Boolean archived) {}

  /**
   * What tells one kind of rows apart.
   *
   * @param base the path of the list; a row is at base/id
   * @param notices the prefix of the notice keys (added, saved, archived, restored, deleted)
   * @param list the model name of the list page's rows
   * @param listView the list page's template
   * @param kind the kind named when a row is not found
   */
  public record Kind(String base, String notices, String list, String listView, String kind) {}

  /**
   * Builds the add and edit forms of one kind of rows.
   *
   * @param <T> the row
   * @param <F> the form as typed
   */
  public interface Forms<T, F> {

    /** The empty add form. */
    F blank();

    /** The edit form with the row as saved. */
    F typed(T row);

    /** The add form (row null) or the edit form, as typed. */
    String form(
        MunicipalityId municipality, @Nullable T row, F form, FormErrors errors, WebPage page);
  }

  private final FormSubmissions forms;
  private final Kind kind;
  private final Forms<T, F> pages;
  private final ArchivableRegister<T> rows;

  protected ReferenceRowsAdmin(
      FormSubmissions forms, Kind kind, Forms<T, F> pages, ArchivableRegister<T> rows) {
    this.forms = forms;
    this.kind = kind;
    this.pages = pages;
    this.rows = rows;
  }

  /** Adds a row as the add form sends it. */
  protected abstract T add(MunicipalityId municipality, C command);

  /** Changes a row as the edit form sends it. */
  protected abstract void edit(MunicipalityId municipality, UUID id, C command);

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    Paging paging = new Paging(Paging.requested(page), PAGE_SIZE, rows.count(municipality));
    model.addAttribute(kind.list(), rows.page(municipality, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    return kind.listView();
  }

  @GetMapping("/ny")
  String addForm(MunicipalityId municipality, WebPage page) {
    return pages.form(municipality, null, pages.blank(), FormErrors.none(), page);
  }

  @PostMapping("/ny")
  String add(
      MunicipalityId municipality,
      @Valid @ModelAttribute("command") C command,
      BindingResult binding,
      @ModelAttribute("form") F form,
      WebPage page) {
    return forms.submit(
        binding,
        () -> {
          T added = add(municipality, command);
          return page.redirect(kind.notices() + ".added", path(added.id()));
        },
        errors -> pages.form(municipality, null, form, errors, page));
  }

  @GetMapping("/{id}")
  String editForm(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    T row = existing(municipality, id);
    return pages.form(municipality, row, pages.typed(row), FormErrors.none(), page);
  }

  @PostMapping("/{id}")
  String edit(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("command") C command,
      BindingResult binding,
      @ModelAttribute("form") F form,
      WebPage page) {
    T row = existing(municipality, id);
    return forms.submit(
        binding,
        () -> {
          edit(municipality, id, command);
          return page.redirect(kind.notices() + ".saved", path(id));
        },
        errors -> pages.form(municipality, row, form, errors, page));
  }

  @PostMapping("/{id}/arkiv")
  String archive(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("archive") Archive command,
      BindingResult binding,
      WebPage page) {
    T row = existing(municipality, id);
    return forms.submit(
        binding,
        () -> {
          rows.archive(municipality, id, command.archived());
          return page.redirect(
              kind.notices() + (command.archived() ? ".archived" : ".restored"), path(id));
        },
        errors -> pages.form(municipality, row, pages.typed(row), errors, page));
  }

  /** Refused with 409 and the list of what points to it when anything does. */
  @PostMapping("/{id}/ta-bort")
  String delete(
      MunicipalityId municipality,
      @PathVariable UUID id,
      HttpServletResponse response,
      WebPage page) {
    T row = existing(municipality, id);
    List<TenancyReferences.Reference> pointing = rows.delete(municipality, id);
    if (pointing.isEmpty()) {
      return page.redirect(kind.notices() + ".deleted", kind.base());
    }
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    page.add("name", row.name())
        .add("archiveAction", path(id) + "/arkiv")
        .add("back", path(id))
        .add("references", pointing);
    return "tenancy/inUse";
  }

  private String path(UUID id) {
    return kind.base() + "/" + id;
  }

  private T existing(MunicipalityId municipality, UUID id) {
    return rows.find(municipality, id).orElseThrow(() -> new NotFoundException(kind.kind()));
  }
}

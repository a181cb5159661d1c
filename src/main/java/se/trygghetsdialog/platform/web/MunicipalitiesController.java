package se.trygghetsdialog.platform.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.identity.OperatorPrincipal;
import se.trygghetsdialog.identity.PlatformOperators;
import se.trygghetsdialog.identity.StaffIdps;
import se.trygghetsdialog.platform.AddMunicipality;
import se.trygghetsdialog.platform.ChangeMunicipalityStatus;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The platform operator's pages: the install's municipalities, adding one, deactivating and
 * reactivating one. Only operators reach them (the operator security chain); they show who each
 * municipality is and where it answers, nothing of its data.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MunicipalitiesController {

  static final String LIST = "/plattform/kommuner";

  /** The add form as typed. */
  record AddForm(
      @Nullable String code,
      @Nullable String name,
      @Nullable String hostNames,
      @Nullable String adminEmail,
      @Nullable String adminName) {}

  private final Municipalities municipalities;
  private final AddMunicipality addMunicipality;
  private final ChangeMunicipalityStatus changeStatus;
  private final FormSubmissions forms;
  private final StaffIdps staffIdps;

  @GetMapping(LIST)
  String list(WebPage page) {
    return listView(FormErrors.none(), page);
  }

  @GetMapping(LIST + "/ny")
  String addForm(WebPage page) {
    PlatformOperators.signedIn();
    return addView(new AddForm("", "", "", "", ""), FormErrors.none(), page);
  }

  @PostMapping(LIST + "/ny")
  String add(
      @Valid @ModelAttribute("addMunicipality") AddMunicipality.Command command,
      BindingResult binding,
      @ModelAttribute("form") AddForm form,
      Locale locale,
      WebPage page) {
    OperatorPrincipal operator = PlatformOperators.signedIn();
    return forms.submit(
        binding,
        () -> {
          addMunicipality.add(command, operator.operatorId(), locale);
          return page.redirect("platform.add.done", LIST);
        },
        errors -> addView(form, errors, page));
  }

  /** The municipality's id in the path is the whole form. */
  @PostMapping(LIST + "/{id}/avaktivera")
  String deactivate(@PathVariable UUID id, WebPage page) {
    OperatorPrincipal operator = PlatformOperators.signedIn();
    return forms.submit(
        noInput(),
        () -> {
          changeStatus.deactivate(new MunicipalityId(id), operator.operatorId());
          return page.redirect("platform.status.deactivated", LIST);
        },
        errors -> listView(errors, page));
  }

  @PostMapping(LIST + "/{id}/aktivera")
  String reactivate(@PathVariable UUID id, WebPage page) {
    OperatorPrincipal operator = PlatformOperators.signedIn();
    changeStatus.reactivate(new MunicipalityId(id), operator.operatorId());
    return page.redirect("platform.status.reactivated", LIST);
  }

  /** Password sign-in back on for a municipality whose own identity provider locked it out. */
  @PostMapping(LIST + "/{id}/losenord")
  String restorePasswordSignIn(@PathVariable UUID id, WebPage page) {
    OperatorPrincipal operator = PlatformOperators.signedIn();
    staffIdps.restorePasswordSignIn(new MunicipalityId(id), operator.operatorId());
    return page.redirect("platform.passwordSignIn.restored", LIST);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  private static BindingResult noInput() {
    return new MapBindingResult(new HashMap<>(), "status");
  }

  private String listView(FormErrors errors, WebPage page) {
    page.add("operator", PlatformOperators.signedIn().displayName());
    page.add("municipalities", municipalities.overviews());
    page.add("passwordSignInOff", staffIdps.passwordSignInOff());
    page.add("errors", errors);
    return "platform/municipalities";
  }

  private static String addView(AddForm form, FormErrors errors, WebPage page) {
    page.add("code", text(form.code()));
    page.add("name", text(form.name()));
    page.add("hostNames", text(form.hostNames()));
    page.add("adminEmail", text(form.adminEmail()));
    page.add("adminName", text(form.adminName()));
    page.add("errors", errors);
    return "platform/addMunicipality";
  }
}

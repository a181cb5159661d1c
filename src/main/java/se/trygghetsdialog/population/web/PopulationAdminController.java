package se.trygghetsdialog.population.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.population.ImportPopulation;
import se.trygghetsdialog.population.Population;
import se.trygghetsdialog.population.PopulationPolicy;
import se.trygghetsdialog.population.PopulationRuleViolation;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.UploadedFile;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * The administrator's page of population statistics: importing SCB's tables (refused whole, naming
 * the file and line), the figures of the newest year, and the areas' official codes that match
 * figures to areas.
 */
@Controller
@RequestMapping("/personal/admin/befolkning")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PopulationAdminController {

  static final int MAX_FILE_BYTES = 5_000_000;

  /**
   * The area codes form: the areas and their codes in the same order.
   *
   * @param area the areas' ids, as hidden fields
   * @param code the codes typed, one per area (blank clears a code)
   */
  record CodesCommand(@Nullable List<UUID> area, @Nullable List<String> code) {
    Map<UUID, String> codes() {
      List<UUID> areas = area == null ? List.of() : area;
      List<String> codes = code == null ? List.of() : code;
      Map<UUID, String> map = new LinkedHashMap<>();
      for (int i = 0; i < areas.size(); i++) {
        map.put(areas.get(i), i < codes.size() ? codes.get(i) : "");
      }
      return map;
    }
  }

  private final Population population;
  private final ImportPopulation importPopulation;
  private final Areas areas;
  private final FormSubmissions forms;

  static StaffPrincipal admin() {
    return StaffAccounts.signedIn(PopulationPolicy::mayImport, "may not import population");
  }

  @GetMapping
  String page(MunicipalityId municipality, WebPage page) {
    admin();
    return render(municipality, FormErrors.none(), Map.of(), page);
  }

  @PostMapping
  String importFile(
      MunicipalityId municipality,
      @Valid @ModelAttribute("importPopulation") ImportPopulation.Command command,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = admin();
    return forms.submit(
        binding,
        () -> {
          importPopulation.importFile(municipality, command, staff);
          return page.redirect("population.notice.imported", "/personal/admin/befolkning");
        },
        errors -> render(municipality, errors, Map.of(), page));
  }

  @PostMapping("/koder")
  String saveCodes(
      MunicipalityId municipality,
      @Valid @ModelAttribute("codes") CodesCommand command,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = admin();
    return forms.submit(
        binding,
        () -> {
          importPopulation.assignAreaCodes(municipality, command.codes(), staff);
          return page.redirect("population.notice.codesSaved", "/personal/admin/befolkning");
        },
        errors -> render(municipality, FormErrors.none(), command.codes(), page, errors));
  }

  private String render(
      MunicipalityId municipality, FormErrors errors, Map<UUID, String> typed, WebPage page) {
    return render(municipality, errors, typed, page, FormErrors.none());
  }

  private String render(
      MunicipalityId municipality,
      FormErrors errors,
      Map<UUID, String> typed,
      WebPage page,
      FormErrors codeErrors) {
    Map<UUID, String> codes = new LinkedHashMap<>(areas.codes(municipality));
    codes.putAll(typed);
    List<PopulationAdminView.AreaCode> areaCodes = new ArrayList<>();
    for (Area a : areas.all(municipality)) {
      areaCodes.add(
          new PopulationAdminView.AreaCode(a.id(), a.name(), codes.getOrDefault(a.id(), "")));
    }
    page.add("errors", errors)
        .add("codeErrors", codeErrors)
        .add(
            "view",
            PopulationAdminView.of(
                population.latest(municipality),
                population.imports(municipality),
                areas.all(municipality),
                areaCodes,
                page.ui()));
    return "population/admin";
  }

  /** An uploaded file of at most {@link #MAX_FILE_BYTES}; no file chosen is no file. */
  @Component
  static class UploadConverter implements Converter<MultipartFile, ImportPopulation.Upload> {
    @Override
    public ImportPopulation.@Nullable Upload convert(MultipartFile file) {
      UploadedFile upload =
          UploadedFile.of(
              file,
              MAX_FILE_BYTES,
              "fil",
              () -> new PopulationRuleViolation("file", "population.error.file.tooLarge"));
      return upload == null ? null : new ImportPopulation.Upload(upload.name(), upload.bytes());
    }
  }
}

package se.trygghetsdialog.tenancy.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.EditLadder;
import se.trygghetsdialog.tenancy.Feature;
import se.trygghetsdialog.tenancy.FeatureSwitches;
import se.trygghetsdialog.tenancy.ParticipationLadder;
import se.trygghetsdialog.tenancy.SwitchFeatures;

/** The municipality's features and its participation ladder. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SettingsController {

  static final String FEATURES = "/personal/admin/funktioner";
  static final String LADDER = "/personal/admin/delaktighetstrappa";

  private final FeatureSwitches switches;
  private final SwitchFeatures switchFeatures;
  private final ParticipationLadder ladder;
  private final EditLadder editLadder;
  private final FormSubmissions forms;

  /** Raw input of the features form. */
  record FeaturesForm(@Nullable List<String> features) {}

  @GetMapping(FEATURES)
  String features(MunicipalityId municipality, WebPage page) {
    return featuresPage(switches.enabled(municipality), FormErrors.none(), page);
  }

  @PostMapping(FEATURES)
  String switchFeatures(
      MunicipalityId municipality,
      @Valid @ModelAttribute("switchFeatures") SwitchFeatures.Command command,
      BindingResult binding,
      @ModelAttribute("form") FeaturesForm form,
      WebPage page) {
    return forms.submit(
        binding,
        () -> {
          switchFeatures.change(municipality, TenancyPages.actor(), command);
          return page.redirect("tenancy.features.saved", FEATURES);
        },
        errors -> featuresPage(typed(form), errors, page));
  }

  private static Set<Feature> typed(FeaturesForm form) {
    Set<Feature> on = EnumSet.noneOf(Feature.class);
    if (form.features() != null) {
      for (Feature feature : Feature.values()) {
        if (form.features().contains(feature.name())) {
          on.add(feature);
        }
      }
    }
    return on;
  }

  private String featuresPage(Set<Feature> on, FormErrors errors, WebPage page) {
    page.add("features", Feature.values());
    page.add("on", on);
    page.add("errors", errors);
    return "tenancy/features";
  }

  @GetMapping(LADDER)
  String ladder(MunicipalityId municipality, WebPage page) {
    return ladderPage(
        currentLevels(municipality), LadderForm.Level.blank(), FormErrors.none(), page);
  }

  /** The municipality's levels as they stand, as rows of the ladder form. */
  private List<LadderForm.Level> currentLevels(MunicipalityId municipality) {
    return ladder.levels(municipality).stream().map(LadderForm.Level::of).toList();
  }

  @PostMapping(LADDER)
  String editLadder(
      MunicipalityId municipality,
      @Valid @ModelAttribute("editLadder") EditLadder.Command command,
      BindingResult binding,
      @ModelAttribute("form") LadderForm form,
      WebPage page) {
    return forms.submit(
        binding,
        () -> {
          editLadder.save(municipality, TenancyPages.actor(), command);
          return page.redirect("tenancy.ladder.saved", LADDER);
        },
        errors ->
            ladderPage(
                form.levels() == null ? List.of() : form.levels(),
                LadderForm.Level.blank(),
                errors,
                page));
  }

  @PostMapping(LADDER + "/ny")
  String addLevel(
      MunicipalityId municipality,
      @Valid @ModelAttribute("addLevel") EditLadder.Level command,
      BindingResult binding,
      @ModelAttribute("newLevel") LadderForm.Level form,
      WebPage page) {
    return forms.submit(
        binding,
        () -> {
          editLadder.add(municipality, TenancyPages.actor(), command);
          return page.redirect("tenancy.ladder.added", LADDER);
        },
        errors -> ladderPage(currentLevels(municipality), form, errors, page));
  }

  private String ladderPage(
      List<LadderForm.Level> levels, LadderForm.Level newLevel, FormErrors errors, WebPage page) {
    page.add("levels", levels);
    page.add("newLevel", newLevel);
    page.add("errors", errors);
    return "tenancy/ladder";
  }
}

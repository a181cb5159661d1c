package se.trygghetsdialog.tenancy;

import java.util.List;

/**
 * A feature a municipality may turn off. When it is off its navigation links are hidden and every
 * page under its paths, public and staff, answers 404.
 */
public enum Feature {
  OPINION_MAPPING(
      "/dialoger/{id}/pastaenden/**",
      "/dialoger/{id}/resultat/**",
      "/personal/pastaenden/**",
      "/personal/dialoger/{id}/pastaenden/**"),
  PLACE_REPORTS(
      "/rapportera/**",
      "/rapport/**",
      "/trygghetskarta/**",
      "/dialoger/{id}/platsrapporter/**",
      "/personal/arbetslista/**",
      "/personal/kampanjer/**",
      "/personal/platsrapporter/**"),
  EST(
      "/personal/est/**",
      "/personal/veckorapporter/**",
      "/personal/faltrapporter/**",
      "/personal/rykten/**",
      "/trygghet/veckorapporter/**",
      "/trygghet/veckorapporter.atom",
      "/trygghet/fortydliganden/**"),
  WALKS("/trygghetsvandringar/**", "/personal/trygghetsvandringar/**"),
  LAGESBILD("/lagesbild/**", "/personal/lagesbild/**");

  private final List<String> paths;

  Feature(String... paths) {
    this.paths = List.of(paths);
  }

  /** The path patterns (Spring path patterns) of the feature's pages. */
  public List<String> paths() {
    return paths;
  }
}

package se.trygghetsdialog.analysis;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two reports to the decision-makers: the compiled perspectives report at the end of step 2,
 * and the decision basis before step 5, which has every part.
 *
 * @param slug the report's name in addresses
 */
public enum ReportKind {
  COMPILED_PERSPECTIVES("sammanstallning"),
  DECISION_BASIS("beslutsunderlag");

  private final String slug;

  ReportKind(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  /** The kind an address names, if any. */
  public static Optional<ReportKind> ofSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }

  /** The message key naming the kind. */
  public String key() {
    return "analysis.kind." + name();
  }
}

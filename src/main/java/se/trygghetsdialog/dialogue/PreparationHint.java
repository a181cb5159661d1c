package se.trygghetsdialog.dialogue;

import java.util.List;

/**
 * Something another module offers the team while it prepares a dialogue, for example a lesson
 * learned in an earlier dialogue of the municipality. Free of personal data.
 *
 * @param text the hint itself
 * @param source where it comes from, for example the earlier dialogue's title
 * @param tags short words the hint is filed under
 */
public record PreparationHint(String text, String source, List<String> tags) {

  public PreparationHint {
    tags = List.copyOf(tags);
  }
}

package se.trygghetsdialog.dialogue;

import java.util.List;

/**
 * A group of step-2 perspectives in a dialogue: a localized label, how many there are, a link to
 * the full public list and up to {@link #MAX_EXAMPLES} short public texts as examples (never
 * personal data).
 */
public record PerspectiveGroup(String label, int count, String listUrl, List<String> examples) {

  public static final int MAX_EXAMPLES = 3;

  public PerspectiveGroup {
    examples = List.copyOf(examples.subList(0, Math.min(MAX_EXAMPLES, examples.size())));
  }
}

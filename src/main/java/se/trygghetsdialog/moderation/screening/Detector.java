package se.trygghetsdialog.moderation.screening;

import java.util.List;
import se.trygghetsdialog.moderation.Finding;

/** Finds one family of personal data in a text. Implementations are immutable and thread-safe. */
public interface Detector {

  /** Appends every span found in {@code text} to {@code out}; spans may overlap each other. */
  void detect(String text, List<Finding> out);
}

package se.trygghetsdialog.moderation.screening;

import java.util.ArrayList;
import java.util.List;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.PersonalDataKind;

/** Runs one detector and returns what it found as text, for readable assertions. */
final class DetectorAssertions {

  private DetectorAssertions() {}

  static List<String> spans(Detector detector, String text) {
    List<Finding> found = new ArrayList<>();
    detector.detect(text, found);
    List<String> spans = new ArrayList<>();
    for (Finding finding : found) {
      spans.add(text.substring(finding.start(), finding.end()));
    }
    return spans;
  }

  static List<PersonalDataKind> kinds(Detector detector, String text) {
    List<Finding> found = new ArrayList<>();
    detector.detect(text, found);
    return found.stream().map(Finding::kind).toList();
  }
}

package se.trygghetsdialog.measure;

import java.util.List;
import java.util.Optional;

/** A measure with its links, timeline of progress updates and decisions, for pages. */
public record MeasureView(
    Measure measure,
    List<MeasureLink> links,
    List<ProgressUpdate> progress,
    List<MeasureDecision> decisions) {

  /** The latest decision, if any. */
  public Optional<MeasureDecision> decision() {
    return decisions.isEmpty()
        ? Optional.empty()
        : Optional.of(decisions.get(decisions.size() - 1));
  }

  /** Progress updates with a note (the timeline shown to the public). */
  public List<ProgressUpdate> timeline() {
    return progress.stream().filter(p -> !p.note().isBlank()).toList();
  }
}

package se.trygghetsdialog.measure.web;

import java.util.List;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Option;

/** Page building for the staff controllers of the medborgarlöften. */
@Component
class PromisePages {

  /** Longest free text, as the actions allow. */
  static final int MAX_TEXT = ProposeMeasure.MAX_TEXT;

  private final Measures measures;

  PromisePages(Measures measures) {
    this.measures = measures;
  }

  /** The register's measures as options, the given ones selected. */
  List<Option> measureOptions(MunicipalityId municipality, List<String> selected) {
    return measures.all(municipality).stream()
        .map(
            m ->
                new Option(
                    m.id().toString(), m.title(), selected.contains(m.id().toString()), m.owner()))
        .toList();
  }
}

package se.trygghetsdialog.measure.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureView;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/** Page building shared by the staff controllers of the register. */
@Component
class MeasurePages {

  private final Measures measures;
  private final LinkInput linkInput;

  MeasurePages(Measures measures, LinkInput linkInput) {
    this.measures = measures;
    this.linkInput = linkInput;
  }

  /** The measure with its links, or not found. */
  MeasureView view(MunicipalityId municipality, UUID id) {
    return measures
        .view(municipality, new MeasureId(id))
        .orElseThrow(() -> new NotFoundException("measure"));
  }

  /** The known input types as options, the given one selected. */
  List<Option> typeOptions(String selected, Ui ui) {
    return linkInput.knownTypes().stream()
        .map(t -> new Option(t, ui.t("measure.inputType." + t), t.equals(selected)))
        .toList();
  }
}

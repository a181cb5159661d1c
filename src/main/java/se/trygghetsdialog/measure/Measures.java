package se.trygghetsdialog.measure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Option;

/** Reads the register for public pages, staff pages and other modules. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Measures {

  private final MeasureRepository measures;

  public Optional<Measure> find(MunicipalityId municipality, MeasureId id) {
    return measures.find(municipality, id);
  }

  public List<Measure> all(MunicipalityId municipality) {
    return measures.all(municipality);
  }

  /**
   * The register's measures as options of a form: the title, the owner as hint, and selected where
   * {@code selected} holds for the id.
   */
  public List<Option> options(MunicipalityId municipality, Predicate<String> selected) {
    return Option.of(all(municipality), Measure::id, Measure::title, Measure::owner, selected);
  }

  @Transactional(readOnly = true)
  public Optional<MeasureView> view(MunicipalityId municipality, MeasureId id) {
    return measures.find(municipality, id).map(m -> view(municipality, m));
  }

  /** Measures linked to an input, with their timelines, oldest first. */
  @Transactional(readOnly = true)
  public List<MeasureView> linkedTo(MunicipalityId municipality, InputRef input) {
    return measures.linkedTo(municipality, input).stream().map(m -> view(municipality, m)).toList();
  }

  /** Measures in an area, with their timelines, oldest first. */
  @Transactional(readOnly = true)
  public List<MeasureView> inArea(MunicipalityId municipality, UUID area) {
    return measures.inArea(municipality, area).stream().map(m -> view(municipality, m)).toList();
  }

  public List<MeasureLink> links(MunicipalityId municipality, MeasureId id) {
    return measures.links(municipality, id);
  }

  private MeasureView view(MunicipalityId municipality, Measure m) {
    return new MeasureView(
        m,
        measures.links(municipality, m.id()),
        measures.progress(municipality, m.id()),
        measures.decisions(municipality, m.id()));
  }
}

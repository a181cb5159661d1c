package se.trygghetsdialog.measure;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/** Reads medborgarlöften with their activities and evidence. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Promises {

  private final PromiseRepository promises;
  private final MeasureRepository measures;

  /** Every promise, newest period first. */
  @Transactional(readOnly = true)
  public List<CitizenPromise> all(MunicipalityId municipality) {
    return promises.promises(municipality).stream()
        .map(
            p ->
                new CitizenPromise(
                    p.id(),
                    p.party(),
                    p.focusArea(),
                    p.start(),
                    p.end(),
                    p.text(),
                    p.status(),
                    p.evidence(),
                    promises.promiseActivities(municipality, p.id()).stream()
                        .map(id -> measures.find(municipality, new MeasureId(id)))
                        .flatMap(java.util.Optional::stream)
                        .toList(),
                    promises.promiseEvidence(municipality, p.id()),
                    p.version()))
        .toList();
  }
}

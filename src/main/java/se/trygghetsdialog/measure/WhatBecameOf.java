package se.trygghetsdialog.measure;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * "Du sa – vi gjorde": what became of a resident's input — the measures and decisions it is linked
 * to, or the published reason it was not used. Other modules (e.g. place reports) show it on their
 * receipts.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WhatBecameOf {

  private final MeasureRepository measures;

  @Transactional(readOnly = true)
  public List<MeasureSummary> forInput(MunicipalityId municipality, InputRef input) {
    return measures.linkedTo(municipality, input).stream()
        .map(
            m -> {
              var decisions = measures.decisions(municipality, m.id());
              MeasureDecision d = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
              return new MeasureSummary(
                  m.id(),
                  m.title(),
                  m.status(),
                  m.owner(),
                  m.horizon(),
                  d == null ? null : d.outcome(),
                  d == null ? null : d.body(),
                  d == null ? null : d.decidedOn(),
                  d == null ? null : d.reasons());
            })
        .toList();
  }

  /** The published reason the input was not used, if staff recorded one. */
  public Optional<String> reasonNotUsed(MunicipalityId municipality, InputRef input) {
    return measures.notUsedReason(municipality, input);
  }
}

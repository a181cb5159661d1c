package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A medborgarlöfte: who promises, the focus area, the period, the promise, its activities
 * (measures), status and the evidence behind it.
 *
 * @param evidence a description of the evidence (dialogues, reports, surveys)
 * @param evidenceLinks inputs the promise rests on, by reference
 * @param version increases with every change; forms carry it so stale submits fail
 */
public record CitizenPromise(
    UUID id,
    PromiseParty party,
    String focusArea,
    LocalDate periodStart,
    LocalDate periodEnd,
    String promiseText,
    PromiseStatus status,
    String evidence,
    List<Measure> activities,
    List<MeasureLink> evidenceLinks,
    int version) {}

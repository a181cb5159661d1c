package se.trygghetsdialog.measure.web;

import java.util.List;

/** Raw input of the medborgarlöfte form. */
public record PromiseForm(
    String creationToken,
    String party,
    String focusArea,
    String periodStart,
    String periodEnd,
    String promiseText,
    String status,
    String evidence,
    List<String> activities,
    List<String> evidenceDialogues) {}

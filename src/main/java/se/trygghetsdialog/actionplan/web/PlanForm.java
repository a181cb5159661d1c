package se.trygghetsdialog.actionplan.web;

import java.util.List;

/** Raw input of the adopt-plan form. */
public record PlanForm(
    String expectedVersion,
    String title,
    String introduction,
    String body,
    String decidedOn,
    String paragraph,
    String registrationNumber,
    List<String> measures) {}

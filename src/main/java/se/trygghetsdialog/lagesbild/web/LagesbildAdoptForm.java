package se.trygghetsdialog.lagesbild.web;

/** The decision that adopts the lägesbild, as typed. */
public record LagesbildAdoptForm(
    String expectedVersion,
    String adoptedBy,
    String adoptedOn,
    String paragraph,
    String registrationNumber) {}

package se.trygghetsdialog.lagesbild.web;

/** The form that adds an identified problem, as typed. */
public record LagesbildProblemForm(String token, String title, String description, String area) {}

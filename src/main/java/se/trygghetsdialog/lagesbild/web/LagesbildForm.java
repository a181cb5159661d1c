package se.trygghetsdialog.lagesbild.web;

import java.util.List;

/** What the draft form of the lägesbild holds, as typed. */
public record LagesbildForm(
    String revision,
    String title,
    String crimeText,
    String otherText,
    String analysisText,
    String factsFrom,
    String factsTo,
    List<String> facts) {}

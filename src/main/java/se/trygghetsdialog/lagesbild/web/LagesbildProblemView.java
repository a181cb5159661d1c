package se.trygghetsdialog.lagesbild.web;

import java.util.List;
import se.trygghetsdialog.lagesbild.LagesbildProblem;
import se.trygghetsdialog.measure.MeasureView;

/** An identified problem and the measures that answer it. */
public record LagesbildProblemView(LagesbildProblem problem, List<MeasureView> measures) {}

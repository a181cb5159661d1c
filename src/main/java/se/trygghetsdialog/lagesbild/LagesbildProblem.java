package se.trygghetsdialog.lagesbild;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A problem identified in the analysis of the lägesbild. Measures link to it as an input ({@link
 * InputRef#LAGESBILD_ITEM}); its id stays the same across versions.
 */
public record LagesbildProblem(
    UUID id, String title, String description, @Nullable UUID areaId, String areaName) {}

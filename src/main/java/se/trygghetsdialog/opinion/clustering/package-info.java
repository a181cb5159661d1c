/**
 * Opinion mapping for citizen dialogues: the Polis-style engine that turns a sparse
 * participant-by-statement vote matrix into opinion groups, representative statements, consensus
 * statements and next-statement priorities.
 *
 * <p>Plain Java without Spring, so the same code runs inside the application, in the {@code
 * opinion-map} and {@code opinion-bench} command-line tools, and in tests. The algorithm follows
 * Polis's published math (not its code), with deliberate deviations listed in {@code
 * docs/opinion-engine.md}, among them: an exact, deterministic sparse PCA, deterministic k-means
 * initialisation, the intended group-clustering iteration budget, and priorities computed from the
 * current tallies. Entry point: {@link se.trygghetsdialog.opinion.clustering.OpinionEngine};
 * constants: {@link se.trygghetsdialog.opinion.clustering.OpinionConfig}.
 */
package se.trygghetsdialog.opinion.clustering;

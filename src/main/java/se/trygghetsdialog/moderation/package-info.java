/**
 * Moderation: the review queue, personal-data screening of free text, hiding and restoring content,
 * and redaction, so that nothing identifying or sensitive is published.
 */
@org.jspecify.annotations.NullMarked
package se.trygghetsdialog.moderation;

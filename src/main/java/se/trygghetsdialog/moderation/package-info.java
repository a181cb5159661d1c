/**
 * Moderation: the review queue, personal-data screening of free text, and redaction, so that
 * nothing identifying or sensitive is published.
 *
 * <p>Contract for content modules: publish {@link se.trygghetsdialog.moderation.ContentSubmitted}
 * in the transaction that stores the content (the queue item is stored in the same transaction),
 * and flip your own visibility on {@link se.trygghetsdialog.moderation.ContentApproved} (publish
 * its {@code publicText}, never your original), {@link
 * se.trygghetsdialog.moderation.ContentRejected} and {@link
 * se.trygghetsdialog.moderation.ContentKeptInternal}. Optionally implement {@link
 * se.trygghetsdialog.moderation.ContentLink} so moderators can open the full item. Screening:
 * {@link se.trygghetsdialog.moderation.PersonalDataScreener}. Unmasking publishes the auditable
 * {@link se.trygghetsdialog.moderation.ContentUnmasked}.
 */
@org.jspecify.annotations.NullMarked
package se.trygghetsdialog.moderation;

package se.trygghetsdialog.shared;

/**
 * An event that changes nothing the public pages show (its publisher vouches for it): a piece of
 * content waiting for moderation, a vote counted only in figures no kept page shows. Staff pages
 * and the register may change; they are never kept. The kept public data ({@code
 * shared.web.PublicPageCache}) stays when such an event is published, while every other event of
 * the application evicts it: under a stream of resident submissions the public pages of the
 * municipality are then not read afresh after every one.
 *
 * <p>Implement it only when no public page depends on what the event reports: an event that makes
 * something public (an approval, a published result) must not implement it.
 */
public interface NoPublicChange {}

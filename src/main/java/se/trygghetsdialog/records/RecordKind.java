package se.trygghetsdialog.records;

/**
 * The kinds of document the records module knows: each inbound submission and each document staff
 * produce is one of these. Registration entries, requests for public access and retention classes
 * name a document by its kind and its id in the owning module.
 */
public enum RecordKind {
  /** A resident's place report (place module). */
  PLACE_REPORT,
  /** A statement written by a resident or staff in an opinion dialogue (opinion module). */
  STATEMENT,
  /** A topic proposed by a resident or entered by staff (topic module). */
  TOPIC,
  /** A medborgarförslag or e-förslag (proposal module, not built yet). */
  PROPOSAL,
  /** A free-text answer in a safety survey (survey module, not built yet). */
  SURVEY_ANSWER,
  /** A report of an accessibility problem (site module). */
  ACCESSIBILITY_REPORT,
  /** A contact with residents logged by staff (perspective module). */
  CONTACT,
  /** A field report filed by a trygghetsvärd (field module). */
  FIELD_REPORT,
  /** A point noted on a trygghetsvandring (walk module). */
  WALK_POINT,
  /** A registration for a trygghetsvandring (walk module). */
  WALK_REGISTRATION,
  /** The notes and agreements of a dialogue session (session module). */
  SESSION_NOTES,
  /** The moderation queue's copy of a screened text and the decision on it (moderation module). */
  MODERATION_ITEM,
  /** A mail the service sent from its outbox (shared mail outbox). */
  OUTBOUND_MAIL,
  /** The copies of documents attached to a request for public access (records module). */
  ACCESS_REQUEST_DOCUMENTS
}

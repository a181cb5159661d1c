package se.trygghetsdialog.records.retention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * SPI: a module that owns items of one {@link RecordKind} with personal data implements this, so
 * the disposal job can remove that data once the municipality's retention period has passed.
 *
 * <p>Disposing removes the personal data (e-mail addresses, names, the resident's free text,
 * photos) and keeps the item itself with what is counted (category, place, time, status, counts),
 * so statistics and public counts stay the same. The job calls {@link #dispose} inside its own
 * transaction, together with its claim of the item, once per item.
 */
public interface Disposable {

  /** One item that still holds personal data, with the time its retention is counted from. */
  record Item(UUID id, OffsetDateTime at) {}

  /** The kind of record this bean disposes of. */
  RecordKind kind();

  /**
   * The municipality's items of this kind from before {@code before} that still hold personal data
   * (an item already disposed of is never listed again), oldest first, at most {@code limit}.
   */
  List<Item> expired(MunicipalityId municipality, OffsetDateTime before, int limit);

  /**
   * Removes the personal data of one item, keeping what is counted. Does nothing for an unknown id
   * or an item already disposed of.
   */
  void dispose(MunicipalityId municipality, UUID id);
}

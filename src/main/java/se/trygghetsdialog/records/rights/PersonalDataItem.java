package se.trygghetsdialog.records.rights;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One thing a module keeps that is tied to an e-mail address: {@code descriptionKey} names it in
 * plain words (a message key of the module's bundle, with the item's title or name as argument
 * {@code {0}}), {@code data} holds every stored value for the export (field name to value).
 */
public record PersonalDataItem(
    String module,
    String descriptionKey,
    String title,
    UUID id,
    OffsetDateTime at,
    Map<String, String> data) {

  public PersonalDataItem {
    data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }
}

package se.trygghetsdialog.geo;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** A report category of one municipality; a category with a parent is a sub-category. */
public record PlaceCategory(
    UUID id,
    MunicipalityId municipalityId,
    @Nullable UUID parentId,
    String code,
    CategoryKind kind,
    String nameSv,
    String nameEn,
    int position,
    boolean active) {

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
  }
}

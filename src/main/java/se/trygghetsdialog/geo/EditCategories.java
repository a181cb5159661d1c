package se.trygghetsdialog.geo;

import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An administrator renames, switches off or adds report categories of the municipality. Categories
 * are never deleted, so that earlier reports keep theirs.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EditCategories {

  public static final int MAX_NAME = 100;

  /** A change to one existing category. */
  public record Change(UUID id, String nameSv, String nameEn, boolean active) {}

  /** A new category; with a parent it is a sub-category and takes the parent's kind. */
  public record Addition(
      @Nullable UUID parentId, CategoryKind kind, String nameSv, String nameEn) {}

  /**
   * The new category fields of the categories form, bound by Spring MVC; the fields of the existing
   * categories are named by their ids and read by the page helper.
   */
  public record Command(
      @Nullable UUID newParent,
      @Nullable CategoryKind newKind,
      @Nullable String newNameSv,
      @Nullable String newNameEn) {

    /**
     * The category to add: none when both names are blank.
     *
     * @throws GeoRuleViolation when a new main category has no kind
     */
    public @Nullable Addition addition() {
      String sv = newNameSv == null ? "" : newNameSv.strip();
      String en = newNameEn == null ? "" : newNameEn.strip();
      if (sv.isEmpty() && en.isEmpty()) {
        return null;
      }
      if (newParent == null && newKind == null) {
        throw new GeoRuleViolation("newKind", "place.error.category.kind");
      }
      return new Addition(newParent, newKind == null ? CategoryKind.UNSAFE : newKind, sv, en);
    }
  }

  private final PlaceCategoryRepository repository;
  private final PlaceCategories categories;

  /**
   * Saves the categories form.
   *
   * @throws GeoRuleViolation naming the field of the first invalid name, parent or kind
   */
  @Transactional
  public void save(MunicipalityId municipality, List<Change> changes, Command command) {
    edit(municipality, changes, command.addition());
  }

  /**
   * @throws GeoRuleViolation naming the field of the first invalid name or parent
   */
  @Transactional
  public void edit(MunicipalityId municipality, List<Change> changes, @Nullable Addition addition) {
    List<PlaceCategory> all = categories.all(municipality);
    checkUnique(all, changes, addition);
    for (Change change : changes) {
      if (all.stream().noneMatch(c -> c.id().equals(change.id()))) {
        throw new GeoRuleViolation("", "place.error.category.unknown");
      }
      checkName("nameSv-" + change.id(), change.nameSv());
      checkName("nameEn-" + change.id(), change.nameEn());
      repository.update(
          municipality, change.id(), change.nameSv(), change.nameEn(), change.active());
    }
    if (addition != null) {
      checkName("newNameSv", addition.nameSv());
      checkName("newNameEn", addition.nameEn());
      CategoryKind kind = addition.kind();
      if (addition.parentId() != null) {
        PlaceCategory parent =
            all.stream()
                .filter(c -> c.id().equals(addition.parentId()) && c.parentId() == null)
                .findFirst()
                .orElseThrow(
                    () -> new GeoRuleViolation("newParent", "place.error.category.parent"));
        kind = parent.kind();
      }
      int position = all.stream().mapToInt(PlaceCategory::position).max().orElse(0) + 10;
      repository.insertIfMissing(
          municipality,
          addition.parentId(),
          "CUSTOM_"
              + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
          kind,
          addition.nameSv(),
          addition.nameEn(),
          position);
    }
  }

  /**
   * Two categories with the same name cannot be told apart in any list: the names after the edit
   * must be unique in each language (ignoring case and surrounding spaces).
   */
  private static void checkUnique(
      List<PlaceCategory> all, List<Change> changes, @Nullable Addition addition) {
    java.util.Map<String, String> sv = new java.util.HashMap<>();
    java.util.Map<String, String> en = new java.util.HashMap<>();
    for (PlaceCategory category : all) {
      Change change =
          changes.stream().filter(c -> c.id().equals(category.id())).findFirst().orElse(null);
      String id = category.id().toString();
      claim(sv, change == null ? category.nameSv() : change.nameSv(), "nameSv-" + id);
      claim(en, change == null ? category.nameEn() : change.nameEn(), "nameEn-" + id);
    }
    if (addition != null) {
      claim(sv, addition.nameSv(), "newNameSv");
      claim(en, addition.nameEn(), "newNameEn");
    }
  }

  private static void claim(java.util.Map<String, String> names, String name, String field) {
    String key = name.strip().toLowerCase(java.util.Locale.ROOT);
    if (!key.isEmpty() && names.putIfAbsent(key, field) != null) {
      throw new GeoRuleViolation(field, "place.error.category.duplicate");
    }
  }

  private static void checkName(String field, String name) {
    if (name.isBlank()) {
      throw new GeoRuleViolation(field, "place.error.category.name");
    }
    if (name.length() > MAX_NAME) {
      throw new GeoRuleViolation(field, "place.error.category.nameTooLong");
    }
  }
}

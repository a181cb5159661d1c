package se.trygghetsdialog.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/** Every category list names each category once: names are unique per municipality. */
@IntegrationTest
class PlaceCategoryNamesTest {

  @Autowired Municipalities municipalities;
  @Autowired PlaceCategories categories;
  @Autowired EditCategories editCategories;

  @Test
  void theStandardCategoriesHaveUniqueNamesInEachLanguage() {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    List<PlaceCategory> all = categories.all(m);
    assertThat(all.stream().map(PlaceCategory::nameSv).toList()).doesNotHaveDuplicates();
    assertThat(all.stream().map(PlaceCategory::nameEn).toList()).doesNotHaveDuplicates();
    assertThat(all.stream().filter(c -> c.nameSv().equals("Skadegörelse"))).hasSize(1);
  }

  @Test
  void aCategoryCannotBeRenamedOrAddedWithTheNameOfAnother() {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    List<PlaceCategory> all = categories.all(m);
    PlaceCategory lighting =
        all.stream().filter(c -> c.code().equals("LIGHTING")).findFirst().orElseThrow();
    PlaceCategory litter =
        all.stream().filter(c -> c.code().equals("LITTER")).findFirst().orElseThrow();

    assertThatThrownBy(
            () ->
                editCategories.edit(
                    m,
                    List.of(
                        new EditCategories.Change(
                            lighting.id(), " nedskräpning ", lighting.nameEn(), true)),
                    null))
        .isInstanceOf(GeoRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "place.error.category.duplicate");
    assertThatThrownBy(
            () ->
                editCategories.edit(
                    m,
                    List.of(),
                    new EditCategories.Addition(
                        lighting.parentId(), CategoryKind.UNSAFE, "Ny kategori", litter.nameEn())))
        .isInstanceOf(GeoRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "newNameEn");
    assertThat(categories.find(m, lighting.id()).orElseThrow().nameSv())
        .isEqualTo(lighting.nameSv());
  }
}

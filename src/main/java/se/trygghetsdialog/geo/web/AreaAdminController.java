package se.trygghetsdialog.geo.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.geo.EditAreas;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.web.ReferenceRowsAdmin;

/**
 * Administrators keep the municipality's areas: entered by hand, drawn on the map (the drawing
 * writes GeoJSON into the boundary field, which can also be filled in without JavaScript), edited,
 * archived. Only administrators reach {@code /personal/admin} (SecurityConfig).
 */
@Controller
@RequestMapping(AreaAdminPages.BASE)
class AreaAdminController extends ReferenceRowsAdmin<Area, EditAreas.Command, AreaForm> {

  private final EditAreas editAreas;

  AreaAdminController(
      Areas areas, EditAreas editAreas, AreaAdminPages pages, FormSubmissions forms) {
    super(
        forms,
        new Kind(AreaAdminPages.BASE, "area.notice", "areas", "tenancy/areaList", "area"),
        pages,
        areas);
    this.editAreas = editAreas;
  }

  @Override
  protected Area add(MunicipalityId municipality, EditAreas.Command command) {
    return editAreas.add(municipality, command);
  }

  @Override
  protected void edit(MunicipalityId municipality, UUID id, EditAreas.Command command) {
    editAreas.edit(municipality, id, command);
  }
}

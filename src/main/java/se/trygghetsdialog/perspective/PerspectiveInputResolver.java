package se.trygghetsdialog.perspective;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Perspectives the dialogue team logged are inputs a measure or proposal may answer, so that du sa
 * – vi gjorde reaches back to an interview. The label is the perspective's text; a flagged text is
 * not found, so nothing with personal data is linked or shown on a public page.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PerspectiveInputResolver implements InputResolver {

  /** The input type of a perspective (its name is {@code measure.inputType.PERSPECTIVE}). */
  static final String PERSPECTIVE = "PERSPECTIVE";

  private static final int LABEL_LENGTH = 120;

  private final Perspectives perspectives;

  @Override
  public String type() {
    return PERSPECTIVE;
  }

  @Override
  public Optional<String> label(MunicipalityId municipality, UUID id) {
    return perspectives
        .perspective(municipality, id)
        .filter(p -> !p.flagged())
        .map(Perspective::text)
        .map(text -> text.length() > LABEL_LENGTH ? text.substring(0, LABEL_LENGTH) + " …" : text);
  }

  @Override
  public List<UUID> newest(MunicipalityId municipality, int limit) {
    return perspectives.newestUnflagged(municipality, limit);
  }
}

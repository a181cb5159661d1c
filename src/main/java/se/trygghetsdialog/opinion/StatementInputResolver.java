package se.trygghetsdialog.opinion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Shown statements are inputs measures may answer. The label is the statement's public text (for a
 * resident's statement: the moderator's text). Pending, hidden and rejected statements are not
 * found, so staff cannot link them and nothing unapproved is ever shown.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatementInputResolver implements InputResolver {

  private final OpinionRepository repository;

  @Override
  public String type() {
    return InputRef.STATEMENT;
  }

  @Override
  public Optional<String> label(MunicipalityId municipality, UUID id) {
    return repository
        .statement(municipality, new StatementId(id))
        .filter(Statement::shown)
        .filter(s -> !s.unapproved() && !s.text().isBlank())
        .map(Statement::text);
  }

  @Override
  public List<UUID> newest(MunicipalityId municipality, int limit) {
    return repository.newestShown(municipality, limit).stream().map(s -> s.id().value()).toList();
  }
}

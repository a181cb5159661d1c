package se.trygghetsdialog.opinion;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputSubscriber;
import se.trygghetsdialog.measure.InputSubscribers;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The private receipt link of a resident's statement opens "du sa – vi gjorde" for it. Statement
 * authors are anonymous and give no address, so nobody is mailed.
 */
@Component
class StatementSubmitterSubscribers implements InputSubscribers {

  private final StatementLinks links;

  StatementSubmitterSubscribers(StatementLinks links) {
    this.links = links;
  }

  @Override
  public List<InputSubscriber> subscribersOf(MunicipalityId municipality, InputRef input) {
    return List.of();
  }

  @Override
  public Optional<InputRef> inputOfPrivateLink(MunicipalityId municipality, String token) {
    return links
        .statementOf(municipality, token)
        .map(id -> new InputRef(InputRef.STATEMENT, id.value()));
  }
}

package se.trygghetsdialog.opinion;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputSubscriber;
import se.trygghetsdialog.measure.InputSubscribers;
import se.trygghetsdialog.measure.PrivateInput;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The private receipt link of a resident's statement opens "du sa – vi gjorde" for it. Statement
 * authors are anonymous and give no address, so nobody is mailed.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatementSubmitterSubscribers implements InputSubscribers {

  private final StatementLinks links;
  private final OpinionRepository repository;

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

  /**
   * The author sees the state of their statement (waiting, published, not published) and the
   * moderator's reason when it was not published; never the submitted text, which is not published.
   * Authors give no address, so they are not told by mail.
   */
  @Override
  public Optional<PrivateInput> privateInput(MunicipalityId municipality, String token) {
    return links
        .statementOf(municipality, token)
        .flatMap(id -> repository.statement(municipality, id))
        .map(
            s ->
                new PrivateInput(
                    "opinion.youSaid.state." + s.visibility().name(),
                    s.visibility() == StatementVisibility.HIDDEN
                        ? repository.rejectionReason(municipality, s.id())
                        : "",
                    false));
  }
}

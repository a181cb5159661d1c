package se.trygghetsdialog.perspective;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Participation;
import se.trygghetsdialog.dialogue.ParticipationSource;
import se.trygghetsdialog.shared.MunicipalityId;

/** Who the dialogue team's logged contacts reached: one participation per contact, counts only. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContactParticipation implements ParticipationSource {

  private final PerspectiveRepository repository;

  @Override
  public List<Participation> participationIn(MunicipalityId municipality, DialogueId dialogue) {
    return repository.contacts(municipality, dialogue.value()).stream()
        .map(
            c ->
                new Participation(
                    c.channel().key(), c.areaId(), c.people(), c.byAge(), c.byGender()))
        .toList();
  }
}

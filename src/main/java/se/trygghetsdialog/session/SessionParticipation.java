package se.trygghetsdialog.session;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Participation;
import se.trygghetsdialog.dialogue.ParticipationSource;
import se.trygghetsdialog.shared.MunicipalityId;

/** The people a dialogue's held sessions reached, one participation per session (area unknown). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionParticipation implements ParticipationSource {

  static final String CHANNEL = "session.channel.SESSION";

  private final Sessions sessions;

  @Override
  public List<Participation> participationIn(MunicipalityId municipality, DialogueId dialogue) {
    return sessions.of(municipality, dialogue).stream()
        .flatMap(s -> sessions.attendance(municipality, s).stream())
        .map(a -> new Participation(CHANNEL, null, a.total(), a.byAge(), a.byGender()))
        .toList();
  }
}

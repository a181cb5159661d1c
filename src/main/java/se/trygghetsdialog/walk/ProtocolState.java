package se.trygghetsdialog.walk;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the sending of a walk protocol stands, for the staff page: the version last sent (0 before
 * the first send), when it was last amended, every mail sent, and the owners with points that have
 * not got the current version (before the first send: every owner with points).
 */
public record ProtocolState(
    int version,
    @Nullable OffsetDateTime amendedAt,
    List<ProtocolMail> mails,
    List<Invitee> waiting) {

  /** Owners waiting for the protocol who have no address: they would get nothing. */
  public List<Invitee> withoutAddress() {
    return waiting.stream().filter(i -> i.email().isBlank()).toList();
  }

  /** Owners waiting for the protocol who now have an address: a send reaches them. */
  public List<Invitee> reachable() {
    return waiting.stream().filter(i -> !i.email().isBlank()).toList();
  }
}

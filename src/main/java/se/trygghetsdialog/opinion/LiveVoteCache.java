package se.trygghetsdialog.opinion;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.opinion.OpinionRepository.DialogueRef;

/**
 * The in-memory vote matrices of the dialogues with recent votes, bounded per dialogue and in
 * total; past the total the least recently used copies are dropped (they are rebuilt from the
 * database when next needed). A dialogue whose copy would exceed the per-dialogue bound is not kept
 * at all. The database stays the truth: a copy is only a cache of it. Not thread-safe; the
 * recompute worker is its only user.
 */
final class LiveVoteCache {

  private final long maxBytesPerDialogue;
  private final long maxBytes;
  private final Map<DialogueRef, LiveVotes> copies = new LinkedHashMap<>(16, 0.75f, true);

  LiveVoteCache(long maxBytesPerDialogue, long maxBytes) {
    this.maxBytesPerDialogue = maxBytesPerDialogue;
    this.maxBytes = maxBytes;
  }

  /** The dialogue's copy (now the most recently used), or null if there is none. */
  @Nullable LiveVotes get(DialogueRef ref) {
    return copies.get(ref);
  }

  /**
   * Keeps (or re-measures) a copy after it changed, dropping least recently used copies of other
   * dialogues until the total fits.
   *
   * @return whether the copy is kept; false if it alone exceeds the per-dialogue bound
   */
  boolean keep(DialogueRef ref, LiveVotes copy) {
    if (copy.bytes() > maxBytesPerDialogue || copy.bytes() > maxBytes) {
      copies.remove(ref);
      return false;
    }
    copies.put(ref, copy);
    long total = bytes();
    Iterator<Map.Entry<DialogueRef, LiveVotes>> eldest = copies.entrySet().iterator();
    while (total > maxBytes && eldest.hasNext()) {
      Map.Entry<DialogueRef, LiveVotes> e = eldest.next();
      if (!e.getKey().equals(ref)) {
        total -= e.getValue().bytes();
        eldest.remove();
      }
    }
    return true;
  }

  /** Forgets a dialogue's copy, e.g. after a statement was hidden. */
  void drop(DialogueRef ref) {
    copies.remove(ref);
  }

  boolean holds(DialogueRef ref) {
    return copies.containsKey(ref);
  }

  /** Estimated bytes of all copies. */
  long bytes() {
    long total = 0;
    for (LiveVotes copy : copies.values()) {
      total += copy.bytes();
    }
    return total;
  }
}

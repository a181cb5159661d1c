package se.trygghetsdialog.dialogue;

/**
 * The proposed topic a dialogue was made from.
 *
 * @param title the topic’s public title
 * @param publicPath the topic’s public page; empty when the public pages do not show the topic
 * @param staffPath the topic’s staff page
 */
public record DialogueTopic(String title, String publicPath, String staffPath) {

  /** Whether the public dialogue page may link to the topic. */
  public boolean shownPublicly() {
    return !publicPath.isEmpty();
  }
}

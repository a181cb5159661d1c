package se.trygghetsdialog.perspective;

/** What a perspective is: a stance, a feeling or an idea. */
public enum PerspectiveKind {
  STANCE,
  FEELING,
  IDEA
}

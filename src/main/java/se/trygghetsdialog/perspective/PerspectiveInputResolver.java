package se.trygghetsdialog.perspective;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.measure.InputResolver;

/**
 * Perspectives the dialogue team logged are inputs a measure or proposal may answer, so that du sa
 * – vi gjorde reaches back to an interview. The label is the perspective's text; a flagged text is
 * not found, so nothing with personal data is linked or shown on a public page.
 */
@Configuration(proxyBeanMethods = false)
class PerspectiveInputResolver {

  /** The input type of a perspective (its name is {@code measure.inputType.PERSPECTIVE}). */
  static final String PERSPECTIVE = "PERSPECTIVE";

  private static final int LABEL_LENGTH = 120;

  @Bean
  InputResolver perspectiveInputs(Perspectives perspectives) {
    return InputResolver.of(
        PERSPECTIVE,
        (municipality, id) ->
            perspectives
                .perspective(municipality, id)
                .filter(p -> !p.flagged())
                .map(Perspective::text)
                .map(
                    text ->
                        text.length() > LABEL_LENGTH
                            ? text.substring(0, LABEL_LENGTH) + " …"
                            : text),
        perspectives::newestUnflagged);
  }
}

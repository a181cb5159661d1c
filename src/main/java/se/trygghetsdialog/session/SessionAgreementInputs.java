package se.trygghetsdialog.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.measure.InputResolver;

/**
 * Session agreements are inputs a proposal in the measures register may link to (step 4): the label
 * is the agreement's text, which was screened when recorded; the agreements of a session whose
 * texts screening flagged are not found, so no text with personal data is linked or shown publicly.
 */
@Configuration(proxyBeanMethods = false)
class SessionAgreementInputs {

  /** The input type of a session agreement in the measures register. */
  static final String TYPE = "SESSION_AGREEMENT";

  @Bean
  InputResolver agreementInputResolver(Sessions sessions) {
    return InputResolver.of(
        TYPE,
        (municipality, id) -> sessions.agreement(municipality, id).map(Agreement::text),
        (municipality, limit) ->
            sessions.newestAgreements(municipality, limit).stream().map(Agreement::id).toList());
  }
}

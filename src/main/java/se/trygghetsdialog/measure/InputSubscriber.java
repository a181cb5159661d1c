package se.trygghetsdialog.measure;

import java.util.Locale;

/**
 * A resident who gave or follows an input and asked to be told what became of it.
 *
 * @param email where the digest goes
 * @param locale the language of the mail
 * @param unsubscribeUrl a one-click link that ends the notifications
 * @param privateToken a secret token that opens "du sa – vi gjorde" for this input
 */
public record InputSubscriber(
    String email, Locale locale, String unsubscribeUrl, String privateToken) {}

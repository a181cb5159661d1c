package se.trygghetsdialog.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the shared GreenMail server before the application context of a test class. */
public class MailServerExtension implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    TestMailServer.get();
  }
}

package se.trygghetsdialog.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a random port with a real PostgreSQL: embedded when no
 * {@code SPRING_DATASOURCE_URL} is set, Debian's server in CI. All such tests share one context.
 * The Lysekil demo data is loaded, GreenMail runs as the SMTP server on port 3025, and MockMvc is
 * available for requests that need no browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(MailServerExtension.class)
@AutoConfigureMockMvc
@Import(RecordingScreener.Config.class)
public @interface IntegrationTest {}

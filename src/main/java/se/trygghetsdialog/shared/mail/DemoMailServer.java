package se.trygghetsdialog.shared.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo run's own SMTP server: with demo data on and no {@code MAIL_HOST} in the environment,
 * GreenMail listens on the loopback address ({@code app.mail.demo-server.port}, 0 for any free
 * port) and every mail the application sends goes there, so the double opt-in and feedback mails of
 * the demo can be read on the staff page {@code /personal/demo/post} (through {@link DemoMailbox})
 * instead of being retried against a server that does not exist. The mail sender defined here makes
 * Spring Boot's own one back off. {@code app.mail.demo-server.enabled=false} turns it off (the
 * tests do: they run their own GreenMail).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
@ConditionalOnBooleanProperty(name = "app.mail.demo-server.enabled", matchIfMissing = true)
@Conditional(DemoMailServer.NoMailHost.class)
class DemoMailServer {

  private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

  @Bean(destroyMethod = "stop")
  GreenMail demoSmtpServer(@Value("${app.mail.demo-server.port:0}") int port) {
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    server.start();
    log.info(
        "Demo mail server on 127.0.0.1:{}; received mails are shown at /personal/demo/post",
        server.getSmtp().getPort());
    return server;
  }

  @Bean
  JavaMailSenderImpl mailSender(GreenMail demoSmtpServer) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(demoSmtpServer.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    Properties properties = new Properties();
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    sender.setJavaMailProperties(properties);
    return sender;
  }

  @Bean
  DemoMailbox demoMailbox(GreenMail demoSmtpServer) {
    return new DemoMailbox(demoSmtpServer);
  }

  /** True when no SMTP server is named by the {@code MAIL_HOST} environment variable. */
  static class NoMailHost implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String host = context.getEnvironment().getProperty("MAIL_HOST");
      return host == null || host.isBlank();
    }
  }
}

package se.trygghetsdialog.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The installation's {@link ServerSecret}: {@code app.secret} when configured (at least 32
 * characters, the same on every node), else a random key created once in the database.
 */
@Configuration(proxyBeanMethods = false)
class ServerSecretConfig {

  static final int MINIMUM_LENGTH = 32;

  @Bean
  ServerSecret serverSecret(JdbcClient jdbc, @Value("${app.secret:}") String configured) {
    if (!configured.isBlank()) {
      if (configured.length() < MINIMUM_LENGTH) {
        throw new IllegalStateException(
            "app.secret (APP_SECRET) must have at least " + MINIMUM_LENGTH + " characters");
      }
      byte[] key = ServerSecret.sha256(configured.getBytes(StandardCharsets.UTF_8));
      return new ServerSecret(() -> key);
    }
    return new ServerSecret(
        () -> {
          // The first node to start creates the key; every later one reads the same key.
          jdbc.sql(
                  "INSERT INTO server_secret (name, secret) VALUES ('master', :secret)"
                      + " ON CONFLICT (name) DO NOTHING")
              .param("secret", ServerSecret.newKey())
              .update();
          return jdbc.sql("SELECT secret FROM server_secret WHERE name = 'master'")
              .query(byte[].class)
              .single();
        });
  }
}

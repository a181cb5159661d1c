package se.trygghetsdialog.place;

import java.sql.Timestamp;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The nonces of the place report form's fill-time stamps that have been accepted, so that each
 * stamp is accepted once; rows are kept until the stamp would have expired anyway.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FormStamps {

  private final JdbcClient jdbc;

  /** Records the nonce; true when it had not been used before. Expired nonces are forgotten. */
  public boolean firstUse(String nonce, Instant expires) {
    jdbc.sql("DELETE FROM place_form_stamp WHERE expires_at < now()").update();
    return jdbc.sql(
                "INSERT INTO place_form_stamp (nonce, expires_at) VALUES (:nonce, :expires)"
                    + " ON CONFLICT (nonce) DO NOTHING")
            .param("nonce", nonce)
            .param("expires", Timestamp.from(expires))
            .update()
        == 1;
  }
}

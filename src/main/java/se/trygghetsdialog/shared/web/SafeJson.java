package se.trygghetsdialog.shared.web;

import java.math.BigDecimal;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON written by Jackson for pages and scripts: the characters {@code < > &} are escaped as
 * unicode escapes too, so that the text is safe inside HTML, and decimal numbers are written
 * plainly, never in exponent form.
 */
public final class SafeJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().characterEscapes(new HtmlSafeEscapes()).build())
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private SafeJson() {}

  /** The value as JSON text. */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** A coordinate as a JSON number with six decimals, as {@link FormText#coordinate} writes it. */
  public static BigDecimal coordinate(double degrees) {
    return new BigDecimal(FormText.coordinate(degrees));
  }

  private static final class HtmlSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}

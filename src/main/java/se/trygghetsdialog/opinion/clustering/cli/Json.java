package se.trygghetsdialog.opinion.clustering.cli;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI's JSON output, written by Jackson's streaming generator: flat objects and arrays; a
 * whole-number double is written without a fraction, a non-finite one as null.
 */
final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final StringWriter out = new StringWriter();
  private final JsonGenerator generator = MAPPER.createGenerator(out);

  Json beginObject() {
    generator.writeStartObject();
    return this;
  }

  Json endObject() {
    generator.writeEndObject();
    return this;
  }

  Json beginArray() {
    generator.writeStartArray();
    return this;
  }

  Json endArray() {
    generator.writeEndArray();
    return this;
  }

  Json key(String k) {
    generator.writeName(k);
    return this;
  }

  Json value(long v) {
    generator.writeNumber(v);
    return this;
  }

  Json value(double v) {
    if (!Double.isFinite(v)) {
      generator.writeNull();
    } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      generator.writeNumber((long) v);
    } else {
      generator.writeNumber(v);
    }
    return this;
  }

  Json value(boolean v) {
    generator.writeBoolean(v);
    return this;
  }

  Json value(String v) {
    generator.writeString(v);
    return this;
  }

  @Override
  public String toString() {
    generator.flush();
    return out.toString();
  }
}

package se.trygghetsdialog.opinion.clustering.cli;

import java.io.StringWriter;
import java.util.function.Consumer;
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
    return write(JsonGenerator::writeStartObject);
  }

  Json endObject() {
    return write(JsonGenerator::writeEndObject);
  }

  Json beginArray() {
    return write(JsonGenerator::writeStartArray);
  }

  Json endArray() {
    return write(JsonGenerator::writeEndArray);
  }

  Json key(String k) {
    return write(g -> g.writeName(k));
  }

  Json value(long v) {
    return write(g -> g.writeNumber(v));
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
    return write(g -> g.writeBoolean(v));
  }

  Json value(String v) {
    return write(g -> g.writeString(v));
  }

  private Json write(Consumer<JsonGenerator> write) {
    write.accept(generator);
    return this;
  }

  @Override
  public String toString() {
    generator.flush();
    return out.toString();
  }
}

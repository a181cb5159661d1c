package se.trygghetsdialog.opinion.clustering.cli;

/** Hand-written JSON building: enough for the CLI's flat objects and arrays. */
final class Json {

  private final StringBuilder out = new StringBuilder();
  private boolean needComma;

  Json beginObject() {
    comma();
    out.append('{');
    needComma = false;
    return this;
  }

  Json endObject() {
    out.append('}');
    needComma = true;
    return this;
  }

  Json beginArray() {
    comma();
    out.append('[');
    needComma = false;
    return this;
  }

  Json endArray() {
    out.append(']');
    needComma = true;
    return this;
  }

  Json key(String k) {
    comma();
    string(k);
    out.append(':');
    needComma = false;
    return this;
  }

  Json value(long v) {
    comma();
    out.append(v);
    needComma = true;
    return this;
  }

  Json value(double v) {
    comma();
    if (Double.isFinite(v)) {
      out.append(
          v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
    } else {
      out.append("null");
    }
    needComma = true;
    return this;
  }

  Json value(boolean v) {
    comma();
    out.append(v);
    needComma = true;
    return this;
  }

  Json value(String v) {
    comma();
    string(v);
    needComma = true;
    return this;
  }

  private void comma() {
    if (needComma) {
      out.append(',');
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

package dev.reciprocity.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.reciprocity.Amount;
import dev.reciprocity.spi.JsonSink;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link JsonSink} over Jackson's streaming generator: each call writes straight to the
 * generator's buffer, nothing is held. Amounts are written from their micros as plain decimals
 * without trailing zeros ({@link JsonReport#plain(long)}), with no {@code BigDecimal} made. Not
 * thread-safe.
 */
final class JacksonSink implements JsonSink {

  private final JsonGenerator g;

  JacksonSink(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void beginObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void beginArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void string(@Nullable String value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void number(long value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void number(double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumber(value);
    } else {
      g.writeNull();
    }
  }

  @Override
  public void amount(Amount value) throws IOException {
    JsonReport.number(g, value.micros());
  }

  @Override
  public void bool(boolean value) throws IOException {
    g.writeBoolean(value);
  }

  @Override
  public void nullValue() throws IOException {
    g.writeNull();
  }
}

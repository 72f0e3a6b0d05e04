package org.seatdesk.sync;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;

/// The instants a synced record may carry: from 2000-01-01T00:00:00Z up to (not including)
/// 2100-01-01T00:00:00Z, at the hub and at the seat alike (issue "The console on a real desk").
///
/// Why a fixed range and not one relative to the hub's clock: H2 stores a year ≤ 0 that jOOQ's
/// binding then cannot read back (every later load of the row failed, the hub answered 500 and
/// `hub --demo` no longer started), so something must refuse such values; a fixed range answers
/// the same at the hub and at every seat whatever their clocks say, so a seat never writes what
/// the hub would refuse, and a test can state it exactly. Nothing SeatDesk records predates 2000
/// (the product and its seed regulations are far younger), and 2100 leaves room for notices and
/// plans dated years ahead. A console whose own clock is that wrong is refused too, which is what
/// we want: its times would be meaningless for R-TK-4's deadlines.
public final class InstantRange {

    public static final Instant FIRST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant END = Instant.parse("2100-01-01T00:00:00Z");

    private InstantRange() {
    }

    public static boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(FIRST) && instant.isBefore(END);
    }

    /// The sentence of a refusal, naming the field (never its value: hub-api.md, "Errors").
    public static String problem(String field) {
        return field + " must be an instant from " + FIRST + " to before " + END;
    }

    /// Jackson: instants outside the range are refused when read and when written, so that no
    /// such value enters or leaves through a mapper that has this module (register it after the
    /// JSR-310 module: the later module's (de)serialiser wins).
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("seatdesk-instant-range");
        module.addDeserializer(Instant.class, new Checked());
        module.addSerializer(Instant.class, new CheckedWriter());
        return module;
    }

    /// Thrown (wrapped by Jackson, with the field's path) for an instant outside the range.
    public static final class OutOfRange extends InvalidFormatException {

        OutOfRange(JsonParser parser, Instant value) {
            super(parser, "instant outside " + FIRST + " .. " + END, value, Instant.class);
        }
    }

    /// True when `e` (or what it wraps) is the refusal of an out-of-range instant.
    public static boolean isOutOfRange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfRange || t instanceof OutOfRangeWrite) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static final class Checked extends JsonDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
            Instant value = InstantDeserializer.INSTANT.deserialize(parser, ctxt);
            if (value != null && !contains(value)) {
                throw new OutOfRange(parser, value);
            }
            return value;
        }
    }

    private static final class CheckedWriter extends StdSerializer<Instant> {

        CheckedWriter() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!contains(value)) {
                throw JsonMappingException.from(provider, problem("an instant") + " (was year "
                        + value.atOffset(java.time.ZoneOffset.UTC).getYear() + ")", new OutOfRangeWrite());
            }
            InstantSerializer.INSTANCE.serialize(value, gen, provider);
        }
    }

    /// The cause of a refused write, so {@link #isOutOfRange} recognises it too.
    private static final class OutOfRangeWrite extends RuntimeException {
        OutOfRangeWrite() {
            super("instant outside " + FIRST + " .. " + END, null, false, false);
        }
    }
}

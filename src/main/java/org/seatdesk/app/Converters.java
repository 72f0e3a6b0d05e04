package org.seatdesk.app;

import java.util.Locale;

import org.seatdesk.i18n.Messages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Command-line values checked where they are typed: picocli reports a bad one with the option's
/// name and the usage, instead of a stack trace.
public final class Converters {

    private Converters() {
    }

    static final class UiLocale implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            try {
                return Messages.parseLocale(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /// A window size such as `1366x768`.
    public record Size(int width, int height) {
    }

    /// Also `bench memory --window`: one reading of "1920x1080" for every command.
    public static final class WindowSize implements ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            String[] parts = value.toLowerCase(Locale.ROOT).split("x");
            try {
                Size size = new Size(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                if (parts.length == 2 && size.width() >= 800 && size.height() >= 600 && size.width() <= 7680 && size.height() <= 4320) {
                    return size;
                }
            } catch (RuntimeException notNumbers) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not a window size like 1920x1080 (800x600 to 7680x4320)");
        }
    }

    /// A hub address: `http://` or `https://`, a host, optionally a port.
    static final class HubUrl implements ITypeConverter<java.net.URI> {
        @Override
        public java.net.URI convert(String value) {
            try {
                java.net.URI uri = new java.net.URI(value.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return uri;
                }
            } catch (java.net.URISyntaxException notAUri) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not a hub address such as https://hub.example:8700");
        }
    }
}

package org.licensedesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How option and parameter values are read, with messages a user understands ("--runs must be a positive whole
 * number, not 'none'") instead of picocli's Java type names. {@link #registerWith} covers every command's dates and
 * numbers; {@link PositiveNumber} is named on the options that need it.
 */
final class Values {
    private Values() {
    }

    static void registerWith(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, Values::date);
        commandLine.registerConverter(Integer.class, Values::wholeNumber);
        commandLine.registerConverter(Integer.TYPE, Values::wholeNumber);
        commandLine.registerConverter(Long.class, Values::longNumber);
        commandLine.registerConverter(Long.TYPE, Values::longNumber);
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("must be a date YYYY-MM-DD, not " + Sentences.quoted(text));
        }
    }

    static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a whole number, not " + Sentences.quoted(text));
        }
    }

    static Long longNumber(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a whole number, not " + Sentences.quoted(text));
        }
    }

    /** A count such as {@code generate N} or {@code --runs N}: 1 or more. */
    static final class PositiveNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int value = Integer.parseInt(text.strip());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // Said below, as for zero and negative numbers.
            }
            throw new TypeConversionException("must be a positive whole number, not " + Sentences.quoted(text));
        }
    }
}

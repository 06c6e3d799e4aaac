package org.licensedesk.ui.licence;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.licensedesk.domain.QuantityUnit;

/**
 * A form for one licence action, described without JavaFX so the view model builds it and its tests fill it: the
 * fields, in order, and the button that sends it. The dialog keeps it open while the action is sent and after a
 * refusal, which it shows beside the field the refusal names.
 *
 * @param id     the dialog's id, such as {@code shipmentForm}
 * @param submit the sending button's words, such as "Record shipment"
 */
public record LicenceForm(String id, String title, String header, String submit, List<Field> fields) {

    public LicenceForm {
        Objects.requireNonNull(id, "id");
        fields = List.copyOf(fields);
    }

    /** What a field holds: text, a longer text, a date, one of some choices, or a quantity with its unit. */
    public enum Kind { TEXT, AREA, DATE, CHOICE, QUANTITY }

    /**
     * @param key     the name refusals use for it, such as {@code consignee}
     * @param hint    a line under the caption (what remains, what is expected); may be null
     * @param initial the value shown first (a String, a LocalDate, a choice, or a QuantityUnit); may be null
     * @param choices for CHOICE, what may be chosen, shown by {@code words}
     */
    public record Field(String key, Kind kind, String caption, String hint, Object initial, List<?> choices,
                        Function<Object, String> words) {
        public Field {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(kind, "kind");
            choices = choices == null ? List.of() : List.copyOf(choices);
            words = words == null ? String::valueOf : words;
        }

        public static Field text(String key, String caption, String hint) {
            return new Field(key, Kind.TEXT, caption, hint, null, null, null);
        }

        public static Field area(String key, String caption, String hint) {
            return new Field(key, Kind.AREA, caption, hint, null, null, null);
        }

        public static Field date(String key, String caption, Object initial) {
            return new Field(key, Kind.DATE, caption, null, initial, null, null);
        }

        @SuppressWarnings("unchecked")
        public static <T> Field choice(String key, String caption, String hint, List<T> choices,
                Function<T, String> words) {
            return new Field(key, Kind.CHOICE, caption, hint, choices.isEmpty() ? null : choices.get(0), choices,
                    value -> value == null ? "" : words.apply((T) value));
        }

        public static Field quantity(String key, String caption, String hint, QuantityUnit unit) {
            return new Field(key, Kind.QUANTITY, caption, hint, unit, null, null);
        }
    }

    /** A quantity as typed, with the unit chosen beside it. */
    public record Quantity(String amount, QuantityUnit unit) {
    }

    /** What the form sent: each field's value by key (String, LocalDate, the choice, or a {@link Quantity}). */
    public record Values(Map<String, Object> byKey) {
        public String text(String key) {
            Object value = byKey.get(key);
            return value == null ? "" : value.toString();
        }

        @SuppressWarnings("unchecked")
        public <T> T get(String key) {
            return (T) byKey.get(key);
        }
    }

    /** How the sender answers the dialog: done (it closes) or refused (it stays open and shows the sentence). */
    public interface Reply {
        void done();

        /** @param field the key of the field the sentence concerns; null for the form as a whole */
        void refused(String field, String sentence);
    }

    /** Sends the form's values; answers through the reply, possibly later (the work runs in the background). */
    public interface Sender {
        void send(Values values, Reply reply);
    }
}

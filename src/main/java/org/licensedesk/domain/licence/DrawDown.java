package org.licensedesk.domain.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.licensedesk.domain.QuantityUnit;

/**
 * A shipment checked against its licence, and the licence's items after it: exact decimal arithmetic, with kilograms,
 * tonnes and grams converted into the unit the item was licensed in (pieces only against pieces).
 */
public final class DrawDown {
    /**
     * Places of the quantities drawn: a reported quantity has at most six, and in grams against tonnes it needs six
     * more (0.000001 g = 0.000000000001 t).
     */
    public static final int SCALE = 12;
    /** The fields a refusal may name, as the shipments file names them. */
    public static final String SHIPPED_ON = "shippedOn";
    public static final String CONSIGNEE = "consignee";
    public static final String CUSTOMS_DECLARATION = "customsDeclaration";

    private DrawDown() {
    }

    /**
     * The licence's items after {@code shipment}, and the quantity each line drew in the item's unit.
     *
     * @throws LicenceRefusedException with a sentence when the shipment may not be recorded: the licence is not
     *                                 active, the date is in the future or outside its validity, the consignee is
     *                                 not on it, a line names no licensed item or a unit that does not convert, or
     *                                 a quantity is above what remains
     */
    public static Result apply(Licence licence, Shipment shipment, LocalDate today) {
        LicenceStatus status = licence.status(today);
        if (status != LicenceStatus.ACTIVE) {
            throw new LicenceRefusedException("Licence " + licence.number() + " is " + status
                    + ", so no shipment can be recorded against it" + (status == LicenceStatus.SUSPENDED
                    ? " until a supervisor reinstates it." : "; the holder needs a new licence."));
        }
        if (shipment.shippedOn().isAfter(today)) {
            throw new LicenceRefusedException("The shipment is dated " + shipment.shippedOn() + ", after today ("
                    + today + "); a holder reports shipments already made.", SHIPPED_ON);
        }
        if (!licence.valid(shipment.shippedOn())) {
            throw new LicenceRefusedException("The shipment of " + shipment.shippedOn() + " is outside licence "
                    + licence.number() + "'s validity (" + licence.validFrom() + " to " + licence.validUntil()
                    + "); check the date on the customs declaration.", SHIPPED_ON);
        }
        if (!licence.permits(shipment.consignee())) {
            throw new LicenceRefusedException("\"" + shipment.consignee() + "\" is not a party on licence "
                    + licence.number() + "; goods may go only to the consignee or end user it names.", CONSIGNEE);
        }
        if (shipment.lines().isEmpty()) {
            throw new LicenceRefusedException("The shipment under " + licence.number()
                    + " lists no quantities; give at least one item line and its quantity.");
        }
        List<LicensedItem> after = new ArrayList<>(licence.items());
        List<BigDecimal> drawn = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int given = 0; given < shipment.lines().size(); given++) {
            ShipmentLine line = shipment.lines().get(given);
            String field = "lines/" + given;
            try {
                drawn.add(draw(licence, after, seen, line));
            } catch (LicenceRefusedException refused) {
                throw refused.field().isPresent() ? refused : new LicenceRefusedException(refused.getMessage(), field);
            }
        }
        boolean exhausted = !after.isEmpty() && after.stream().allMatch(LicensedItem::usedUp);
        return new Result(List.copyOf(after), List.copyOf(drawn), exhausted);
    }

    /** Draws one line from {@code after} (changed in place) and returns what it drew in the item's unit. */
    private static BigDecimal draw(Licence licence, List<LicensedItem> after, Set<Integer> seen, ShipmentLine line) {
        if (!seen.add(line.itemLine())) {
            throw new LicenceRefusedException("Item line " + line.itemLine() + " appears twice in the shipment; "
                    + "give each licensed line once.");
        }
        int index = indexOf(after, line.itemLine());
        if (index < 0) {
            throw new LicenceRefusedException("Licence " + licence.number() + " has no item line "
                    + line.itemLine() + "; use a line number the licence lists.");
        }
        LicensedItem item = after.get(index);
        if (line.quantity().signum() <= 0) {
            throw new LicenceRefusedException("The quantity of item line " + line.itemLine()
                    + " must be above zero, not " + line.quantity().toPlainString() + ".");
        }
        BigDecimal inItemUnit = convert(line.quantity(), line.unit(), item.unit(), line.itemLine());
        if (inItemUnit.compareTo(item.remaining()) > 0) {
            throw new LicenceRefusedException("Item line " + line.itemLine() + " of " + licence.number()
                    + " has " + plain(item.remaining()) + " " + item.unit() + " left; the shipment of "
                    + plain(line.quantity()) + " " + line.unit() + " is more than that.");
        }
        after.set(index, item.withShipped(item.shipped().add(inItemUnit)));
        return inItemUnit;
    }

    /**
     * A quantity in another unit, exactly; kilograms, tonnes and grams convert among themselves, pieces only to
     * pieces.
     */
    public static BigDecimal convert(BigDecimal quantity, QuantityUnit from, QuantityUnit to, int itemLine) {
        if (from == to) {
            return quantity.stripTrailingZeros();
        }
        if (from == QuantityUnit.PCS || to == QuantityUnit.PCS) {
            throw new LicenceRefusedException("Item line " + itemLine + " is licensed in " + to + "; a quantity in "
                    + from + " cannot be converted to it.");
        }
        BigDecimal kilograms = from.toKilograms(quantity).orElseThrow();
        BigDecimal perUnit = to.toKilograms(BigDecimal.ONE).orElseThrow();
        BigDecimal converted = kilograms.divide(perUnit);
        if (converted.stripTrailingZeros().scale() > SCALE) {
            throw new LicenceRefusedException("A quantity of " + plain(quantity) + " " + from + " on item line "
                    + itemLine + " is finer than the desk records (" + SCALE + " places of " + to
                    + "); round it.");
        }
        return converted.stripTrailingZeros();
    }

    private static int indexOf(List<LicensedItem> items, int lineNo) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).lineNo() == lineNo) {
                return i;
            }
        }
        return -1;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The items after the shipment, what each line drew in its item's unit, and whether the licence is used up. */
    public record Result(List<LicensedItem> items, List<BigDecimal> drawn, boolean exhausted) {
    }
}

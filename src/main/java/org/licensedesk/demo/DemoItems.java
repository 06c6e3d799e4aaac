package org.licensedesk.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.licensedesk.domain.ControlCode;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.ControlListEntry;
import org.licensedesk.domain.Item;
import org.licensedesk.domain.ItemForm;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.demo.DemoProducts.Product;

/**
 * Makes the item lines of demo applications. Only products whose control-list entry (element and
 * sub-item) is in force on the received date are offered, so the data follows the loaded list.
 */
final class DemoItems {

    /** The items of one application and the line of business they serve. */
    record Goods(List<Item> items, DemoSector sector) {
    }

    /** The products that could be applied for on one day, with their codes and cumulative weights. */
    static final class Offer {
        private final Product[] products;
        private final ControlCode[] codes;
        private final int[] cumulative;

        private Offer(List<Product> products, List<ControlCode> codes) {
            this.products = products.toArray(new Product[0]);
            this.codes = codes.toArray(new ControlCode[0]);
            this.cumulative = new int[this.products.length];
            int total = 0;
            for (int i = 0; i < this.products.length; i++) {
                total += this.products[i].weight();
                cumulative[i] = total;
            }
        }

        boolean isEmpty() {
            return products.length == 0;
        }

        private int pick(SplittableRandom random) {
            int target = random.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; i < cumulative.length; i++) {
                if (target < cumulative[i]) {
                    return i;
                }
            }
            throw new IllegalStateException("weights out of range");
        }
    }

    private final ControlList controlList;
    /** Offers by the list of codes in force: the list changes a few times a year, so few offers exist. */
    private final Map<List<ControlCode>, Offer> offers = new HashMap<>();

    DemoItems(ControlList controlList) {
        this.controlList = controlList;
    }

    Offer offerOn(LocalDate day) {
        List<ControlListEntry> inForce = controlList.inForceOn(day);
        List<ControlCode> key = inForce.stream().map(ControlListEntry::code).toList();
        return offers.computeIfAbsent(key, k -> buildOffer(inForce));
    }

    private static Offer buildOffer(List<ControlListEntry> inForce) {
        List<Product> products = new ArrayList<>();
        List<ControlCode> codes = new ArrayList<>();
        for (Product product : DemoProducts.ALL) {
            for (ControlListEntry entry : inForce) {
                if (entry.elementSymbol().equals(product.element())
                        && entry.code().subItem() == product.form().subItem()) {
                    products.add(product);
                    codes.add(entry.code());
                    break;
                }
            }
        }
        return new Offer(products, codes);
    }

    /** One to three lines from one sector, the first picked by how often each product is exported. */
    Goods goods(SplittableRandom random, Offer offer) {
        int first = offer.pick(random);
        DemoSector sector = offer.products[first].sector();
        int roll = random.nextInt(100);
        int wanted = roll < 62 ? 1 : roll < 90 ? 2 : 3;
        List<Item> items = new ArrayList<>(wanted);
        boolean[] taken = new boolean[offer.products.length];
        taken[first] = true;
        items.add(item(random, 1, offer.products[first], offer.codes[first]));
        while (items.size() < wanted) {
            int next = pickInSector(random, offer, sector, taken);
            if (next < 0) {
                break;
            }
            taken[next] = true;
            items.add(item(random, items.size() + 1, offer.products[next], offer.codes[next]));
        }
        return new Goods(items, sector);
    }

    private static int pickInSector(SplittableRandom random, Offer offer, DemoSector sector, boolean[] taken) {
        int total = 0;
        for (int i = 0; i < offer.products.length; i++) {
            if (!taken[i] && offer.products[i].sector() == sector) {
                total += offer.products[i].weight();
            }
        }
        if (total == 0) {
            return -1;
        }
        int target = random.nextInt(total);
        for (int i = 0; i < offer.products.length; i++) {
            if (!taken[i] && offer.products[i].sector() == sector) {
                target -= offer.products[i].weight();
                if (target < 0) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("weights out of range");
    }

    private static Item item(SplittableRandom random, int lineNo, Product product, ControlCode code) {
        String description = product.grades().isEmpty() ? product.description()
                : product.description() + " " + DemoApplicants.pickFrom(random, product.grades());
        String hsCode = product.hsCodes().isEmpty() ? null : DemoApplicants.pickFrom(random, product.hsCodes());
        // Lot sizes spread evenly on a log scale: many small lots, a few large ones.
        double logMin = Math.log(product.minKg());
        double kg = Math.exp(logMin + random.nextDouble() * (Math.log(product.maxKg()) - logMin));
        long usdCentsPerKg = usdCentsPerKg(random, product);
        boolean inTonnes = kg >= 1000 && (product.form() == ItemForm.MAGNET_MATERIAL || random.nextBoolean());
        BigDecimal quantity;
        BigDecimal unitPrice;
        if (inTonnes) {
            // Weighed lots are declared to the kilogram, others in steps of 50 kg.
            long kilograms = random.nextInt(3) == 0 ? Math.round(kg) : Math.round(kg / 50) * 50;
            quantity = BigDecimal.valueOf(kilograms, 3);
            unitPrice = BigDecimal.valueOf(usdCentsPerKg * 1000, 2);
        } else {
            long step = kg < 50 ? 1 : kg < 500 ? 5 : 25;
            long kilograms = Math.max(step, Math.round(kg / step) * step);
            quantity = BigDecimal.valueOf(kilograms * 1000, 3);
            unitPrice = BigDecimal.valueOf(usdCentsPerKg, 2);
        }
        return new Item(lineNo, code, product.element(), product.form(), description, hsCode, quantity,
                inTonnes ? QuantityUnit.T : QuantityUnit.KG, unitPrice);
    }

    /** Cheap goods are priced to the cent, dear ones to the dollar. */
    private static long usdCentsPerKg(SplittableRandom random, Product product) {
        long min = product.minUsdPerKg() * 100L;
        long max = product.maxUsdPerKg() * 100L;
        long cents = min + random.nextLong(max - min + 1);
        return cents >= 100_00 ? Math.max(min, cents / 100 * 100) : cents;
    }
}

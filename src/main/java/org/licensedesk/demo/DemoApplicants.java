package org.licensedesk.demo;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.licensedesk.domain.Applicant;
import org.licensedesk.domain.Contact;
import org.licensedesk.domain.Uscc;

/**
 * The pool of Chinese exporters the demo applications come from. Applicant {@code i} is the same
 * company with the same USCC whatever the seed, so generated data added to a database later reuses
 * the applicants already stored. The named companies come first; invented city-and-trade-name
 * combinations follow for large pools.
 */
final class DemoApplicants {
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long ORG_CODE_SPACE = 887_503_681L; // 31^6 distinct organisation-code bodies
    private static final long POOL_SEED = 0x4C69_6365_6E73_6544L;
    private static final int[] GB11714_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final Applicant[] pool;

    /** A pool of {@code size} applicants, cached: a pool is small even when millions of applications use it. */
    DemoApplicants(int size) {
        this.pool = new Applicant[Math.max(1, Math.min(size, maxSize()))];
    }

    static int namedCount() {
        return DemoNames.NAMED_APPLICANTS.size();
    }

    static int maxSize() {
        return namedCount()
                + DemoNames.CITIES.size() * DemoNames.TRADE_NAMES.size() * DemoNames.BUSINESS_KINDS.size();
    }

    int size() {
        return pool.length;
    }

    /** Frequent exporters file often, so the first applicants of the pool are picked far more often. */
    Applicant pick(SplittableRandom random) {
        double u = random.nextDouble();
        return get((int) (u * u * pool.length));
    }

    Applicant get(int index) {
        Applicant applicant = pool[index];
        if (applicant == null) {
            applicant = create(index);
            pool[index] = applicant;
        }
        return applicant;
    }

    private static Applicant create(int index) {
        SplittableRandom random = new SplittableRandom(POOL_SEED + index);
        String name;
        String nameLocal;
        String slug;
        DemoNames.City city;
        if (index < namedCount()) {
            String[] named = DemoNames.NAMED_APPLICANTS.get(index);
            name = named[0];
            nameLocal = named[1];
            city = DemoNames.city(named[2]);
            slug = slug(name);
        } else {
            // A bijection of the index onto city x trade name x kind, so generated names do not repeat.
            int combinations = maxSize() - namedCount();
            int n = (int) (((long) (index - namedCount()) * 7_919L) % combinations);
            int kinds = DemoNames.BUSINESS_KINDS.size();
            int trades = DemoNames.TRADE_NAMES.size();
            String[] kind = DemoNames.BUSINESS_KINDS.get(n % kinds);
            String[] trade = DemoNames.TRADE_NAMES.get((n / kinds) % trades);
            city = DemoNames.CITIES.get(n / kinds / trades);
            name = city.name() + " " + trade[0] + " " + kind[0];
            nameLocal = city.nameLocal() + trade[1] + kind[1];
            slug = city.name().toLowerCase(Locale.ROOT) + "-" + trade[0].toLowerCase(Locale.ROOT);
        }
        String address = "No. " + (1 + random.nextInt(288)) + " " + pickFrom(random, city.streets()) + ", "
                + pickFrom(random, city.districts()) + ", " + city.name()
                + (city.province().equals(city.name()) ? "" : ", " + city.province());
        return new Applicant(uscc(city.divisionCode(), index), name, nameLocal, address,
                contact(random, city, slug));
    }

    private static Contact contact(SplittableRandom random, DemoNames.City city, String slug) {
        String surname = pickFrom(random, DemoNames.SURNAMES);
        String given = pickFrom(random, DemoNames.GIVEN_NAMES);
        String local = switch (random.nextInt(4)) {
            case 0 -> "export";
            case 1 -> "sales";
            default -> given.toLowerCase(Locale.ROOT) + "." + surname.toLowerCase(Locale.ROOT);
        };
        return new Contact(surname + " " + given, phone(random, city), local + "@" + slug + ".example.cn");
    }

    private static String phone(SplittableRandom random, DemoNames.City city) {
        if (random.nextInt(4) == 0) {
            return "+86 1" + (30 + random.nextInt(60)) + " " + digits(random, 4) + " " + digits(random, 4);
        }
        if (city.areaCode().length() == 2) {
            return "+86 " + city.areaCode() + " " + (5 + random.nextInt(4)) + digits(random, 3) + " "
                    + digits(random, 4);
        }
        return "+86 " + city.areaCode() + " " + (2 + random.nextInt(7)) + digits(random, 2) + " "
                + digits(random, 4);
    }

    private static String digits(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    /** "91" (enterprise registered with market regulation), the division, an organisation code, the check. */
    static String uscc(String divisionCode, int index) {
        long body = (index * 16_807L + 1_234_567L) % ORG_CODE_SPACE;
        char[] code = new char[8];
        code[0] = 'M';
        code[1] = 'A';
        for (int i = 7; i >= 2; i--) {
            code[i] = USCC_ALPHABET.charAt((int) (body % 31));
            body /= 31;
        }
        String first17 = "91" + divisionCode + new String(code) + organisationCheck(code);
        return first17 + Uscc.checkCharacter(first17);
    }

    /** The check character of a GB 11714 organisation code, which the USCC embeds in positions 9 to 17. */
    static char organisationCheck(char[] body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body[i];
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * GB11714_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** The first word of a name and the initials of the next few, such as "ganzhou-remi". */
    private static String slug(String name) {
        String[] words = name.replace(", Ltd.", "").replace(" Co.", "").split(" ");
        StringBuilder slug = new StringBuilder(words[0].toLowerCase(Locale.ROOT)).append('-');
        for (int i = 1; i < words.length && i <= 4; i++) {
            char first = Character.toLowerCase(words[i].charAt(0));
            if (Character.isLetter(first)) {
                slug.append(first);
            }
        }
        return slug.toString();
    }

    static <T> T pickFrom(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

package org.licensedesk.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;

/**
 * Foreign consignees and end users of the demo applications, in the destinations the domain README
 * names (DE, US, KR, JP, VN, IN, NL, EE) and a few others. A company name always comes with the
 * same address, whatever the seed, as a real counterparty would.
 */
final class DemoParties {

    /**
     * One destination country.
     *
     * @param addresses address patterns with {@code %d} for the house, plot or lot number
     */
    record Country(String code, int weight, List<String> stems, List<String> legalForms, List<String> addresses) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("DE", 16, List.of("Bavaria", "Rheinland", "Hanse", "Schwaben", "Elbtal", "Saxonia"),
                    List.of("GmbH", "AG"),
                    List.of("Industriestraße %d, 63450 Hanau", "Am Sandtorkai %d, 20457 Hamburg",
                            "Werkstraße %d, 84028 Landshut", "Siemensstraße %d, 91058 Erlangen",
                            "Rheinallee %d, 55118 Mainz", "Zwickauer Straße %d, 01069 Dresden")),
            new Country("US", 14, List.of("Great Lakes", "Pioneer", "Cascade", "Lone Star", "Allegheny",
                    "Blue Ridge"), List.of("Inc.", "LLC", "Corp."),
                    List.of("%d Commerce Drive, Pittsburgh, PA 15222", "%d Industrial Parkway, Fort Worth, TX 76102",
                            "%d Technology Boulevard, Dayton, OH 45402", "%d Research Park Road, San Jose, CA 95134",
                            "%d Market Street, Greenville, SC 29601", "%d Innovation Way, Boston, MA 02210")),
            new Country("JP", 16, List.of("Kansai", "Tohoku", "Shinwa", "Daiichi", "Hokuriku", "Setouchi"),
                    List.of("Co., Ltd.", "Corporation"),
                    List.of("%d-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005", "%d-3-2 Umeda, Kita-ku, Osaka 530-0001",
                            "%d-8-5 Sakae, Naka-ku, Nagoya 460-0008", "%d-1 Ekimae-honcho, Kawasaki-ku, Kawasaki "
                                    + "210-0007", "%d-2-7 Itaya-machi, Hamamatsu 430-0928")),
            new Country("KR", 14, List.of("Hanbit", "Daesung", "Mirae", "Hanul", "Saebyeok", "Donghae"),
                    List.of("Co., Ltd.", "Corporation"),
                    List.of("%d Teheran-ro, Gangnam-gu, Seoul 06236", "%d Gongdan-ro, Seongsan-gu, Changwon 51567",
                            "%d Techno 2-ro, Yuseong-gu, Daejeon 34026", "%d Sandan-ro, Danwon-gu, Ansan 15434",
                            "%d Cheomdan-ro, Buk-gu, Gwangju 61011")),
            new Country("VN", 8, List.of("Saigon", "Thang Long", "Mekong", "Hai Phong", "Dong Nai"),
                    List.of("Co., Ltd.", "Joint Stock Company"),
                    List.of("Lot %d, Long Hau Industrial Park, Can Giuoc, Long An",
                            "Lot %d, VSIP II, Thu Dau Mot, Binh Duong", "Lot %d, Que Vo Industrial Park, Bac Ninh",
                            "Lot %d, Dinh Vu Industrial Zone, Hai An, Hai Phong")),
            new Country("IN", 7, List.of("Deccan", "Bharat", "Indus", "Kaveri", "Sahyadri"),
                    List.of("Pvt. Ltd.", "Ltd."),
                    List.of("Plot %d, MIDC Bhosari, Pune 411026", "Plot %d, SIPCOT Industrial Park, Sriperumbudur "
                                    + "602105", "%d Peenya Industrial Area, Bengaluru 560058",
                            "Plot %d, Sector 8, IMT Manesar, Gurugram 122051")),
            new Country("NL", 8, List.of("Rijnmond", "Holland", "Delta", "Brabant", "Zeeland"), List.of("B.V."),
                    List.of("Havenweg %d, 3089 JB Rotterdam", "High Tech Campus %d, 5656 AE Eindhoven",
                            "Industrieweg %d, 6045 JG Roermond", "Science Park %d, 1098 XH Amsterdam")),
            new Country("EE", 4, List.of("Baltic", "Narva", "Viru", "Peipsi"), List.of("OÜ", "AS"),
                    List.of("Kesk %d, 40231 Sillamäe", "Kulgu %d, 20104 Narva", "Peterburi tee %d, 11415 Tallinn",
                            "Riia %d, 50410 Tartu")),
            new Country("FR", 4, List.of("Rhône", "Alpes", "Armor", "Lorraine"), List.of("SAS", "SA"),
                    List.of("%d rue de l'Industrie, 69007 Lyon", "%d avenue Jean Jaurès, 38000 Grenoble",
                            "%d rue des Forges, 17000 La Rochelle")),
            new Country("IT", 3, List.of("Lombarda", "Piemonte", "Emiliana", "Adriatica"), List.of("S.p.A.", "S.r.l."),
                    List.of("Via dell'Industria %d, 20054 Segrate MI", "Via Torino %d, 10040 Leinì TO",
                            "Via Emilia %d, 40133 Bologna")),
            new Country("GB", 3, List.of("Pennine", "Albion", "Severn", "Thames Valley"), List.of("Ltd", "plc"),
                    List.of("%d Innovation Way, Birmingham B7 4BP", "%d Riverside Park, Sheffield S9 1XH",
                            "Unit %d, Enterprise Park, Swindon SN2 2YG")),
            new Country("MY", 3, List.of("Johor", "Penang", "Pahang", "Selangor"), List.of("Sdn. Bhd."),
                    List.of("Lot %d, Jalan Perindustrian, 81400 Senai, Johor", "Plot %d, Bayan Lepas FIZ, 11900 Penang",
                            "Lot %d, Kuantan Industrial Estate, 25150 Kuantan, Pahang")));

    private static final List<String> TRADER_WORDS = List.of("Metals Trading", "Rare Earth Distribution",
            "Materials Supply", "Specialty Metals");
    private static final int TOTAL_WEIGHT = COUNTRIES.stream().mapToInt(Country::weight).sum();

    private DemoParties() {
    }

    static Country country(SplittableRandom random) {
        int target = random.nextInt(TOTAL_WEIGHT);
        for (Country country : COUNTRIES) {
            target -= country.weight();
            if (target < 0) {
                return country;
            }
        }
        throw new IllegalStateException("weights out of range");
    }

    /** An end user in the country whose business fits the goods. */
    static Party endUser(SplittableRandom random, Country country, DemoSector sector) {
        String name = company(random, country, DemoApplicants.pickFrom(random, sector.businessWords()));
        return new Party(PartyRole.END_USER, name, country.code(), address(country, name));
    }

    /** The end user itself more often than not; otherwise a trader or distributor in the same country. */
    static Party consignee(SplittableRandom random, Country country, Party endUser) {
        if (random.nextInt(100) < 55) {
            return new Party(PartyRole.CONSIGNEE, endUser.name(), endUser.country(), endUser.address());
        }
        String name = company(random, country, DemoApplicants.pickFrom(random, TRADER_WORDS));
        return new Party(PartyRole.CONSIGNEE, name, country.code(), address(country, name));
    }

    private static String company(SplittableRandom random, Country country, String business) {
        return DemoApplicants.pickFrom(random, country.stems()) + " " + business + " "
                + DemoApplicants.pickFrom(random, country.legalForms());
    }

    /** Derived from the name alone, so a company keeps its address across applications and seeds. */
    private static String address(Country country, String name) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        String pattern = DemoApplicants.pickFrom(random, country.addresses());
        return pattern.replace("%d", Integer.toString(1 + random.nextInt(120)));
    }
}

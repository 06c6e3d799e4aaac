package org.licensedesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.licensedesk.domain.Applicant;
import org.licensedesk.domain.Contract;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.Item;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.Transport;

/** The contract, transport and supporting documents of a demo application. */
final class DemoPaperwork {
    private static final List<String> SEA_PORTS = List.of("Shanghai", "Ningbo", "Tianjin", "Qingdao", "Xiamen",
            "Shenzhen (Yantian)", "Guangzhou (Nansha)");
    private static final List<String> AIRPORTS = List.of("Shanghai Pudong Airport", "Beijing Capital Airport",
            "Shenzhen Bao'an Airport", "Guangzhou Baiyun Airport");
    private static final List<String> RAIL_CROSSINGS = List.of("Alashankou", "Erenhot", "Manzhouli", "Khorgos");
    private static final List<String> ROAD_CROSSINGS = List.of("Pingxiang (Youyiguan)", "Dongxing");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private DemoPaperwork() {
    }

    /** Signed some weeks before the application was filed. */
    static Contract contract(SplittableRandom random, LocalDate receivedOn, Applicant applicant, Party consignee) {
        LocalDate signed = receivedOn.minusDays(12 + random.nextInt(80));
        String number;
        if (random.nextBoolean()) {
            number = initials(consignee.name()) + "-" + signed.getYear() + "-" + pad(1 + random.nextInt(9999), 4);
        } else {
            number = initials(applicant.name()) + "EX" + signed.getYear() + pad(signed.getMonthValue(), 2)
                    + pad(signed.getDayOfMonth(), 2) + "-" + pad(1 + random.nextInt(99), 2);
        }
        return new Contract(number, signed);
    }

    /** Small, dear lots fly; Vietnam is reached by road, Europe sometimes by rail; the rest goes by sea. */
    static Transport transport(SplittableRandom random, String country, List<Item> items, DemoSector sector) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            return Transport.UNKNOWN;
        }
        double kg = items.stream().mapToDouble(i -> i.quantityKg().map(Number::doubleValue).orElse(0.0)).sum();
        if (kg <= 200 || (sector == DemoSector.RADIOPHARMA && roll < 60)) {
            return new Transport("AIR", DemoApplicants.pickFrom(random, AIRPORTS));
        }
        if (country.equals("VN") && roll < 55) {
            return new Transport("ROAD", DemoApplicants.pickFrom(random, ROAD_CROSSINGS));
        }
        if ((country.equals("DE") || country.equals("NL") || country.equals("EE")) && roll < 24) {
            return new Transport("RAIL", DemoApplicants.pickFrom(random, RAIL_CROSSINGS));
        }
        return new Transport("SEA", DemoApplicants.pickFrom(random, SEA_PORTS));
    }

    /**
     * The end-use statement and contract always, the end-user certificate in about 95 of 100 cases,
     * a technical specification in about 40. Each arrived on or up to ten days before the filing date.
     */
    static List<Document> documents(SplittableRandom random, LocalDate receivedOn, Party endUser, Contract contract,
                                    List<Item> items) {
        List<Document> documents = new ArrayList<>(4);
        if (random.nextInt(100) >= 5) {
            documents.add(document(random, DocumentType.END_USER_CERTIFICATE,
                    "End-user certificate, " + endUser.name(), receivedOn));
        }
        documents.add(document(random, DocumentType.END_USE_STATEMENT, "End-use statement, " + endUser.name(),
                receivedOn));
        documents.add(document(random, DocumentType.CONTRACT, "Sales contract " + contract.number(), receivedOn));
        if (random.nextInt(100) < 40) {
            documents.add(document(random, DocumentType.TECHNICAL_SPECIFICATION,
                    "Technical specification, " + items.get(0).description(), receivedOn));
        }
        return documents;
    }

    /**
     * A general licence's application also files the exporter's internal compliance programme (Regulations
     * Art. 16(2)). Added without drawing on the random stream, so the rest of the demo data stays as it was.
     */
    static List<Document> withComplianceProgramme(List<Document> documents, LicenceType licenceType,
                                                  Applicant applicant, LocalDate receivedOn) {
        if (licenceType != LicenceType.GENERAL) {
            return documents;
        }
        List<Document> more = new ArrayList<>(documents);
        String title = "Internal compliance programme, " + applicant.name();
        more.add(new Document(DocumentType.INTERNAL_COMPLIANCE_PROGRAMME, title, receivedOn, sha256Of(title)));
        return more;
    }

    /** The SHA-256 of the title: a stand-in hash like the others, without drawing on the random stream. */
    private static String sha256Of(String title) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(title.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Document document(SplittableRandom random, DocumentType type, String title,
                                     LocalDate receivedOn) {
        LocalDate arrived = random.nextInt(100) < 75 ? receivedOn : receivedOn.minusDays(1 + random.nextInt(10));
        return new Document(type, title, arrived, sha256(random));
    }

    /** 64 lower-case hex digits: stands for the hash of a file nobody filed. */
    private static String sha256(SplittableRandom random) {
        char[] text = new char[64];
        for (int word = 0; word < 4; word++) {
            long bits = random.nextLong();
            for (int i = 0; i < 16; i++) {
                text[word * 16 + i] = HEX[(int) (bits >>> (60 - 4 * i)) & 0xF];
            }
        }
        return new String(text);
    }

    /** Capitals of a company name, at most four: "Hanse Metals Trading GmbH" gives "HMTG". */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder(4);
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.charAt(0) < 128) {
                initials.append(word.charAt(0));
                if (initials.length() == 4) {
                    break;
                }
            }
        }
        return initials.length() == 0 ? "CT" : initials.toString();
    }

    static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}

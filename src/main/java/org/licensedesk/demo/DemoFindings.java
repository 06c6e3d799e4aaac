package org.licensedesk.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;

/**
 * What the demo reviewers find in a file: factor ratings with their comments, reasons for denial, licence terms and
 * defects, written about the application's own parties and goods.
 */
final class DemoFindings {
    private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(Map.entry("DE", "Germany"),
            Map.entry("US", "the United States"), Map.entry("JP", "Japan"), Map.entry("KR", "the Republic of Korea"),
            Map.entry("VN", "Viet Nam"), Map.entry("IN", "India"), Map.entry("NL", "the Netherlands"),
            Map.entry("EE", "Estonia"), Map.entry("FR", "France"), Map.entry("IT", "Italy"),
            Map.entry("GB", "the United Kingdom"), Map.entry("MY", "Malaysia"));

    private static final List<String> CONDITIONS = List.of(
            "No re-export without prior consent of MOFCOM",
            "The goods may be used only for the end use stated in the end-user certificate",
            "The goods may be shipped only to the consignee named on the licence",
            "The end user shall allow a post-shipment verification on request",
            "No transfer to a third party without prior consent of MOFCOM");
    private static final List<String> RIDERS = List.of(
            "Partial shipments are permitted within the validity",
            "Report each shipment to the licensing authority within 30 days",
            "The exporter keeps the shipping documents for five years",
            "Covers only the contract on file",
            "A copy goes to the local commerce bureau");

    private DemoFindings() {
    }

    /** A rating and comment for all eight factors: a concern on those given, none (or not applicable) elsewhere. */
    static List<FactorAssessment> factors(SplittableRandom random, LicenceApplication application,
                                          Set<ReviewFactor> concerns) {
        List<FactorAssessment> factors = new ArrayList<>(ReviewFactor.values().length);
        for (ReviewFactor factor : ReviewFactor.values()) {
            if (concerns.contains(factor)) {
                factors.add(new FactorAssessment(factor, FactorRating.CONCERN, concern(factor, application)));
            } else if (factor == ReviewFactor.OTHER && random.nextInt(100) < 60) {
                factors.add(new FactorAssessment(factor, FactorRating.NOT_APPLICABLE, "Nothing further to consider."));
            } else {
                factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN,
                        noConcern(random, factor, application)));
            }
        }
        return factors;
    }

    private static String noConcern(SplittableRandom random, ReviewFactor factor, LicenceApplication application) {
        switch (factor) {
            case NATIONAL_SECURITY:
                return random.nextBoolean()
                        ? "Civil end use in commercial quantities; no effect on domestic supply found."
                        : "Quantity is within the applicant's usual volumes; no national-security concern.";
            case INTERNATIONAL_OBLIGATIONS:
                return country(application) + " is not under UN Security Council measures; no treaty obligation "
                        + "is engaged.";
            case EXPORT_TYPE:
                return "Ordinary sale under contract " + application.contract().number()
                        + "; no transit or re-export declared.";
            case ITEM_SENSITIVITY:
                return application.elements() + " in this form and purity is a standard industrial grade.";
            case DESTINATION:
                return country(application) + " is a regular destination with no adverse findings in our files.";
            case END_USER_AND_END_USE:
                return application.endUser().name() + " is an established maker; the stated end use fits its "
                        + "business.";
            case EXPORTER_CREDIT:
                return application.applicant().name() + " has no compliance findings in the last three years.";
            default:
                return "Price and quantity are consistent with market rates.";
        }
    }

    private static String concern(ReviewFactor factor, LicenceApplication application) {
        switch (factor) {
            case NATIONAL_SECURITY:
                return "The quantity is several times the end user's stated annual need.";
            case DESTINATION:
                return application.consignee().name() + " is a trader in a known transshipment hub; the re-export "
                        + "risk is not addressed.";
            case END_USER_AND_END_USE:
                return application.endUser().name() + " lists defence customers; the civil end use is not shown.";
            case ITEM_SENSITIVITY:
                return "High-purity " + application.elements() + " in this form is sought for military magnet and "
                        + "guidance applications.";
            case EXPORTER_CREDIT:
                return application.applicant().name() + " was warned last year for an undeclared shipment.";
            default:
                return "The file leaves a concern on this factor unanswered.";
        }
    }

    /** Factors a recommendation to deny rests on: one or two of those a reviewer would really raise. */
    static Set<ReviewFactor> concerns(SplittableRandom random) {
        List<ReviewFactor> usual = List.of(ReviewFactor.END_USER_AND_END_USE, ReviewFactor.DESTINATION,
                ReviewFactor.ITEM_SENSITIVITY, ReviewFactor.NATIONAL_SECURITY, ReviewFactor.EXPORTER_CREDIT);
        Set<ReviewFactor> concerns = EnumSet.of(pick(random, usual));
        if (random.nextInt(100) < 35) {
            concerns.add(pick(random, usual));
        }
        return concerns;
    }

    static List<DenialReason> reasons(Set<ReviewFactor> concerns, LicenceApplication application) {
        Map<ReviewFactor, String> texts = new EnumMap<>(ReviewFactor.class);
        texts.put(ReviewFactor.END_USER_AND_END_USE, "The civil end use by " + application.endUser().name()
                + " is not credible given its customers.");
        texts.put(ReviewFactor.DESTINATION, "The consignee's location makes diversion likely and no assurance "
                + "against re-export was given.");
        texts.put(ReviewFactor.ITEM_SENSITIVITY, "The items can serve military applications and the file does not "
                + "exclude them.");
        texts.put(ReviewFactor.NATIONAL_SECURITY, "The quantity far exceeds any documented civil need of the end "
                + "user.");
        texts.put(ReviewFactor.EXPORTER_CREDIT, "The applicant's recent compliance record does not support trust "
                + "in its declarations.");
        List<DenialReason> reasons = new ArrayList<>();
        for (ReviewFactor factor : concerns) {
            reasons.add(new DenialReason(factor, texts.getOrDefault(factor, "The concern on this factor stands.")));
        }
        return reasons;
    }

    /** The licence type applied for, valid for at most what the law allows, with one to three conditions. */
    static ApprovalTerms terms(SplittableRandom random, LicenceApplication application) {
        LicenceType type = application.licenceType();
        int validity = type == LicenceType.SINGLE
                ? (random.nextInt(100) < 75 ? 12 : 6)
                : (random.nextInt(100) < 60 ? 36 : 24);
        List<String> conditions = new ArrayList<>();
        conditions.add(CONDITIONS.get(0));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            String condition = CONDITIONS.get(1 + random.nextInt(CONDITIONS.size() - 1));
            if (!conditions.contains(condition)) {
                conditions.add(condition);
            }
        }
        List<String> riders = new ArrayList<>();
        if (random.nextInt(100) < 70) {
            riders.add(pick(random, RIDERS));
        }
        return new ApprovalTerms(type, validity, conditions, riders);
    }

    /** What is wrong with the file: the missing end-user certificate when it is missing, else one or two defects. */
    static List<String> defects(SplittableRandom random, LicenceApplication application) {
        List<String> defects = new ArrayList<>();
        if (!application.hasEndUserCertificate()) {
            defects.add("The end-user certificate of " + application.endUser().name() + " is missing.");
        }
        List<String> others = List.of(
                "Contract " + application.contract().number() + " on file is not signed by the buyer.",
                "The technical specifications do not match the items declared.",
                "The end-use statement is not on the end user's letterhead.",
                "The applicant's export operator registration has expired.");
        if (defects.isEmpty() || random.nextInt(100) < 30) {
            defects.add(pick(random, others));
        }
        return defects;
    }

    private static String country(LicenceApplication application) {
        String code = application.endUser().country();
        String name = COUNTRY_NAMES.getOrDefault(code, code);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

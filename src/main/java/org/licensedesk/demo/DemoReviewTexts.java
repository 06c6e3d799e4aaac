package org.licensedesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.licensedesk.domain.LicenceApplication;

/**
 * What the demo officials write in their notes and questions, drawn from small pools and filled in with the
 * application's own parties and dates so that no two files read exactly alike. {@link DemoFindings} has the rest.
 */
final class DemoReviewTexts {
    private static final List<String> CLAIM_NOTES = List.of(
            "Taking this one from the intake queue; first read of the file today.",
            "Claimed: I reviewed this applicant's previous filing and know the product line.",
            "Claimed from the queue; the file looks complete at first sight.",
            "Taking over this file to keep the destination's applications with one reviewer.",
            "Claimed; will check the end user against the screening lists first.");
    private static final List<String> ASSIGN_NOTES = List.of(
            "Assigned to %s to balance this week's queue.",
            "Assigned to %s, who handled the applicant's earlier files.",
            "Assigned to %s: this destination is on their desk this quarter.",
            "Assigned to %s; please give it priority, the contract has a shipping date.");
    private static final List<String> REQUEST_NOTES = List.of(
            "Cannot assess the end use without the answers below; clock stopped.",
            "Asked the applicant for the missing papers before the assessment.",
            "Sent questions through the portal; the file stays on hold until they answer.",
            "Clarification needed on the parties; request sent to the applicant's contact.");
    private static final List<String> RECEIVE_NOTES = List.of(
            "Answers received through the portal on %s; the requested documents are now on file.",
            "The applicant replied by e-mail on %s; the clarification on the parties is satisfactory.",
            "Reply of %s received with a signed end-use statement; review resumes.",
            "Documents sent by courier arrived on %s; scanned and added to the file.");
    private static final List<String> ASSESS_NOTES = List.of(
            "All eight factors assessed against the file and the screening results.",
            "Assessment complete after checking the parties against the lists; see the comments.",
            "Factors rated; the end user and the quantities were checked against earlier files.");
    private static final List<String> RECOMMEND_APPROVAL_NOTES = List.of(
            "No concerns found; recommend a licence on the usual conditions.",
            "Recommend approval: the end use is credible and the quantities match the contract.",
            "File complete and consistent; recommend approval with the standard conditions.");
    private static final List<String> RECOMMEND_DENIAL_NOTES = List.of(
            "Recommend denial for the reasons tied to the factors below.",
            "The concerns in the assessment are not answered by the file; recommend denial.",
            "Recommend denial: the stated end use cannot be verified.");
    private static final List<String> SEND_BACK_NOTES = List.of(
            "Please check the consignee against the latest screening list before I countersign.",
            "Please reassess the end user: the certificate names a different site from the contract.",
            "The terms should limit shipments to the contract quantity; please revise the recommendation.",
            "Please add your reasoning on the quantity, which is well above last year's volumes.");
    private static final List<String> APPROVE_NOTES = List.of(
            "Countersigned on the recommended terms.",
            "Approved; licence to be issued with the recommended conditions.",
            "Reviewed the assessment and agree; licence granted as recommended.");
    private static final List<String> APPROVE_AGAINST_NOTES = List.of(
            "Approved against the recommendation: the concerns are answered by the new assurances on file.",
            "Granted with tighter terms; the reviewer's concern is met by the conditions.");
    private static final List<String> APPROVE_AGAINST_REASONS = List.of(
            "The end user's government has given a written assurance on end use and re-export.",
            "A post-shipment verification condition answers the concern about the end use.",
            "The quantity was reduced by the applicant to the end user's documented annual need.");
    private static final List<String> DENY_NOTES = List.of(
            "Denial countersigned; the applicant is to be told the reasons.",
            "Denied for the reasons recommended.",
            "Agree with the reviewer; denial confirmed.");
    private static final List<String> DENY_AGAINST_NOTES = List.of(
            "Denied against the recommendation for the reasons given below.",
            "I do not share the reviewer's view on the end user; denied.");
    private static final List<String> WITHDRAW_NOTES = List.of(
            "The applicant withdrew the application by letter dated %s; the contract was cancelled.",
            "The applicant asked by phone on %s to withdraw; written confirmation is on file.",
            "Withdrawn at the applicant's request of %s: the buyer changed the order.",
            "The applicant's agent withdrew the application on %s to file a corrected one.");
    private static final List<String> RETURN_NOTES = List.of(
            "Returned without action: the application is incomplete, see the defects.",
            "The file cannot be assessed as filed; returned so the applicant can correct it.",
            "Returned: the defects below must be put right in a new application.");
    private static final List<String> FREE_NOTES = List.of(
            "The applicant phoned to ask about progress; told the review is ongoing.",
            "Checked the end user against today's screening lists: no match.",
            "The applicant's agent asked for a copy of the checklist; sent by e-mail.",
            "Local commerce bureau asked about this file; referred them to the supervisor.",
            "Compared the quantities with the applicant's export statistics for last year: consistent.",
            "The consignee's business licence was re-checked in the foreign registry: still active.");
    private static final List<String> EXPERT_NOTES = List.of(
            "Referred to the technical experts for an opinion on the items' sensitivity; the assessment waits for it.",
            "Asked the foreign affairs liaison about the end user; the assessment waits for the reply.",
            "Sent the specifications to the materials institute for a grade check; decision on hold until then.");
    private DemoReviewTexts() {
    }

    static String claimNote(SplittableRandom random) {
        return pick(random, CLAIM_NOTES);
    }

    static String assignNote(SplittableRandom random, String reviewer) {
        return String.format(pick(random, ASSIGN_NOTES), reviewer);
    }

    static String requestNote(SplittableRandom random) {
        return pick(random, REQUEST_NOTES);
    }

    /** One to three questions about this file. */
    static List<String> questions(SplittableRandom random, LicenceApplication application) {
        List<String> all = new ArrayList<>(List.of(
                "Please provide the original end-user certificate signed by " + application.endUser().name() + ".",
                "Please state the product the " + application.elements() + " will go into and the end user's "
                        + "annual production volume.",
                "Please confirm whether " + application.consignee().name() + " will pass any of the goods to a "
                        + "third party.",
                "Please send the technical specification (purity, particle size) of each item.",
                "Please explain why the quantity applied for differs from the quantity in contract "
                        + application.contract().number() + ".",
                "Please describe how " + application.endUser().name() + " is related to the consignee and send its "
                        + "business registration."));
        int count = 1 + random.nextInt(3);
        List<String> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(all.remove(random.nextInt(all.size())));
        }
        return chosen;
    }

    static String receiveNote(SplittableRandom random, LocalDate day) {
        return String.format(pick(random, RECEIVE_NOTES), day);
    }

    static String assessNote(SplittableRandom random) {
        return pick(random, ASSESS_NOTES);
    }

    static String recommendApprovalNote(SplittableRandom random) {
        return pick(random, RECOMMEND_APPROVAL_NOTES);
    }

    static String recommendDenialNote(SplittableRandom random) {
        return pick(random, RECOMMEND_DENIAL_NOTES);
    }

    static String sendBackNote(SplittableRandom random) {
        return pick(random, SEND_BACK_NOTES);
    }

    private static final List<String> SECOND_APPROVE_NOTES = List.of(
            "Second countersignature: I concur with the approval and its conditions.",
            "Read the file and the first countersignature; I concur, approve on the same terms.",
            "Second signature given: the terms and conditions stand as signed.");
    private static final List<String> SECOND_DENY_NOTES = List.of(
            "Second countersignature: I concur with the denial and its reasons.",
            "Read the file and the first countersignature; the denial stands on the same reasons.");

    static String approveNote(SplittableRandom random, boolean againstRecommendation) {
        return pick(random, againstRecommendation ? APPROVE_AGAINST_NOTES : APPROVE_NOTES);
    }

    static List<String> approveAgainstReasons(SplittableRandom random) {
        return List.of(pick(random, APPROVE_AGAINST_REASONS));
    }

    /** A second supervisor concurring with the first countersignature (issue 13). */
    static String secondCountersignNote(SplittableRandom random, boolean approve) {
        return pick(random, approve ? SECOND_APPROVE_NOTES : SECOND_DENY_NOTES);
    }

    static String denyNote(SplittableRandom random, boolean againstRecommendation) {
        return pick(random, againstRecommendation ? DENY_AGAINST_NOTES : DENY_NOTES);
    }

    static String withdrawNote(SplittableRandom random, LocalDate day) {
        return String.format(pick(random, WITHDRAW_NOTES), day);
    }

    static String returnNote(SplittableRandom random) {
        return pick(random, RETURN_NOTES);
    }

    static String expertReferralNote(SplittableRandom random) {
        return pick(random, EXPERT_NOTES);
    }

    static String freeNote(SplittableRandom random) {
        return pick(random, FREE_NOTES);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

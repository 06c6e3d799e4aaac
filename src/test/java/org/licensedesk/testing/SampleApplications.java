package org.licensedesk.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.licensedesk.domain.Applicant;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Contact;
import org.licensedesk.domain.Contract;
import org.licensedesk.domain.ControlCode;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.Item;
import org.licensedesk.domain.ItemForm;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.Transport;
import org.licensedesk.domain.Uscc;

/** Hand-written applications for tests, with every part filled in. */
public final class SampleApplications {
    public static final Applicant GANZHOU = new Applicant("91360700MA35G5XY1" + Uscc.checkCharacter("91360700MA35G5XY1"),
            "Ganzhou Rare Earth Trading Co., Ltd.", "赣州稀土贸易有限公司",
            "No. 8 Jinling Road, Zhanggong District, Ganzhou, Jiangxi",
            new Contact("Liu Wei", "+86 797 812 3456", "export@ganzhou-re.example.cn"));

    private SampleApplications() {
    }

    /** The application as filed by another applicant (or the same one, USCC and all, under another name). */
    public static LicenceApplication withApplicant(LicenceApplication a, Applicant applicant) {
        return new LicenceApplication(a.reference(), a.receivedOn(), a.licenceType(), applicant, a.consignee(),
                a.endUser(), a.endUse(), a.contract(), a.transport(), a.items(), a.documents(), a.status(),
                a.assignee(), a.version());
    }

    public static LicenceApplication dysprosiumOxide(String reference, LocalDate receivedOn, ApplicationStatus status,
                                                     String assignee) {
        return new LicenceApplication(
                reference,
                receivedOn,
                LicenceType.SINGLE,
                GANZHOU,
                new Party(PartyRole.CONSIGNEE, "Hanseatic Metals GmbH", "DE", "Am Sandtorkai 12, 20457 Hamburg"),
                new Party(PartyRole.END_USER, "Bavaria Magnet Works AG", "DE", "Industriestrasse 4, 84028 Landshut"),
                "Manufacture of NdFeB permanent magnets for wind turbine generators",
                new Contract("HM-2026-0042", receivedOn.minusDays(20)),
                new Transport("SEA", "Shanghai"),
                List.of(
                        new Item(1, new ControlCode("1C905.b"), "Dy", ItemForm.OXIDE, "Dysprosium oxide Dy2O3 99.99%",
                                null, new BigDecimal("500.000"), QuantityUnit.KG, new BigDecimal("312.50")),
                        new Item(2, new ControlCode("1C904.a"), "Tb", ItemForm.METAL, "Terbium metal 99.9%",
                                null, new BigDecimal("0.250"), QuantityUnit.T, new BigDecimal("1450000.00"))),
                List.of(
                        new Document(DocumentType.END_USER_CERTIFICATE, "End-user certificate, Bavaria Magnet Works",
                                receivedOn.minusDays(3), "a".repeat(64)),
                        new Document(DocumentType.CONTRACT, "Sales contract HM-2026-0042", receivedOn.minusDays(3),
                                null)),
                status,
                assignee,
                0);
    }
}

package org.licensedesk.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensedesk.licence.LicenceFixture.LI_NA;
import static org.licensedesk.licence.LicenceFixture.ZHAO_LEI;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.licence.LicenceAction;
import org.licensedesk.domain.licence.LicenceFigures;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.Shipment;
import org.licensedesk.domain.licence.ShipmentLine;
import org.licensedesk.store.LicenceRepository;
import org.licensedesk.store.UserRepository;

/** The licence dashboards' figures on a database of their own. */
class LicenceFiguresTest {
    @TempDir
    Path folder;

    @Test
    void statusesQuantitiesPerElementAndDestinationAndExpiries() {
        LicenceFixture fixture = new LicenceFixture(folder);
        try {
            LicenceService licences = fixture.service();
            String first = fixture.licenceNumberOf(fixture.approved());
            String second = fixture.licenceNumberOf(fixture.approved());
            licences.recordShipment(LI_NA, new Shipment(first, LocalDate.of(2026, 3, 20), "Hanseatic Metals GmbH",
                    "CD-F1", List.of(new ShipmentLine(1, new BigDecimal("100.5"), QuantityUnit.KG),
                            new ShipmentLine(2, new BigDecimal("50000"), QuantityUnit.G))));
            licences.change(ZHAO_LEI, second, LicenceAction.SUSPEND, "Customs inspection pending.");

            LicenceFigures figures = licences.figures();
            assertThat(figures.byStatus()).containsEntry(LicenceStatus.ACTIVE, 1L)
                    .containsEntry(LicenceStatus.SUSPENDED, 1L);
            // Two licences of 500 kg Dy and 0.25 t Tb each, to an end user in Germany.
            assertThat(figures.quantities()).extracting(q -> q.elementSymbol() + " " + q.destination() + " "
                    + q.measure() + " " + q.licensed().toPlainString() + " " + q.shipped().toPlainString() + " "
                    + q.shippedPercent()).containsExactly("Dy DE KG 1000 100.5 10.1", "Tb DE KG 500 50 10.0");
            assertThat(figures.expiring90()).isZero();

            LicenceService inJanuary = new LicenceService(fixture.database, new LicenceRepository(),
                    new UserRepository(fixture.database), fixture.auditEntries, fixture.trail,
                    Clock.fixed(LicenceFixture.at("2027-01-15T09:00"), LicenceFixture.BEIJING));
            LicenceFigures later = inJanuary.figures();
            assertThat(later.expiring30()).isZero();
            assertThat(later.expiring60()).isEqualTo(2);
            assertThat(later.expiring90()).isEqualTo(2);
        } finally {
            fixture.database.close();
        }
    }
}

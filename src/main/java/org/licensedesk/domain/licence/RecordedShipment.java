package org.licensedesk.domain.licence;

import java.time.LocalDate;
import java.util.List;

/** A shipment as recorded, for the Licence tab and the command line. */
public record RecordedShipment(long id, LocalDate shippedOn, String consignee, String customsDeclaration,
                               String recordedBy, List<ShipmentLine> lines) {
}

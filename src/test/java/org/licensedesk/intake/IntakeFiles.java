package org.licensedesk.intake;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.licensedesk.domain.Uscc;
import org.licensedesk.json.JsonMapper;

/** Intake files for tests: valid applications to start from, spoiled one field at a time by the tests. */
final class IntakeFiles {
    static final ObjectMapper MAPPER = JsonMapper.create();
    static final String USCC = "91360702MA39R4KT2" + Uscc.checkCharacter("91360702MA39R4KT2");

    private IntakeFiles() {
    }

    /** A consignee the bundled screening samples list (the sample file's hit). */
    static final String LISTED_CONSIGNEE = "TNK Trading International SA";

    static String reference(int n) {
        return String.format("EXP-2026-%06d", n);
    }

    /** A complete, valid application received on 2 March 2026: dysprosium oxide and a terbium target to Germany. */
    static ObjectNode application(String reference) {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("reference", reference);
        a.put("receivedAt", "2026-03-02");
        a.put("licenceType", "SINGLE");
        ObjectNode applicant = a.putObject("applicant");
        applicant.put("name", "Ganzhou Hongtai Rare Earth New Materials Co., Ltd.");
        applicant.put("nameLocal", "赣州鸿泰稀土新材料有限公司");
        applicant.put("uscc", USCC);
        applicant.put("address", "No. 16 Gongye Road, Zhanggong District, Ganzhou, Jiangxi");
        ObjectNode contact = applicant.putObject("contact");
        contact.put("name", "Zhong Liping");
        contact.put("phone", "+86 797 835 2618");
        contact.put("email", "export@hongtai-re.example.cn");
        ObjectNode consignee = a.putObject("consignee");
        consignee.put("name", "Hanseatic Metals GmbH");
        consignee.put("country", "DE");
        consignee.put("address", "Am Sandtorkai 12, 20457 Hamburg");
        ObjectNode endUser = a.putObject("endUser");
        endUser.put("name", "Bavaria Magnet Works AG");
        endUser.put("country", "DE");
        endUser.put("address", "Industriestrasse 4, 84028 Landshut");
        endUser.put("endUse", "Manufacture of NdFeB permanent magnets for wind turbine generators");
        ObjectNode contract = a.putObject("contract");
        contract.put("number", "HM-2026-0042");
        contract.put("date", "2026-02-10");
        ArrayNode items = a.putArray("items");
        items.add(item("1C905.b", "Dysprosium oxide Dy2O3 99.99%", "500.000", "KG", "312.50"));
        items.add(item("1C904.a", "Terbium sputtering target, planar", "12", "PCS", "4200.00"));
        ArrayNode documents = a.putArray("documents");
        documents.add(document("END_USER_CERTIFICATE", "End-user certificate, Bavaria Magnet Works"));
        documents.add(document("CONTRACT", "Sales contract HM-2026-0042"));
        ObjectNode transport = a.putObject("transport");
        transport.put("mode", "SEA");
        transport.put("portOfExport", "Shanghai");
        return a;
    }

    static ObjectNode item(String code, String description, String quantity, String unit, String price) {
        ObjectNode item = MAPPER.createObjectNode();
        item.put("controlCode", code);
        item.put("description", description);
        item.put("quantity", quantity);
        item.put("unit", unit);
        item.put("unitPriceUsd", price);
        return item;
    }

    static ObjectNode document(String type, String title) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("type", type);
        document.put("title", title);
        document.put("sha256", "ab".repeat(32));
        return document;
    }

    static ObjectNode batch(List<ObjectNode> applications) {
        ObjectNode batch = MAPPER.createObjectNode();
        batch.put("format", "licensedesk.intake");
        batch.put("formatVersion", 1);
        batch.putArray("applications").addAll(applications);
        return batch;
    }

    static Path write(Path file, ObjectNode batch) {
        return write(file, batch.toPrettyString());
    }

    static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file of {@code count} valid applications, written as a stream: the test holds one at a time. Every tenth
     * lacks its end-user certificate; the consignees take 5,000 names, so screening matches many distinct names,
     * and every hundredth is {@value #LISTED_CONSIGNEE}, on the bundled consolidated screening list.
     */
    static Path writeLarge(Path file, int count) throws IOException {
        try (JsonGenerator out = MAPPER.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("format", "licensedesk.intake");
            out.writeNumberField("formatVersion", 1);
            out.writeArrayFieldStart("applications");
            for (int n = 1; n <= count; n++) {
                ObjectNode application = application(reference(n));
                if (n % 10 == 0) {
                    // Every tenth without its end-user certificate: flagged INCOMPLETE.
                    ((ArrayNode) application.get("documents")).remove(0);
                }
                ((ObjectNode) application.get("consignee")).put("name", n % 100 == 0
                        ? LISTED_CONSIGNEE : "Hanseatic Metals Trading Branch " + (n % 5_000));
                MAPPER.writeTree(out, application);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        return file;
    }
}

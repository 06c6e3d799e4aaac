package org.licensedesk.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The intake file {@code benchmark} imports: {@code count} valid applications written as a stream. The consignees
 * take 5,000 names, so screening matches many distinct names, and every hundredth is a party of the bundled
 * screening samples, so screening stores hits; every tenth lacks its end-user certificate (flagged INCOMPLETE).
 */
final class BenchmarkIntakeFile {
    /** The bundled consolidated screening list's TNK Trading International S.A., as the sample file gives it. */
    static final String LISTED_CONSIGNEE = "TNK Trading International SA";
    /** The sample file's applicant; its USCC check character is right. */
    private static final String USCC = "91360702MA39R4KT2R";

    private BenchmarkIntakeFile() {
    }

    /** Writes the file unless it is there already; returns it. */
    static Path writeIfMissing(Path file, int count) {
        if (Files.exists(file)) {
            return file;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (JsonGenerator out = new JsonFactory().createGenerator(partial.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("format", "licensedesk.intake");
            out.writeNumberField("formatVersion", 1);
            out.writeArrayFieldStart("applications");
            for (int n = 1; n <= count; n++) {
                application(out, n);
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial + ": " + e.getMessage(), e);
        }
        try {
            return Files.move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + partial + ": " + e.getMessage(), e);
        }
    }

    private static void application(JsonGenerator out, int n) throws IOException {
        out.writeStartObject();
        out.writeStringField("reference", String.format("BEN-2026-%07d", n));
        out.writeStringField("receivedAt", "2026-03-02");
        out.writeStringField("licenceType", "SINGLE");
        out.writeObjectFieldStart("applicant");
        out.writeStringField("name", "Ganzhou Hongtai Rare Earth New Materials Co., Ltd.");
        out.writeStringField("nameLocal", "赣州鸿泰稀土新材料有限公司");
        out.writeStringField("uscc", USCC);
        out.writeStringField("address", "No. 16 Gongye Road, Zhanggong District, Ganzhou, Jiangxi");
        out.writeObjectFieldStart("contact");
        out.writeStringField("name", "Zhong Liping");
        out.writeStringField("phone", "+86 797 835 2618");
        out.writeStringField("email", "export@hongtai-re.example.cn");
        out.writeEndObject();
        out.writeEndObject();
        party(out, "consignee", n % 100 == 0 ? LISTED_CONSIGNEE : "Hanseatic Metals Trading Branch " + n % 5_000,
                "Am Sandtorkai 12, 20457 Hamburg");
        out.writeObjectFieldStart("endUser");
        out.writeStringField("name", "Bavaria Magnet Works AG");
        out.writeStringField("country", "DE");
        out.writeStringField("address", "Industriestrasse 4, 84028 Landshut");
        out.writeStringField("endUse", "Manufacture of NdFeB permanent magnets for wind turbine generators");
        out.writeEndObject();
        out.writeObjectFieldStart("contract");
        out.writeStringField("number", "HM-2026-0042");
        out.writeStringField("date", "2026-02-10");
        out.writeEndObject();
        out.writeArrayFieldStart("items");
        item(out, "1C905.b", "Dysprosium oxide Dy2O3 99.99%", "500.000", "KG", "312.50");
        item(out, "1C904.a", "Terbium sputtering target, planar", "12", "PCS", "4200.00");
        out.writeEndArray();
        out.writeArrayFieldStart("documents");
        if (n % 10 != 0) {
            document(out, "END_USER_CERTIFICATE", "End-user certificate, Bavaria Magnet Works");
        }
        document(out, "CONTRACT", "Sales contract HM-2026-0042");
        out.writeEndArray();
        out.writeObjectFieldStart("transport");
        out.writeStringField("mode", "SEA");
        out.writeStringField("portOfExport", "Shanghai");
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void party(JsonGenerator out, String field, String name, String address) throws IOException {
        out.writeObjectFieldStart(field);
        out.writeStringField("name", name);
        out.writeStringField("country", "DE");
        out.writeStringField("address", address);
        out.writeEndObject();
    }

    private static void item(JsonGenerator out, String code, String description, String quantity, String unit,
                             String price) throws IOException {
        out.writeStartObject();
        out.writeStringField("controlCode", code);
        out.writeStringField("description", description);
        out.writeStringField("quantity", quantity);
        out.writeStringField("unit", unit);
        out.writeStringField("unitPriceUsd", price);
        out.writeEndObject();
    }

    private static void document(JsonGenerator out, String type, String title) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", type);
        out.writeStringField("title", title);
        out.writeEndObject();
    }
}

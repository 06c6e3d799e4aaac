package org.licensedesk.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/** One header field and one entry per line, so the file can be searched and compared line by line. */
final class ExportLayout extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    private static boolean isTopObject(JsonStreamContext context) {
        return context.inObject() && context.getParent() != null && context.getParent().inRoot();
    }

    private static boolean isEntries(JsonStreamContext context) {
        return context.inArray() && context.getParent() != null && isTopObject(context.getParent());
    }

    @Override
    public void beforeObjectEntries(JsonGenerator json) throws IOException {
        if (isTopObject(json.getOutputContext())) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
        json.writeRaw(isTopObject(json.getOutputContext()) ? ",\n" : ",");
    }

    @Override
    public void writeEndObject(JsonGenerator json, int entries) throws IOException {
        json.writeRaw(isTopObject(json.getOutputContext()) ? "\n}" : "}");
    }

    @Override
    public void beforeArrayValues(JsonGenerator json) throws IOException {
        if (isEntries(json.getOutputContext())) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw(isEntries(json.getOutputContext()) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator json, int values) throws IOException {
        json.writeRaw(isEntries(json.getOutputContext()) && values > 0 ? "\n]" : "]");
    }
}

package org.licensedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema file as a whole agrees with what the streaming import accepts. */
class IntakeSchemaTest {
    private static final JsonSchema WHOLE_FILE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:" + IntakeSchema.RESOURCE),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    @Test
    void sampleFileConformsToTheWholeSchema() throws IOException {
        JsonNode sample = IntakeFiles.MAPPER.readTree(Path.of("assets/intake-sample.json").toFile());

        assertThat(WHOLE_FILE.validate(sample)).isEmpty();
    }

    @Test
    void testApplicationsConformAndAWrongTagDoesNot() {
        var batch = IntakeFiles.batch(List.of(IntakeFiles.application("EXP-2026-000001")));
        assertThat(WHOLE_FILE.validate(batch)).isEmpty();

        batch.put("format", "licensedesk.audit");
        assertThat(WHOLE_FILE.validate(batch)).isNotEmpty();
    }

    @Test
    void schemaIsValidDraft202012() throws IOException {
        JsonNode schema;
        try (var in = IntakeSchemaTest.class.getClassLoader().getResourceAsStream(IntakeSchema.RESOURCE)) {
            schema = IntakeFiles.MAPPER.readTree(in);
        }
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(schema)).isEmpty();
    }
}

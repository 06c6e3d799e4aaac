package org.licensedesk.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;

/**
 * The one place where LicenseDesk's Jackson mapper is configured: ISO dates, decimals as strings
 * (no floating point in anything we write), numeric enums refused.
 */
public final class JsonMapper {
    private JsonMapper() {
    }

    public static ObjectMapper create() {
        return configure(new ObjectMapper());
    }

    /**
     * The process's one mapper, made on first use: a configured mapper is safe to share between threads, and the
     * services each made their own as the store opened (twenty mappers, each with its own module and caches, on the
     * way to the launch's first paint, issue 11). Never configure it: use {@link #create()} for a mapper to change.
     */
    public static ObjectMapper shared() {
        return Shared.MAPPER;
    }

    /**
     * The same mapper reading through a parser with these limits, for files from outside: a string, a number, a
     * field name or a depth over its limit is refused where it starts, before it is held in memory.
     */
    public static ObjectMapper create(StreamReadConstraints limits) {
        return configure(new ObjectMapper(JsonFactory.builder().streamReadConstraints(limits).build()));
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
        return mapper;
    }

    /** Made when {@link #shared()} is first called (the holder idiom: no lock after that). */
    private static final class Shared {
        static final ObjectMapper MAPPER = create();
    }
}

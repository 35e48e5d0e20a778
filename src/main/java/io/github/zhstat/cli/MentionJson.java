package io.github.zhstat.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhstat.Mention;
import io.github.zhstat.MentionFields;
import java.io.IOException;
import java.util.Map;

/** Writes a mention as one JSON object of the mention contract: its doc, then {@link MentionFields}. */
final class MentionJson {
    private MentionJson() {}

    static void write(JsonGenerator json, String doc, Mention mention) throws IOException {
        json.writeStartObject();
        json.writeStringField("doc", doc);
        writeFields(json, MentionFields.of(mention));
        json.writeEndObject();
    }

    private static void writeFields(JsonGenerator json, Map<String, Object> fields) throws IOException {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            json.writeFieldName(field.getKey());
            if (field.getValue() instanceof Map<?, ?> nested) {
                json.writeStartObject();
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) nested;
                writeFields(json, object);
                json.writeEndObject();
            } else {
                json.writeObject(field.getValue());
            }
        }
    }
}

package io.github.zhstat.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhstat.Mention;
import io.github.zhstat.value.Change;
import io.github.zhstat.value.Fraction;
import io.github.zhstat.value.Magnitude;
import io.github.zhstat.value.Money;
import io.github.zhstat.value.Multiple;
import io.github.zhstat.value.Ordinal;
import io.github.zhstat.value.Percent;
import io.github.zhstat.value.PercentPoint;
import io.github.zhstat.value.Quantity;
import io.github.zhstat.value.Range;
import io.github.zhstat.value.StatDate;
import io.github.zhstat.value.StatValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/** Writes a mention as one JSON object of the mention contract (shared/spec/mentions.md). */
final class MentionJson {
    private MentionJson() {}

    static void write(JsonGenerator json, String doc, Mention mention) throws IOException {
        json.writeStartObject();
        json.writeStringField("doc", doc);
        json.writeNumberField("start", mention.start());
        json.writeNumberField("end", mention.end());
        json.writeStringField("text", mention.text());
        writeValue(json, mention.value());
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, StatValue value) throws IOException {
        json.writeStringField("kind", value.kind().name());
        if (value instanceof Magnitude magnitude) {
            writeMagnitudeFields(json, magnitude);
            if (magnitude instanceof Multiple multiple) {
                writeOptional(json, "baseline", multiple.baseline());
            }
        } else if (value instanceof Change change) {
            json.writeStringField("direction", change.direction().name());
            json.writeStringField("basis", change.basis().name());
            writeOptional(json, "baseline", change.baseline());
            json.writeStringField("form", change.form().name());
            json.writeFieldName("magnitude");
            if (change.magnitude().isPresent()) {
                json.writeStartObject();
                json.writeStringField("kind", change.magnitude().get().kind().name());
                writeMagnitudeFields(json, change.magnitude().get());
                json.writeEndObject();
            } else {
                json.writeNull();
            }
        } else if (value instanceof Range range) {
            json.writeStringField("low", plain(range.low()));
            json.writeStringField("high", plain(range.high()));
            writeOptional(json, "unit", range.unit());
            json.writeStringField("kind_of_bounds", range.boundsKind().name());
        } else if (value instanceof Ordinal ordinal) {
            json.writeStringField("value", plain(ordinal.value()));
        } else if (value instanceof Fraction fraction) {
            json.writeStringField("value", fraction.text());
            json.writeStringField("approx", fraction.approx().name());
        } else {
            json.writeStringField("value", ((StatDate) value).text());
        }
    }

    /** value, unit (for counts and money) and approx of a magnitude. */
    private static void writeMagnitudeFields(JsonGenerator json, Magnitude magnitude) throws IOException {
        if (magnitude instanceof Quantity quantity) {
            json.writeStringField("value", plain(quantity.value()));
            writeOptional(json, "unit", quantity.unit());
        } else if (magnitude instanceof Money money) {
            json.writeStringField("value", plain(money.amount()));
            json.writeStringField("unit", money.currency().getCurrencyCode());
        } else if (magnitude instanceof Percent percent) {
            json.writeStringField("value", plain(percent.value()));
            json.writeNullField("unit");
        } else if (magnitude instanceof PercentPoint point) {
            json.writeStringField("value", plain(point.value()));
            json.writeNullField("unit");
        } else {
            json.writeStringField("value", plain(((Multiple) magnitude).value()));
            json.writeNullField("unit");
        }
        json.writeStringField("approx", magnitude.approx().name());
    }

    private static void writeOptional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    /** The contract's number form: plain decimal, no exponent, no trailing zeros. */
    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}

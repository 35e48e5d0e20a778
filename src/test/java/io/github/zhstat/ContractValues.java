package io.github.zhstat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhstat.value.Approx;
import io.github.zhstat.value.Basis;
import io.github.zhstat.value.BoundsKind;
import io.github.zhstat.value.Change;
import io.github.zhstat.value.Direction;
import io.github.zhstat.value.Form;
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
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Test support: values written in the mention contract's JSON, and where the reports live. */
public final class ContractValues {
    public static final ObjectMapper JSON = new ObjectMapper();

    private ContractValues() {}

    /** The seed reports: {@code corpus/} and {@code gold/}, copied into the test resources. */
    public static Path seed() {
        return resource("reports/seed");
    }

    /** The development reports: {@code corpus/} and {@code gold/}, copied into the test resources. */
    public static Path dev() {
        return resource("reports/dev");
    }

    /** The texts of the reports in {@code reports/corpus}, in the order of their file names. */
    public static List<String> documents(Path reports) {
        try (java.util.stream.Stream<Path> files = Files.list(reports.resolve("corpus"))) {
            List<String> documents = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                documents.add(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder of the test resources. */
    public static Path resource(String name) {
        try {
            return Path.of(ContractValues.class.getResource("/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }

    /** Reads a JSON Lines file. */
    public static List<JsonNode> jsonLines(Path file) {
        try {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value a contract object (a gold line, or one of its magnitudes) describes. */
    public static StatValue value(JsonNode node) {
        String kind = node.get("kind").asText();
        return switch (kind) {
            case "QUANTITY" -> new Quantity(decimal(node, "value"), text(node, "unit"), approx(node));
            case "MONEY" -> Money.of(node.get("value").asText(), node.get("unit").asText(), approx(node));
            case "PERCENT" -> new Percent(decimal(node, "value"), approx(node));
            case "PERCENT_POINT" -> new PercentPoint(decimal(node, "value"), approx(node));
            case "MULTIPLE" -> new Multiple(decimal(node, "value"), approx(node), text(node, "baseline"));
            case "CHANGE" -> new Change(Direction.valueOf(node.get("direction").asText()),
                    Basis.valueOf(node.get("basis").asText()), text(node, "baseline"),
                    Form.valueOf(node.get("form").asText()),
                    node.hasNonNull("magnitude") ? Optional.of((Magnitude) value(node.get("magnitude"))) : Optional.empty());
            case "RANGE" -> new Range(decimal(node, "low"), decimal(node, "high"), text(node, "unit"),
                    BoundsKind.valueOf(node.get("kind_of_bounds").asText()), approx(node));
            case "ORDINAL" -> new Ordinal(decimal(node, "value"));
            case "FRACTION" -> {
                String[] parts = node.get("value").asText().split("/");
                yield new Fraction(new BigDecimal(parts[0]), new BigDecimal(parts[1]), approx(node));
            }
            case "DATE" -> date(node.get("value").asText());
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    /** Parses the contract's DATE forms: 2019, 2019-05, 2016-08-14, --01-08, --11, ---27. */
    static StatDate date(String text) {
        if (text.startsWith("---")) {
            return new StatDate(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(Integer.parseInt(text.substring(3))));
        }
        if (text.startsWith("--")) {
            String[] parts = text.substring(2).split("-");
            return new StatDate(OptionalInt.empty(), OptionalInt.of(Integer.parseInt(parts[0])),
                    parts.length > 1 ? OptionalInt.of(Integer.parseInt(parts[1])) : OptionalInt.empty());
        }
        String[] parts = text.split("-");
        return new StatDate(OptionalInt.of(Integer.parseInt(parts[0])),
                parts.length > 1 ? OptionalInt.of(Integer.parseInt(parts[1])) : OptionalInt.empty(),
                parts.length > 2 ? OptionalInt.of(Integer.parseInt(parts[2])) : OptionalInt.empty());
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asText());
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText().replaceAll("\\s", "")) : Optional.empty();
    }

    private static Approx approx(JsonNode node) {
        return node.hasNonNull("approx") ? Approx.valueOf(node.get("approx").asText()) : Approx.EXACT;
    }
}

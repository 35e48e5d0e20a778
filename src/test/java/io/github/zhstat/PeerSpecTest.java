package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhstat.value.Fraction;
import io.github.zhstat.value.Money;
import io.github.zhstat.value.Ordinal;
import io.github.zhstat.value.Percent;
import io.github.zhstat.value.PercentPoint;
import io.github.zhstat.value.Quantity;
import io.github.zhstat.value.StatValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Microsoft Recognizers-Text's Chinese cases (test resources peer-specs/, copied from upstream) that fit the mention
 * contract: an input that is one whole expression, read to the same number. Their types map to
 * ours (number to QUANTITY or FRACTION, percentage to PERCENT, PERCENT_POINT or FRACTION,
 * ordinal to ORDINAL, currency to MONEY, dimension and age to QUANTITY with a unit).
 */
class PeerSpecTest {
    private static final List<String> FILES = List.of(
            "Number/Chinese/NumberModel.json", "Number/Chinese/PercentModel.json", "Number/Chinese/OrdinalModel.json",
            "NumberWithUnit/Chinese/CurrencyModel.json", "NumberWithUnit/Chinese/DimensionModel.json",
            "NumberWithUnit/Chinese/AgeModel.json");

    /** Notations outside the contract, each with why. */
    private static final Map<Pattern, String> OUT_OF_CONTRACT = Map.ofEntries(
            Map.entry(Pattern.compile("折"), "discounts (七五折) are prices, not figures of the contract"),
            Map.entry(Pattern.compile("又"), "mixed fractions (三又三分之一) are read as one number by Microsoft only"),
            Map.entry(Pattern.compile("[\\^eEkK]"), "scientific and engineering notation"),
            Map.entry(Pattern.compile("打"), "dozens"),
            Map.entry(Pattern.compile("半百"), "half a hundred"),
            Map.entry(Pattern.compile("^[-+]?\\."), "decimals without a leading digit"),
            Map.entry(Pattern.compile("[\\p{IsHan}] +[\\p{IsHan}]*(分|之|点|點)"), "spaces inside a word (百 分 之)"),
            Map.entry(Pattern.compile("[角銭]|元\\d|分$"), "sub-units of money"),
            Map.entry(Pattern.compile("两$"), "两 as a unit of its own (二两): it is the numeral 2 but after 斤 (3斤5两)"),
            Map.entry(Pattern.compile("[一二三四五六七八九壹]百分之"), "百分之 after a numeral is a fraction of hundreds"),
            Map.entry(Pattern.compile("倆|万点"), "rare forms"),
            Map.entry(Pattern.compile("/"), "Arabic fractions"));

    static Stream<Arguments> cases() throws IOException {
        Map<String, JsonNode> byInput = new LinkedHashMap<>();
        Path folder = ContractValues.resource("peer-specs/recognizers-text");
        for (String file : FILES) {
            for (JsonNode c : ContractValues.JSON.readTree(folder.resolve(file).toFile())) {
                JsonNode results = c.get("Results");
                String input = c.get("Input").asText().strip();
                if (results.size() == 1 && results.get(0).get("Text").asText().equals(input) && fits(input)) {
                    byInput.putIfAbsent(input, results.get(0));
                }
            }
        }
        List<Arguments> cases = new ArrayList<>();
        byInput.forEach((input, result) -> cases.add(Arguments.of(input, result)));
        return cases.stream();
    }

    private static boolean fits(String input) {
        return OUT_OF_CONTRACT.keySet().stream().noneMatch(p -> p.matcher(input).find());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheSameNumber(String input, JsonNode expected) {
        StatValue value = ZhStat.parse(input);
        JsonNode resolution = expected.get("Resolution");
        String type = expected.get("TypeName").asText();
        String written = resolution.get("value").asText();
        switch (type) {
            case "number" -> assertThat(number(value)).isInstanceOf(BigDecimal.class)
                    .satisfies(n -> assertSame((BigDecimal) n, written));
            case "ordinal" -> assertThat(value).isInstanceOfSatisfying(Ordinal.class,
                    o -> assertSame(o.value(), written));
            case "percentage" -> assertSame(percent(value), written.substring(0, written.length() - 1));
            case "currency" -> assertThat(value).isInstanceOfSatisfying(Money.class, m -> {
                assertSame(m.amount(), written);
                assertThat(m.currency().getCurrencyCode()).isEqualTo(resolution.get("isoCurrency").asText());
            });
            default -> assertThat(value).isInstanceOfSatisfying(Quantity.class, q -> {
                assertSame(q.value(), written);
                assertThat(q.unit()).isPresent();
            });
        }
    }

    private static Object number(StatValue value) {
        if (value instanceof Quantity quantity && quantity.unit().isEmpty()) {
            return quantity.value();
        }
        if (value instanceof Fraction fraction) {
            return fraction.numerator().divide(fraction.denominator(), 20, RoundingMode.HALF_UP);
        }
        return value;
    }

    private static BigDecimal percent(StatValue value) {
        if (value instanceof Percent percent) {
            return percent.value();
        }
        if (value instanceof PercentPoint point) {
            return point.value();
        }
        assertThat(value).isInstanceOf(Fraction.class);
        Fraction fraction = (Fraction) value;
        return fraction.numerator().multiply(BigDecimal.valueOf(100)).divide(fraction.denominator(), 20, RoundingMode.HALF_UP);
    }

    /** Microsoft writes repeating decimals cut to 15 digits: compare at its precision. */
    private static void assertSame(BigDecimal actual, String written) {
        BigDecimal expected = new BigDecimal(written);
        int scale = Math.max(expected.scale(), 0);
        assertThat(actual.setScale(scale, RoundingMode.HALF_UP).compareTo(expected.setScale(scale, RoundingMode.HALF_UP)))
                .as("%s is %s", actual.toPlainString(), written)
                .isZero();
    }
}

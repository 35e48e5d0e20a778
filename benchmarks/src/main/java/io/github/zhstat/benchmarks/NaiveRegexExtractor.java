package io.github.zhstat.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Baseline (a): what a quick job would do. One regex: digits, an optional decimal, an optional
 * 万/亿/万亿, an optional 余/多 and an optional unit; one record with a BigDecimal per match.
 */
final class NaiveRegexExtractor {
    record Figure(int start, int end, BigDecimal value, String unit) {}

    private static final Pattern FIGURE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(万亿|万|亿)?(余|多)?(人次|起|人|件|名|个|家|条|次|辆|张|台|处|份|支|只|元|%|倍)?");
    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);

    static List<Figure> extract(CharSequence text) {
        List<Figure> figures = new ArrayList<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            BigDecimal value = new BigDecimal(matcher.group(1));
            String scale = matcher.group(2);
            if (scale != null) {
                value = value.multiply(switch (scale) {
                    case "万" -> WAN;
                    case "亿" -> YI;
                    default -> WAN.multiply(YI);
                });
            }
            figures.add(new Figure(matcher.start(), matcher.end(), value, matcher.group(4)));
        }
        return figures;
    }
}

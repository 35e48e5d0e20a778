package io.github.zhstat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhstat.ZhStat;
import io.github.zhstat.value.Approx;
import io.github.zhstat.value.Basis;
import io.github.zhstat.value.BoundsKind;
import io.github.zhstat.value.Change;
import io.github.zhstat.value.Direction;
import io.github.zhstat.value.Fraction;
import io.github.zhstat.value.Money;
import io.github.zhstat.value.Percent;
import io.github.zhstat.value.PercentPoint;
import io.github.zhstat.value.Quantity;
import io.github.zhstat.value.Range;
import io.github.zhstat.value.StatDate;
import io.github.zhstat.value.StatValue;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The number forms of contract version 2 in running text: read whole, never a prefix. */
class ExtractNumberFormsTest {

    private static StatValue only(String text, String mention) {
        return ExtractTest.only(text, mention);
    }

    @Test
    void readsMoneyWithItsSubUnitsWhole() {
        assertThat(only("每斤十块三毛的价格", "十块三毛")).isEqualTo(Money.of("10.3", "CNY", Approx.EXACT));
        assertThat(only("票价3元5角，", "3元5角")).isEqualTo(Money.of("3.5", "CNY", Approx.EXACT));
        assertThat(only("支票金额人民币壹万元整。", "人民币壹万元整")).isEqualTo(Money.of("10000", "CNY", Approx.EXACT));
        assertThat(only("售价两千澳元左右", "两千澳元左右")).isEqualTo(Money.of("2000", "AUD", Approx.ABOUT));
        assertThat(only("收取9000元日币的费用", "9000元日币")).isEqualTo(Money.of("9000", "JPY", Approx.EXACT));
        assertThat(only("电价3.2元/千瓦时。", "3.2元/千瓦时")).isEqualTo(Money.of("3.2", "CNY", Approx.EXACT));
    }

    @Test
    void readsRangesWhoseHighBoundHasADashBeforeIt() {
        assertThat(only("罚款1万元--5万元不等", "1万元--5万元")).isEqualTo(Range.of("10000", "50000", "CNY", BoundsKind.MONEY));
        assertThat(only("罚款1万元-5万元不等", "1万元-5万元")).isEqualTo(Range.of("10000", "50000", "CNY", BoundsKind.MONEY));
        assertThat(only("处1万(含)-5万元罚款", "1万(含)-5万元")).isEqualTo(Range.of("10000", "50000", "CNY", BoundsKind.MONEY));
        assertThat(only("票价两~3百日元。", "两~3百日元")).isEqualTo(Range.of("200", "300", "JPY", BoundsKind.MONEY));
        assertThat(only("价格从8500到3万港元不等", "从8500到3万港元")).isEqualTo(Range.of("8500", "30000", "HKD", BoundsKind.MONEY));
    }

    @Test
    void readsUnitsPercentsAndDates() {
        assertThat(only("体温39℃，", "39℃")).isEqualTo(Quantity.of("39", "℃", Approx.EXACT));
        assertThat(only("气温零下4摄氏度。", "零下4摄氏度")).isEqualTo(Quantity.of("-4", "℃", Approx.EXACT));
        assertThat(only("亩产520公斤/亩，", "520公斤/亩")).isEqualTo(Quantity.of("520", "公斤/亩", Approx.EXACT));
        assertThat(only("播种2415.6千公顷。", "2415.6千公顷")).isEqualTo(Quantity.of("2415600", "公顷", Approx.EXACT));
        assertThat(only("出生率为5.32‰。", "5.32‰")).isEqualTo(Percent.of("0.532", Approx.EXACT));
        assertThat(only("其中利差25个基点。", "25个基点")).isEqualTo(PercentPoint.of("0.25", Approx.EXACT));
        assertThat(only("会议于3月5号召开", "3月5号")).isEqualTo(new StatDate(OptionalInt.empty(), OptionalInt.of(3), OptionalInt.of(5)));
        assertThat(only("今年3月份以来", "3月份")).isEqualTo(new StatDate(OptionalInt.empty(), OptionalInt.of(3), OptionalInt.empty()));
        assertThat(only("占比三.二%。", "三.二%")).isEqualTo(Percent.of("3.2", Approx.EXACT));
        assertThat(only("约占五百分之二的人", "五百分之二")).isEqualTo(Fraction.of(2, 500, Approx.EXACT));
    }

    @Test
    void readsARiseInLitresApartFromTheVerb() {
        assertThat(only("同比升2%。", "同比升2%")).isEqualTo(Change.by(Direction.UP, Basis.YOY, Percent.of("2", Approx.EXACT)));
        assertThat(only("每天喝水2升。", "2升")).isEqualTo(Quantity.of("2", "升", Approx.EXACT));
        assertThat(only("买了3斤5两。", "3斤5两")).isEqualTo(Quantity.of("3.5", "斤", Approx.EXACT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"一万万亿元", "一二三四五人", "一萬萬億人次", "路径2020/1/8/9f", "重点", "参与5"})
    void reportsNoPrefixOfANumberPastALimit(String text) {
        assertThat(ZhStat.extract(text)).isEmpty();
    }

    @Test
    void readsTheFigureAfterAWordThatEndsInANumeral() {
        assertThat(only("组建队伍16支，", "16支")).isEqualTo(Quantity.of("16", "支", Approx.EXACT));
        assertThat(only("重点五类案件", "五类")).isEqualTo(Quantity.of("5", "类", Approx.EXACT));
    }
}

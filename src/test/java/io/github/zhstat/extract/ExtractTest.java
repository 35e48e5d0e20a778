package io.github.zhstat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhstat.Mention;
import io.github.zhstat.ZhStat;
import io.github.zhstat.value.Approx;
import io.github.zhstat.value.Basis;
import io.github.zhstat.value.BoundsKind;
import io.github.zhstat.value.Change;
import io.github.zhstat.value.Direction;
import io.github.zhstat.value.Fraction;
import io.github.zhstat.value.Money;
import io.github.zhstat.value.Multiple;
import io.github.zhstat.value.Ordinal;
import io.github.zhstat.value.Percent;
import io.github.zhstat.value.PercentPoint;
import io.github.zhstat.value.Quantity;
import io.github.zhstat.value.Range;
import io.github.zhstat.value.StatDate;
import io.github.zhstat.value.StatValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractTest {

    private static List<String> texts(String text) {
        return ZhStat.extract(text).stream().map(Mention::text).toList();
    }

    static StatValue only(String text, String mention) {
        List<Mention> mentions = ZhStat.extract(text);
        assertThat(mentions).extracting(Mention::text).containsExactly(mention);
        return mentions.get(0).value();
    }

    @Test
    void readsEachKindInRunningText() {
        assertThat(only("全省共受理群众报警1400万余起,", "1400万余起"))
                .isEqualTo(Quantity.of("14000000", "起", Approx.MORE_THAN));
        assertThat(only("挽回经济损失3.22亿元。", "3.22亿元")).isEqualTo(Money.of("322000000", "CNY", Approx.EXACT));
        assertThat(only("破案率达98.78%,创历史新高", "98.78%")).isEqualTo(Percent.of("98.78", Approx.EXACT));
        assertThat(only("增幅接近20个百分点。", "增幅接近20个百分点"))
                .isEqualTo(Change.by(Direction.UP, Basis.NONE, PercentPoint.of("20", Approx.NEARLY)));
        assertThat(only("数量是去年同期的3倍,", "是去年同期的3倍"))
                .isEqualTo(Multiple.of("3", Approx.EXACT, "去年同期"));
        assertThat(only("共有3至5万人参加", "3至5万人")).isEqualTo(Range.of("30000", "50000", "人", BoundsKind.QUANTITY));
        assertThat(only("成绩居全国第二。", "居全国第二")).isEqualTo(Ordinal.of(2));
        assertThat(only("占三分之一的案件", "三分之一")).isEqualTo(Fraction.of(1, 3, Approx.EXACT));
        assertThat(only("2016年8月14日以来", "2016年8月14日")).isEqualTo(StatDate.of(2016, 8, 14));
        assertThat(only("发案同比下降37%,", "同比下降37%"))
                .isEqualTo(Change.by(Direction.DOWN, Basis.YOY, Percent.of("37", Approx.EXACT)));
    }

    @Test
    void readsFractionsInRunningText() {
        assertThat(only("一半以上市州实现下降", "一半以上")).isEqualTo(Fraction.of(1, 2, Approx.AT_LEAST));
    }

    @Test
    void givesEachMemberOfADistributiveListTheWholeChange() {
        List<Mention> mentions = ZhStat.extract("交通事故分别同比下降15%、62%,10人以上");

        assertThat(mentions).extracting(Mention::text).containsExactly("同比下降15%", "62%", "10人以上");
        assertThat(mentions.get(1).value())
                .isEqualTo(Change.by(Direction.DOWN, Basis.YOY, Percent.of("62", Approx.EXACT)));
    }

    @Test
    void keepsALooseBasisForTheRestOfItsSentence() {
        List<Mention> mentions = ZhStat.extract("立案总数等同比2018年,平均降幅超17%。命案下降5%");

        assertThat(mentions).extracting(Mention::text).containsExactly("2018年", "平均降幅超17%", "下降5%");
        assertThat(mentions.get(1).value()).isEqualTo(
                Change.by(Direction.DOWN, Basis.YOY, Percent.of("17", Approx.MORE_THAN)).withBaseline("2018年"));
        assertThat(((Change) mentions.get(2).value()).basis()).isEqualTo(Basis.NONE);
    }

    @Test
    void readsASpanOfYearsAsTwoDates() {
        List<Mention> mentions = ZhStat.extract("2020—2022年，新增基站88.7万个，双十一期间");

        assertThat(mentions).extracting(Mention::text).containsExactly("2020", "2022年", "88.7万个");
        assertThat(mentions.get(0).value()).isEqualTo(StatDate.ofYear(2020));
        assertThat(mentions.get(2).value()).isEqualTo(Quantity.of("887000", "个"));
    }

    @Test
    void readsASpanOfMonthsAsTwoDates() {
        List<Mention> mentions = ZhStat.extract("今年1至10月，发案数同比下降24.5%");

        assertThat(mentions).extracting(Mention::text).containsExactly("1", "10月", "同比下降24.5%");
        assertThat(((StatDate) mentions.get(0).value()).text()).isEqualTo("--01");
        assertThat(((StatDate) mentions.get(1).value()).text()).isEqualTo("--10");
    }

    @Test
    void readsADashAfterANumberAsADashNotASign() {
        assertThat(texts("排名第1-3名，气温-5度")).containsExactly("第1-3名");
        assertThat(texts("利润率为-2.5%")).containsExactly("-2.5%");
    }

    @Test
    void keepsTheWholeLooseBasisNotAPartOfIt() {
        List<Mention> mentions = ZhStat.extract("与去年同期相比，两抢案件下降12%。");

        assertThat(mentions).hasSize(1);
        assertThat(((Change) mentions.get(0).value()).baseline()).contains("去年同期");
        assertThat(((Change) mentions.get(0).value()).basis()).isEqualTo(Basis.EXPLICIT);
    }

    @Test
    void readsTraditionalScriptAndFullWidthDigits() {
        assertThat(only("治安案件查處數同比分別上升１５.１％。", "同比分別上升１５.１％"))
                .isEqualTo(Change.by(Direction.UP, Basis.YOY, Percent.of("15.1", Approx.EXACT)));
        assertThat(only("打掉團夥21個,", "21個")).isEqualTo(Quantity.of("21", "个"));
    }

    @Test
    void givesOffsetsInUtf16UnitsOfTheUntouchedText() {
        String text = "\uFEFF𠀀𠀁报警3.9万余起,𠀂同比上升5%";
        List<Mention> mentions = ZhStat.extract(text);

        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).start()).isEqualTo(7);
        for (Mention mention : mentions) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        }
        assertThat(mentions.get(1).text()).isEqualTo("同比上升5%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"拨打110报警", "12345政府服务热线", "96086", "侦办的“7·02”特大案", "侦破\"4·11\"案",
        "“5.15”宣传日", "“1+1+13”大数据格局", "“12+N”活动", "深化“川01”行动", "G20杭州峰会", "P2P平台", "“净网2019”专项行动",
        "保持“两降两升”", "“三阻三防”", "党的十九大", "十九届二中、三中、四中、五中全会", "省委十一届三次、四次、五次全会",
        "“一标三实”", "一案双查", "一起拐卖案件", "千家万户", "第一时间发布", "大数据平台", "人数同比", "“1311工作法”",
        "360手机卫士", "殲擊1號", "5G网络", "每万人口", "万元户", "第一产业增加值", "千万不要"})
    void leavesNamesAlone(String text) {
        assertThat(ZhStat.extract(text)).isEmpty();
    }

    @Test
    void readsCountsNextToNames() {
        assertThat(texts("抓获“两卡”人员1094人,打掉团伙21个")).containsExactly("1094人", "21个");
        assertThat(texts("全市110接警28万起")).containsExactly("28万起");
    }

    @Test
    void returnsNothingForTextWithoutFigures() {
        assertThat(ZhStat.extract("")).isEmpty();
        assertThat(ZhStat.extract("公安机关坚持以人民为中心。")).isEmpty();
    }
}

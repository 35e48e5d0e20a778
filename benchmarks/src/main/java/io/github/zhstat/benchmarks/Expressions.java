package io.github.zhstat.benchmarks;

import java.util.List;

/** The fixed mix of real expressions the parse benchmarks read. */
final class Expressions {
    private Expressions() {}

    static final List<String> MIX = List.of(
            "同比上升19.17%", "1400万余起", "3.3倍", "5600余万元", "98.78%", "同比下降15%", "3.9万余起", "两千余人",
            "环比增长2.5倍", "上升20个百分点", "1.2万亿元", "三十余名", "居全国第二", "同比分別上升93.5%", "增幅接近20个百分点",
            "比2012年下降43%", "提升至91.39%", "是去年同期的3倍", "3至5万人", "三分之一", "2016年8月14日", "1月8日",
            "928人次", "20余TB", "数万人", "10人以上", "人民币23.8亿元", "第38个", "百分之九十", "近1.39万亿条");
}

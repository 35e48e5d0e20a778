package io.github.zhstat.value;

/**
 * How exact a written figure is: {@code 100余起} is {@link #MORE_THAN} 100, {@code 数万人} is
 * {@link #SEVERAL} ten-thousands.
 */
public enum Approx {
    /** Nothing qualifies the number. */
    EXACT,
    /** 余 多 逾 超 超过 高于 大于. */
    MORE_THAN,
    /** 以上 不少于 不低于 至少. */
    AT_LEAST,
    /** 不足 不到 低于 未满 小于. */
    LESS_THAN,
    /** 以下 以内 不超过 最多. */
    AT_MOST,
    /** 近 接近 将近 逼近 几乎. */
    NEARLY,
    /** 约 大约 左右 上下. */
    ABOUT,
    /** 数 or 几 before a scale: the value is the scale ({@code 数万} is 10000). */
    SEVERAL
}

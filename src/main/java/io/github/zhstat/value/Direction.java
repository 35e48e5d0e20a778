package io.github.zhstat.value;

/** Which way a figure moved: 上升 is {@link #UP}, 下降 is {@link #DOWN}, 持平 is {@link #FLAT}. */
public enum Direction {
    /** Rose: 上升, 增长, 提高. */
    UP,
    /** Fell: 下降, 减少, 降低. */
    DOWN,
    /** Stayed level: 持平. */
    FLAT
}

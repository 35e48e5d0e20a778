package io.github.zhstat.value;

/** Which way a figure moved: 上升 is {@link #UP}, 下降 is {@link #DOWN}, 持平 is {@link #FLAT}. */
public enum Direction { UP, DOWN, FLAT }

package io.github.zhstat.value;

/** What a change is measured against. */
public enum Basis {
    /** 同比, 按年: the same period a year before. */
    YOY,
    /** 环比, 按月: the period just before. */
    POP,
    /** 比, 较, 与…相比: a baseline written out. */
    EXPLICIT,
    /** No basis is written. */
    NONE
}

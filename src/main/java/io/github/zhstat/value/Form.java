package io.github.zhstat.value;

/** Whether a change gives the difference or the new level. */
public enum Form {
    /** Changed by the magnitude: 上升15%. */
    BY,
    /** Changed to the magnitude: 升至, 下降到, 上升为. */
    TO
}

/**
 * zhstat reads the statistical figures of Chinese text. Start at {@link io.github.zhstat.ZhStat}.
 */
package io.github.zhstat;

/**
 * zhstat reads the statistical figures of Chinese text. Start at {@link io.github.zhstat.ZhStat}.
 *
 * <p>Values and mentions are {@link java.io.Serializable}, so that they can travel in distributed
 * jobs; their serialized form is not part of the API and may change between versions.
 *
 * @serial exclude
 */
package io.github.zhstat;

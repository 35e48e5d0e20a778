/**
 * The values of figures: a sealed {@link io.github.zhstat.value.StatValue} family of immutable
 * records with exact {@link java.math.BigDecimal} numbers, and the enums they use.
 *
 * <p>Values and mentions are {@link java.io.Serializable}, so that they can travel in distributed
 * jobs; their serialized form is not part of the API and may change between versions.
 *
 * @serial exclude
 */
package io.github.zhstat.value;

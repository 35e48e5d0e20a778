/**
 * The values of figures: a sealed {@link io.github.zhstat.value.StatValue} family of immutable
 * records with exact {@link java.math.BigDecimal} numbers, and the enums they use.
 */
package io.github.zhstat.value;

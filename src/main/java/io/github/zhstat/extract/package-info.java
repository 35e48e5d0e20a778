/**
 * Internal: reading every figure of a document with the grammar, and deciding which readings
 * are measurements. Not part of the API; use {@link io.github.zhstat.ZhStat#extract}.
 */
package io.github.zhstat.extract;

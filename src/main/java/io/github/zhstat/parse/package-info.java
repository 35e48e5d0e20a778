/**
 * Internal: running the grammar. Char folding, the tuned lexer and parser, and the builder
 * from parse trees to values. Not part of the API; use {@link io.github.zhstat.ZhStat}.
 */
package io.github.zhstat.parse;

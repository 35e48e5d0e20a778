/**
 * zhstat on Apache Spark 4: a SQL function and a {@code Dataset} transformation that give the
 * mentions of documents in the fields of the mention contract.
 *
 * <p>Spark is a provided, optional dependency: this package needs {@code spark-sql_2.13} 4.0 or
 * later at run time and is not part of the module {@code io.github.zhstat}; Spark runs the
 * library on the class path.
 */
package io.github.zhstat.spark;

package io.github.zhstat.spark;

import static org.apache.spark.sql.functions.input_file_name;

import io.github.zhstat.spark.ZhStatSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

public class Figures {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("figures").getOrCreate();
        Dataset<Row> docs = spark.read().option("wholetext", true).text(args[0]).withColumn("doc", input_file_name());
        ZhStatSpark.mentions(docs, "doc", "value").write().parquet(args[1]); // one row per mention

        ZhStatSpark.register(spark); // the same in SQL
        docs.createOrReplaceTempView("docs");
        spark.sql("SELECT m.kind, count(*) AS n FROM docs LATERAL VIEW explode(zhstat_extract(value)) t AS m"
                + " GROUP BY m.kind ORDER BY n DESC").show();
    }
}

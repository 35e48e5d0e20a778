package io.github.zhstat.spark;

import io.github.zhstat.ZhStat;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;

/** {@code zhstat_extract}: a text's mentions as structs, null for null. */
final class ExtractFunction implements UDF1<String, List<Row>> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Row> call(String text) {
        return text == null ? null : ZhStat.extract(text).stream().map(MentionRows::row).toList();
    }
}

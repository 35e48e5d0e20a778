package io.github.zhstat.spark;

import com.google.common.collect.Iterators;
import io.github.zhstat.Mention;
import io.github.zhstat.ZhStat;
import java.util.Collections;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Rows of (id, text) in, one row of (id, mention fields…) per mention out, lazily. */
final class MentionsOfDocuments implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
        return Iterators.concat(Iterators.transform(documents, MentionsOfDocuments::mentions));
    }

    private static Iterator<Row> mentions(Row document) {
        if (document.isNullAt(1)) {
            return Collections.emptyIterator();
        }
        Object id = document.get(0);
        return Iterators.transform(ZhStat.extract(document.getString(1)).iterator(), mention -> row(id, mention));
    }

    private static Row row(Object id, Mention mention) {
        Object[] fields = MentionRows.values(mention);
        Object[] row = new Object[fields.length + 1];
        row[0] = id;
        System.arraycopy(fields, 0, row, 1, fields.length);
        return RowFactory.create(row);
    }
}

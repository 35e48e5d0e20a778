package io.github.zhstat.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zhstat.ContractValues;
import io.github.zhstat.Mention;
import io.github.zhstat.MentionField;
import io.github.zhstat.MentionFields;
import io.github.zhstat.ZhStat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQL function and the transformation in local[2], against ZhStat.extract on the reports. */
class ZhStatSparkTest {
    private static final StructType DOCUMENTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("body", DataTypes.StringType, true)));
    private static final String NULL_DOCUMENT = "no text";

    private static SparkSession spark;
    private static Map<String, String> reports;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("ZhStatSparkTest")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 2)
                .getOrCreate();
        ZhStatSpark.register(spark);
        reports = new LinkedHashMap<>();
        reports.putAll(texts(ContractValues.seed().resolve("corpus")));
        reports.putAll(texts(ContractValues.dev().resolve("corpus")));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sqlFunctionThroughLateralViewExplodeGivesEveryMentionOfEveryReport() {
        documents().createOrReplaceTempView("documents");
        List<Row> rows = spark.sql("SELECT d.id, m FROM documents d "
                + "LATERAL VIEW explode(zhstat_extract(d.body)) t AS m").collectAsList();

        Map<String, List<Row>> byDocument = new LinkedHashMap<>();
        rows.forEach(row -> byDocument.computeIfAbsent(row.getString(0), id -> new ArrayList<>()).add(row.getStruct(1)));
        assertSameMentions(byDocument);
    }

    @Test
    void transformationGivesOneRowPerMentionWithTheDocumentsId() {
        Dataset<Row> mentions = ZhStatSpark.mentions(documents(), "id", "body");

        assertThat(mentions.schema().fieldNames()).startsWith("id").hasSize(1 + ZhStatSpark.mentionType().size());
        assertThat(mentions.schema().apply("id")).isEqualTo(DOCUMENTS.apply("id"));
        Map<String, List<Row>> byDocument = new LinkedHashMap<>();
        for (Row row : mentions.collectAsList()) {
            Object[] fields = new Object[row.size() - 1];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = row.get(i + 1);
            }
            byDocument.computeIfAbsent(row.getString(0), id -> new ArrayList<>())
                    .add(new GenericRowWithSchema(fields, ZhStatSpark.mentionType()));
        }
        assertSameMentions(byDocument);
    }

    @Test
    void nullTextHasNoMentionsAndTextWithoutFiguresAnEmptyArray() {
        Row row = spark.sql("SELECT zhstat_extract(CAST(NULL AS STRING)), zhstat_extract('没有数字的句子')").first();

        assertThat(row.isNullAt(0)).isTrue();
        assertThat(row.getList(1)).isEmpty();
        assertThat(ZhStatSpark.mentions(documents(), "id", "body").filter("id = '" + NULL_DOCUMENT + "'").count()).isZero();
    }

    @Test
    void structFieldsAreTheContractsFields() {
        StructType mention = ZhStatSpark.mentionType();

        assertThat(mention.fieldNames()).containsExactly(Stream.of(MentionField.values()).map(MentionField::key).toArray(String[]::new));
        assertThat(((StructType) mention.apply("magnitude").dataType()).fieldNames()).containsExactly("kind", "value", "unit", "approx");
        assertThat(spark.sql("SELECT zhstat_extract('同比上升19.1%') AS m").schema().apply("m").dataType())
                .isEqualTo(DataTypes.createArrayType(mention, false));
    }

    @Test
    void aChangeReadsAsTheContractWritesIt() {
        Row change = spark.sql("SELECT m.* FROM (SELECT explode(zhstat_extract('全年破案2826起，同比上升19.1%。')) AS m)")
                .collectAsList().get(1);

        assertThat(change.<String>getAs("kind")).isEqualTo("CHANGE");
        assertThat(change.<String>getAs("direction")).isEqualTo("UP");
        assertThat(change.<String>getAs("basis")).isEqualTo("YOY");
        assertThat(change.<Row>getAs("magnitude").<String>getAs("value")).isEqualTo("19.1");
        assertThat(change.<String>getAs("value")).isNull();
    }

    @Test
    void transformationRefusesColumnsItCannotRead() {
        assertThatIllegalArgumentException().isThrownBy(() -> ZhStatSpark.mentions(documents(), "id", "missing"));
        Dataset<Row> named = documents().withColumnRenamed("id", "text");
        assertThatIllegalArgumentException().isThrownBy(() -> ZhStatSpark.mentions(named, "text", "body"));
        assertThatIllegalArgumentException().isThrownBy(() -> ZhStatSpark.mentions(
                spark.sql("SELECT 1 AS id, 2 AS body"), "id", "body"));
    }

    @Test
    void readmeExampleRuns(@TempDir Path out) {
        Path corpus = ContractValues.seed().resolve("corpus");
        Figures.main(new String[] {corpus.toString(), out.resolve("mentions").toString()});

        Dataset<Row> written = spark.read().parquet(out.resolve("mentions").toString());
        long expected = texts(corpus).values().stream().mapToLong(text -> ZhStat.extract(text).size()).sum();
        assertThat(written.count()).isEqualTo(expected).isPositive();
        assertThat(written.schema().fieldNames()).startsWith("doc", "start", "end", "text", "kind");
    }

    @Test
    void readmeShowsTheExampleThatRuns() throws IOException {
        String example = Files.readString(Path.of("src/test/java/io/github/zhstat/spark/Figures.java"));
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).contains("```java\n" + example.substring(example.indexOf("import ")) + "```\n");
    }

    /** Each report's rows are its mentions, in order, each field as the contract view has it. */
    private static void assertSameMentions(Map<String, List<Row>> byDocument) {
        assertThat(byDocument).doesNotContainKey(NULL_DOCUMENT);
        assertThat(byDocument.keySet()).containsExactlyInAnyOrderElementsOf(reports.keySet());
        for (Map.Entry<String, String> report : reports.entrySet()) {
            List<Mention> expected = ZhStat.extract(report.getValue());
            List<Row> actual = byDocument.get(report.getKey());
            assertThat(actual).as(report.getKey()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertSameMention(actual.get(i), expected.get(i));
            }
        }
    }

    private static void assertSameMention(Row row, Mention mention) {
        Map<String, Object> view = MentionFields.of(mention);
        assertThat(row.schema().fieldNames()).containsAll(view.keySet());
        for (MentionField field : MentionField.values()) {
            Object value = row.getAs(field.key());
            Object actual = value instanceof Row nested ? asMap(nested) : value;
            assertThat(actual).as("%s of %s", field.key(), mention).isEqualTo(view.get(field.key()));
        }
    }

    private static Map<String, Object> asMap(Row row) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name : row.schema().fieldNames()) {
            map.put(name, row.getAs(name));
        }
        return map;
    }

    private static Dataset<Row> documents() {
        List<Row> rows = new ArrayList<>();
        reports.forEach((id, text) -> rows.add(RowFactory.create(id, text)));
        rows.add(RowFactory.create(NULL_DOCUMENT, null));
        return spark.createDataFrame(rows, DOCUMENTS);
    }

    private static Map<String, String> texts(Path corpus) {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                texts.put(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}

package io.github.zhstat.benchmarks.spark;

import io.github.zhstat.ZhStat;
import io.github.zhstat.spark.ZhStatSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation extracts every mention of the same documents (the seed reports, repeated to about
 * 20 MB of UTF-8): in a plain loop, in a loop on two threads, and on Spark in local[2] through the
 * transformation and the SQL function, every column of every mention written to Spark's no-op sink;
 * and, for Spark's own share, the same job reading the texts without extracting.
 * Throughput is the size printed at set-up divided by the time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class SparkBenchmark {
    /** The size the seed reports are repeated to. */
    static final long BYTES = 20L << 20;

    private List<String> texts;
    private SparkSession spark;
    private Dataset<Row> documents;
    private ForkJoinPool twoThreads;

    @Setup
    public void setUp() throws IOException {
        texts = documents(Path.of(System.getProperty("zhstat.corpus", "src/test/resources/reports/seed/corpus")));
        spark = SparkSession.builder().master("local[2]").appName("SparkBenchmark")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(RowFactory.create(i, texts.get(i)));
        }
        documents = spark.createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.IntegerType, false),
                DataTypes.createStructField("text", DataTypes.StringType, false)))).repartition(4).cache();
        documents.createOrReplaceTempView("documents");
        ZhStatSpark.register(spark);
        long chars = texts.stream().mapToLong(String::length).sum();
        long bytes = texts.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%n%d documents, %d chars, %d bytes of UTF-8, %d partitions%n",
                documents.count(), chars, bytes, documents.rdd().getNumPartitions());
        twoThreads = new ForkJoinPool(2);
    }

    @TearDown
    public void tearDown() {
        spark.stop();
        twoThreads.shutdown();
    }

    @Benchmark
    public long plainLoop() {
        long mentions = 0;
        for (String text : texts) {
            mentions += ZhStat.extract(text).size();
        }
        return mentions;
    }

    @Benchmark
    public long plainLoopTwoThreads() throws InterruptedException, ExecutionException {
        return twoThreads.submit(() -> texts.parallelStream().mapToLong(text -> ZhStat.extract(text).size()).sum()).get();
    }

    @Benchmark
    public void sparkTransformation() {
        ZhStatSpark.mentions(documents, "id", "text").write().format("noop").mode("overwrite").save();
    }

    @Benchmark
    public void sparkSqlFunction() {
        spark.sql("SELECT d.id, m FROM documents d LATERAL VIEW explode(zhstat_extract(d.text)) t AS m")
                .write().format("noop").mode("overwrite").save();
    }

    /** Spark's share alone: the same job handing each text over, with no extraction. */
    @Benchmark
    public long sparkReadOnly() {
        return documents.mapPartitions(SparkBenchmark::chars, Encoders.LONG()).collectAsList().stream().mapToLong(Long::longValue).sum();
    }

    private static Iterator<Long> chars(Iterator<Row> documents) {
        long chars = 0;
        while (documents.hasNext()) {
            chars += documents.next().getString(1).length();
        }
        return List.of(chars).iterator();
    }

    /** The reports, one document each, repeated until they hold {@link #BYTES} of UTF-8. */
    private static List<String> documents(Path corpus) throws IOException {
        List<String> reports;
        try (Stream<Path> files = Files.list(corpus)) {
            reports = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(SparkBenchmark::read).toList();
        }
        List<String> documents = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; bytes < BYTES; i++) {
            String report = reports.get(i % reports.size());
            documents.add(report);
            bytes += report.getBytes(StandardCharsets.UTF_8).length;
        }
        return documents;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

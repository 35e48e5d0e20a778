package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads extracting at once get what one thread gets. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    @Test
    void eightThreadsExtractTheCorpusAsOneThreadDoes() throws Exception {
        List<String> documents = ContractValues.documents(ContractValues.seed());
        List<List<Mention>> expected = documents.stream().map(ZhStat::extract).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    int compared = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        int d = (round + offset) % documents.size();
                        assertThat(ZhStat.extract(documents.get(d))).isEqualTo(expected.get(d));
                        assertThat(ZhStat.parse("同比上升19.17%")).isEqualTo(ZhStat.parse("同比上升19.17%"));
                        compared++;
                    }
                    return compared;
                }));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get()).isEqualTo(ROUNDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.github.zhstat.parse;

import io.github.zhstat.internal.grammar.ZhStatParser;
import java.util.Arrays;

/**
 * Parses by token shape: a trie keyed by the types of the tokens a parse looked at, from where
 * it started to the furthest it read (EOF included), holding what it found. The parser has no
 * predicates and no actions, so a parse depends on those types alone: wherever they come back,
 * the same parse tree is the reading, and its {@link TokenArray} views read this occurrence's
 * tokens. No key is the prefix of another: a parse that agrees with one before on every token
 * it read reads no further.
 *
 * <p>Bounded: emptied when it grows past a limit. Not thread-safe: one per thread.
 */
final class ShapeCache {
    private static final int MAX_NODES = 1 << 15;
    private static final int MAX_TREES = 1 << 13;
    /** Longer keys are not kept: a parse of a long text comes back rarely. */
    static final int MAX_KEY = 64;
    private static final Failure[] FAILURES = new Failure[MAX_KEY + 1];

    static {
        Arrays.setAll(FAILURES, Failure::new);
    }

    /**
     * What a parse that found nothing leaves in the trie: how far past where it started it read
     * before it failed.
     */
    record Failure(int furthest) {}

    /** Returns the failure of a parse that read {@code furthest} tokens past where it started. */
    static Failure failure(int furthest) {
        return furthest >= 0 && furthest <= MAX_KEY ? FAILURES[furthest] : new Failure(furthest);
    }

    private final Node[] roots;
    private int nodes;
    private int trees;

    ShapeCache(int entries) {
        roots = new Node[entries];
        clear();
    }

    /** Returns what the parse at {@code start} of entry rule {@code entry} found before, or null. */
    Object find(TokenArray tokens, int entry, int start) {
        Node node = roots[entry];
        for (int at = start; node.result == null; at++) {
            node = node.child(tokens.typeInWindow(at));
            if (node == null) {
                return null;
            }
        }
        return node.result;
    }

    /** Keeps what the parse just run from {@code start} found: a tree, or its {@link Failure}. */
    void put(TokenArray tokens, int entry, int start, Object found) {
        int furthest = tokens.furthest();
        if (furthest - start + 1 > MAX_KEY || furthest < start) {
            return;
        }
        if (nodes >= MAX_NODES || trees >= MAX_TREES) {
            clear();
        }
        Node node = roots[entry];
        for (int at = start; at <= furthest; at++) {
            if (node.result != null) {
                return;   // a shorter key holds: cannot happen, see above
            }
            int type = tokens.typeInWindow(at);
            Node child = node.child(type);
            if (child == null) {
                child = node.add(type);
                nodes++;
            }
            node = child;
        }
        if (node.result == null && node.size == 0) {
            node.result = found;
            trees += found instanceof Failure ? 0 : 1;
        }
    }

    private void clear() {
        Arrays.setAll(roots, i -> new Node());
        nodes = 0;
        trees = 0;
    }

    private static final class Node {
        /** A node with more children than this finds them by type in a table. */
        private static final int LISTED = 6;
        /** The size of that table: every token type, EOF (-1) at 0. */
        private static final int TYPES = ZhStatParser.VOCABULARY.getMaxTokenType() + 2;

        private int[] types = new int[2];
        private Node[] children = new Node[2];
        private Node[] byType;
        private int size;
        private Object result;

        Node child(int type) {
            if (byType != null) {
                return byType[type + 1];
            }
            int[] types = this.types;
            for (int i = 0; i < size; i++) {
                if (types[i] == type) {
                    return children[i];
                }
            }
            return null;
        }

        Node add(int type) {
            if (size == types.length) {
                types = Arrays.copyOf(types, size * 2);
                children = Arrays.copyOf(children, size * 2);
            }
            Node child = new Node();
            types[size] = type;
            children[size] = child;
            size++;
            if (size > LISTED) {
                if (byType == null) {
                    byType = new Node[TYPES];
                    for (int i = 0; i < size - 1; i++) {
                        byType[types[i] + 1] = children[i];
                    }
                }
                byType[type + 1] = child;
            }
            return child;
        }
    }
}

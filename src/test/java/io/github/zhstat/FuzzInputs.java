package io.github.zhstat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded fuzzed input for the tests that feed text to the grammar; the same seed gives the same text. */
final class FuzzInputs {
    private FuzzInputs() {}

    /** Up to 39 chars of any UTF-16 value: lone surrogates and controls too. */
    static String randomUnicode(SplittableRandom random) {
        char[] chars = new char[random.nextInt(40)];
        for (int j = 0; j < chars.length; j++) {
            chars[j] = (char) random.nextInt(Character.MAX_VALUE + 1);
        }
        return new String(chars);
    }

    /** Up to 29 chars drawn from {@code alphabet}. */
    static String randomChars(SplittableRandom random, String alphabet) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int j = 0; j < length; j++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** One of {@code sentences} with one to four chars deleted, inserted or replaced from {@code alphabet}. */
    static String mutated(SplittableRandom random, List<String> sentences, String alphabet) {
        StringBuilder text = new StringBuilder(sentences.get(random.nextInt(sentences.size())));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return text.toString();
    }

    /** One of {@code sentences} with every ASCII digit replaced by a random one. */
    static String digitsChanged(SplittableRandom random, List<String> sentences) {
        char[] chars = sentences.get(random.nextInt(sentences.size())).toCharArray();
        for (int j = 0; j < chars.length; j++) {
            if (chars[j] >= '0' && chars[j] <= '9') {
                chars[j] = (char) ('0' + random.nextInt(10));
            }
        }
        return new String(chars);
    }

    /** The non-blank sentences of a document, each with its end mark. */
    static List<String> sentences(String document) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : document.split("(?<=[。；\n])")) {
            if (!sentence.isBlank()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}

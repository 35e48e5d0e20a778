package io.github.zhstat.parse;

import static io.github.zhstat.internal.grammar.ZhStatLexer.*;

import java.math.BigDecimal;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The values of Chinese numerals, from the tokens the grammar gives: {@code 三千零五} is 3005,
 * {@code 十五} 15, {@code 两千三} 2300, {@code 二〇一九} 2019 (a string of digits).
 * Malformed place values ({@code 十十}, {@code 百千}) are refused with the offending token.
 */
final class ChineseNumerals {
    private ChineseNumerals() {}

    /** Returns the digit value 0 to 9 of a numeral token, or -1 if it is no digit. */
    static int digit(int tokenType) {
        return switch (tokenType) {
            case CN_ZERO -> 0;
            case CN_ONE -> 1;
            case CN_TWO -> 2;
            case CN_THREE -> 3;
            case CN_FOUR -> 4;
            case CN_FIVE -> 5;
            case CN_SIX -> 6;
            case CN_SEVEN -> 7;
            case CN_EIGHT -> 8;
            case CN_NINE -> 9;
            default -> -1;
        };
    }

    /** Returns the place value of 十, 百, 千, or 0 for any other token. */
    static int place(int tokenType) {
        return switch (tokenType) {
            case CN_TEN -> 10;
            case CN_HUNDRED -> 100;
            case CN_THOUSAND -> 1000;
            default -> 0;
        };
    }

    /** Returns the factor of the scale words 万 and 亿. */
    static BigDecimal scale(int tokenType) {
        return switch (tokenType) {
            case WAN -> BigDecimal.TEN.pow(4);
            case YI -> BigDecimal.TEN.pow(8);
            case ZHAO -> BigDecimal.TEN.pow(12);
            default -> throw new IllegalArgumentException("not a scale: " + tokenType);
        };
    }

    /**
     * Returns the value of one part below 万: digits and the places 十 百 千, where Arabic
     * digits may stand for a Chinese digit ({@code 5千}, {@code 1千零20}).
     *
     * @param tokens the tokens of the part, in order, not empty
     */
    static long part(List<Token> tokens) {
        boolean hasPlace = false;
        for (Token token : tokens) {
            hasPlace |= place(token.getType()) > 0;
        }
        if (!hasPlace) {
            if (tokens.size() == 1 && tokens.get(0).getType() == NUMBER) {
                return arabic(tokens.get(0));
            }
            long value = 0;
            for (Token token : tokens) {
                if (token.getType() == NUMBER) {
                    throw new InvalidFigureException(tokens.get(1).getStartIndex(), "a string of digits is Chinese or Arabic");
                }
                value = value * 10 + digit(token.getType());
            }
            return value;
        }
        long value = 0;
        long pending = -1;
        int lastPlace = 10_000;
        boolean afterZero = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int place = place(token.getType());
            if (place > 0) {
                if (place >= lastPlace) {
                    throw new InvalidFigureException(token.getStartIndex(), "places must descend");
                }
                // 十五, 百万, 一万零十二: a place with no digit before it stands for one of it
                if (pending < 0 && i > 0 && !(afterZero && place == 10)) {
                    throw new InvalidFigureException(token.getStartIndex(), "a place needs a digit before it");
                }
                if (pending > 9) {
                    throw new InvalidFigureException(token.getStartIndex(), "a place takes one digit");
                }
                value += (pending < 0 ? 1 : pending) * place;
                lastPlace = place;
                pending = -1;
                afterZero = false;
            } else if (pending >= 0) {
                throw new InvalidFigureException(token.getStartIndex(), "two numbers in a row");
            } else if (token.getType() == CN_ZERO) {
                afterZero = true;
            } else {
                pending = token.getType() == NUMBER ? arabic(token) : digit(token.getType());
            }
        }
        if (pending >= 0) {
            // 两千三 is 2300, 一百五 150; after 零 (一千零五) the digit is a unit
            boolean shortened = !afterZero && lastPlace > 10 && pending <= 9;
            value += shortened ? pending * lastPlace / 10 : pending;
        }
        return value;
    }

    private static long arabic(Token token) {
        String text = token.getText();
        if (text.indexOf('.') >= 0 || text.length() > 15) {
            throw new InvalidFigureException(token.getStartIndex(), "not a whole number");
        }
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}

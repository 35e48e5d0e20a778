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
            case CN_THREE, CAN -> 3;
            case CN_FOUR -> 4;
            case CN_FIVE -> 5;
            case CN_SIX -> 6;
            case CN_SEVEN -> 7;
            case CN_EIGHT -> 8;
            case CN_NINE -> 9;
            default -> -1;
        };
    }

    /** Returns the place value of 十, 百, 千 (and of 廿, 卅, 卌), or 0 for any other token. */
    static int place(int tokenType) {
        return switch (tokenType) {
            case CN_TEN, CN_TWENTY, CN_THIRTY, CN_FORTY -> 10;
            case CN_HUNDRED -> 100;
            case CN_THOUSAND -> 1000;
            default -> 0;
        };
    }

    /** Returns the tens that 廿, 卅, 卌 hold (2, 3, 4), or -1 for any other token. */
    private static int tensHeld(int tokenType) {
        return switch (tokenType) {
            case CN_TWENTY -> 2;
            case CN_THIRTY -> 3;
            case CN_FORTY -> 4;
            default -> -1;
        };
    }

    /** The most Chinese digits a string of digits may have (二〇一九). */
    static final int MAX_DIGIT_STRING = 4;

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

    /** Returns the factor of the scale words 万, 亿 and 兆. */
    static BigDecimal scale(int tokenType) {
        return switch (tokenType) {
            case WAN -> TEN_THOUSAND;
            case YI -> HUNDRED_MILLION;
            case ZHAO -> TRILLION;
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
            Token last = tokens.get(tokens.size() - 1);
            boolean zeroFirst = tokens.size() == 2 && tokens.get(0).getType() == CN_ZERO;
            if ((tokens.size() == 1 || zeroFirst) && (last.getType() == NUMBER || last.getType() == YEAR_DIGITS)) {
                return arabic(last);
            }
            if (tokens.size() > MAX_DIGIT_STRING) {
                throw new InvalidFigureException(tokens.get(MAX_DIGIT_STRING).getStartIndex(),
                        "a string of more than " + MAX_DIGIT_STRING + " digits");
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
        boolean written = false;
        int lastPlace = 10_000;
        boolean afterZero = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int place = place(token.getType());
            if (place > 0) {
                if (place >= lastPlace) {
                    throw new InvalidFigureException(token.getStartIndex(), "places must descend");
                }
                // 十五, 百万, 一百十一: a place with no digit before it stands for one of it
                if (pending < 0 && i > 0 && place != 10) {
                    throw new InvalidFigureException(token.getStartIndex(), "a place needs a digit before it");
                }
                if (pending > 9) {
                    throw new InvalidFigureException(token.getStartIndex(), "a place takes one digit");
                }
                int held = tensHeld(token.getType());
                value += (held > 0 ? held : pending < 0 ? 1 : pending) * place;
                lastPlace = place;
                pending = -1;
                afterZero = false;
            } else if (pending >= 0) {
                throw new InvalidFigureException(token.getStartIndex(), "two numbers in a row");
            } else if (token.getType() == CN_ZERO) {
                afterZero = true;
            } else {
                pending = token.getType() == NUMBER ? arabic(token) : digit(token.getType());
                written = token.getType() == NUMBER && token.getText().length() > 1;
            }
        }
        if (pending >= 0) {
            if (written && pending >= lastPlace) {
                throw new InvalidFigureException(tokens.get(tokens.size() - 1).getStartIndex(), "more than its place holds");
            }
            // 两千三 is 2300, 一百五 150; after 零 (一千零五) the digit is a unit, and so is
            // an Arabic number of more than one digit (1百01 is 101)
            boolean shortened = !afterZero && !written && lastPlace > 10 && pending <= 9;
            value += shortened ? pending * lastPlace / 10 : pending;
        }
        return value;
    }

    /**
     * Returns the value of a part that may hold a decimal multiplier of one place
     * ({@code 2415.6千} is 2415600, as in 2415.6千公顷); any other part as {@link #part}.
     */
    static BigDecimal partValue(List<Token> tokens) {
        if (tokens.size() == 2 && tokens.get(0).getType() == NUMBER && tokens.get(0).getText().indexOf('.') >= 0
                && place(tokens.get(1).getType()) > 10) {
            return Numbers.arabic(tokens.get(0)).multiply(BigDecimal.valueOf(place(tokens.get(1).getType())));
        }
        return BigDecimal.valueOf(part(tokens));
    }

    private static long arabic(Token token) {
        String text = token.getText();
        if (text.indexOf('.') >= 0 || text.length() > 15) {
            throw new InvalidFigureException(token.getStartIndex(), "not a whole number");
        }
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}

package io.github.zhstat.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/** Gives up at the first syntax error, without reporting or recovering: {@link NoMatch}. */
final class FailFastStrategy extends DefaultErrorStrategy {

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        // the caller only needs to know that there is no expression here
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw NoMatch.INSTANCE;
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw NoMatch.INSTANCE;
    }

    @Override
    public void sync(Parser recognizer) {
        // errors surface at the next match or prediction, which fail fast
    }
}

package io.github.zhstat.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The base of the generated parse-tree contexts: most rules of the grammar have one to three
 * children, so the child list starts small instead of at ArrayList's ten. The accessors the
 * generated code calls walk the children by index, without an iterator: a cached tree
 * ({@link ShapeCache}) is read once per occurrence, so reading it is the hot path.
 */
public class CompactContext extends ParserRuleContext {

    public CompactContext() {
    }

    public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T child) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(child);
        return child;
    }

    @Override
    public <T extends ParseTree> T getChild(Class<? extends T> ctxType, int i) {
        if (children == null || i < 0 || i >= children.size()) {
            return null;
        }
        int found = -1;
        for (int k = 0; k < children.size(); k++) {
            ParseTree child = children.get(k);
            if (ctxType.isInstance(child) && ++found == i) {
                return ctxType.cast(child);
            }
        }
        return null;
    }

    @Override
    public TerminalNode getToken(int ttype, int i) {
        if (children == null || i < 0 || i >= children.size()) {
            return null;
        }
        int found = -1;
        for (int k = 0; k < children.size(); k++) {
            if (children.get(k) instanceof TerminalNode node && node.getSymbol().getType() == ttype && ++found == i) {
                return node;
            }
        }
        return null;
    }

    @Override
    public List<TerminalNode> getTokens(int ttype) {
        List<TerminalNode> tokens = null;
        for (int k = 0; children != null && k < children.size(); k++) {
            if (children.get(k) instanceof TerminalNode node && node.getSymbol().getType() == ttype) {
                if (tokens == null) {
                    tokens = new ArrayList<>();
                }
                tokens.add(node);
            }
        }
        return tokens == null ? Collections.emptyList() : tokens;
    }

    @Override
    public <T extends ParserRuleContext> T getRuleContext(Class<? extends T> ctxType, int i) {
        return getChild(ctxType, i);
    }

    @Override
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
        List<T> contexts = null;
        for (int k = 0; children != null && k < children.size(); k++) {
            ParseTree child = children.get(k);
            if (ctxType.isInstance(child)) {
                if (contexts == null) {
                    contexts = new ArrayList<>();
                }
                contexts.add(ctxType.cast(child));
            }
        }
        return contexts == null ? Collections.emptyList() : contexts;
    }
}

package io.github.zhstat.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The base of the generated parse-tree contexts. A cached tree ({@link ShapeCache}) is read
 * once per occurrence of its shape, so reading it is the hot path: the accessors the
 * generated code calls look through an array of the children and of their token types, made
 * when the tree is first read, and the lists they return are made once per tree. The child
 * list starts small: most rules of the grammar have one to three children.
 */
public class CompactContext extends ParserRuleContext {
    /** The token type of a child that is a rule, in {@link #childTypes}. */
    private static final int RULE = Integer.MIN_VALUE;

    private ParseTree[] childArray;
    private int[] childTypes;
    /** The last list asked for, by the class of its rules or the type of its tokens. */
    private Class<?> listedClass;
    private int listedType = RULE;
    private List<?> listed;

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
        childArray = null;
        return child;
    }

    @Override
    public void removeLastChild() {
        super.removeLastChild();
        childArray = null;
    }

    /**
     * The children as an array, with the token type of each terminal: read once the parse is
     * over, when the types are those of the tree's shape (the same wherever it comes back).
     */
    private ParseTree[] childArray() {
        ParseTree[] array = childArray;
        if (array != null && array.length == children.size()) {
            return array;
        }
        array = children.toArray(new ParseTree[0]);
        int[] types = new int[array.length];
        for (int k = 0; k < array.length; k++) {
            types[k] = array[k] instanceof TerminalNode node ? node.getSymbol().getType() : RULE;
        }
        childTypes = types;
        listed = null;
        listedClass = null;
        listedType = RULE;
        childArray = array;
        return array;
    }

    @Override
    public <T extends ParseTree> T getChild(Class<? extends T> ctxType, int i) {
        if (children == null || i < 0 || i >= children.size()) {
            return null;
        }
        int found = -1;
        for (ParseTree child : childArray()) {
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
        ParseTree[] array = childArray();
        int[] types = childTypes;
        int found = -1;
        for (int k = 0; k < array.length; k++) {
            if (types[k] == ttype && ++found == i) {
                return (TerminalNode) array[k];
            }
        }
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TerminalNode> getTokens(int ttype) {
        if (children == null) {
            return Collections.emptyList();
        }
        ParseTree[] array = childArray();
        if (listedType == ttype) {
            return (List<TerminalNode>) listed;
        }
        List<TerminalNode> tokens = new ArrayList<>();
        for (int k = 0; k < array.length; k++) {
            if (childTypes[k] == ttype) {
                tokens.add((TerminalNode) array[k]);
            }
        }
        listedClass = null;
        listedType = ttype;
        return remember(tokens);
    }

    @Override
    public <T extends ParserRuleContext> T getRuleContext(Class<? extends T> ctxType, int i) {
        return getChild(ctxType, i);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
        if (children == null) {
            return Collections.emptyList();
        }
        ParseTree[] array = childArray();
        if (ctxType == listedClass) {
            return (List<T>) listed;
        }
        List<T> contexts = new ArrayList<>();
        for (ParseTree child : array) {
            if (ctxType.isInstance(child)) {
                contexts.add(ctxType.cast(child));
            }
        }
        listedClass = ctxType;
        listedType = RULE;
        return remember(contexts);
    }

    /** Keeps the last list asked for: a tree is read alike at each occurrence of its shape. */
    private <T> List<T> remember(List<T> found) {
        List<T> list = found.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(found);
        listed = list;
        return list;
    }

    @Override
    public String getText() {
        return children != null && children.size() == 1 ? children.get(0).getText() : super.getText();
    }
}

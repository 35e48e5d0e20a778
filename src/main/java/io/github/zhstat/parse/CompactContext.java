package io.github.zhstat.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;
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
        if (listedType != ttype) {
            int[] types = childTypes;
            remember(null, ttype, k -> types[k] == ttype, array);
        }
        return (List<TerminalNode>) listed;
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
        if (listedClass != ctxType) {
            remember(ctxType, RULE, k -> ctxType.isInstance(array[k]), array);
        }
        return (List<T>) listed;
    }

    /**
     * Keeps the children that {@code chosen} picks as the last list asked for, with its key (a
     * rule's class or a token type): a tree is read alike at each occurrence of its shape.
     */
    private void remember(Class<?> ruleClass, int tokenType, IntPredicate chosen, ParseTree[] array) {
        List<ParseTree> found = new ArrayList<>();
        for (int k = 0; k < array.length; k++) {
            if (chosen.test(k)) {
                found.add(array[k]);
            }
        }
        listed = found.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(found);
        listedClass = ruleClass;
        listedType = tokenType;
    }

    @Override
    public String getText() {
        return children != null && children.size() == 1 ? children.get(0).getText() : super.getText();
    }
}

package io.github.zhstat.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import java.util.ArrayList;

/**
 * The base of the generated parse-tree contexts: most rules of the grammar have one to three
 * children, so the child list starts small instead of at ArrayList's ten.
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
}

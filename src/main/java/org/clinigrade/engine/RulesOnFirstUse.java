package org.clinigrade.engine;

import java.util.function.Supplier;

/**
 * A definition's rules, compiled (or found precompiled) when first asked for and then shared: compiling is the cost
 * of a definition's first evaluation, paid only by the definitions a run uses. Thread-safe.
 */
public final class RulesOnFirstUse {

    private final Supplier<RuleSet> source;
    private volatile RuleSet rules;

    /** @param source compiles or loads the rules; called once */
    public RulesOnFirstUse(Supplier<RuleSet> source) {
        this.source = source;
    }

    public RuleSet get() {
        RuleSet compiled = rules;
        if (compiled == null) {
            synchronized (this) {
                if (rules == null) {
                    rules = source.get();
                }
                compiled = rules;
            }
        }
        return compiled;
    }
}

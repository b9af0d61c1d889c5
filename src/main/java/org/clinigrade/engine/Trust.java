package org.clinigrade.engine;

/**
 * Where a rule file's DRL comes from, which says whether it may run. Drools is no sandbox: a rule can run any
 * Java, so DRL is only ever compiled from one of these three.
 */
public enum Trust {
    /** shipped inside clinigrade's jar */
    BUNDLED,
    /** made by clinigrade from a data file through a fixed template with typed slots: no author text runs */
    GENERATED,
    /** hand-written DRL from a folder the user named with an option that says it runs code */
    TRUSTED
}

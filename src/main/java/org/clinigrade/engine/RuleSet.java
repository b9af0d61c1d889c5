package org.clinigrade.engine;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.io.ByteArrayResource;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Compiled rules: a KieBase built once from DRL sources and shared. Each {@link #run} takes a session from a
 * pool and gives it back reset, so one RuleSet serves any number of threads.
 */
public final class RuleSet {

    /** the global every rule file declares: {@code global org.clinigrade.engine.Calculation result;} */
    public static final String RESULT_GLOBAL = "result";

    /**
     * Sessions are pooled: a stateless session from the pool reuses a reset session instead of building a new
     * one (node memories, object stores) on every run.
     */
    private final KieSessionsPool sessions;

    private final KieBase kieBase;

    private RuleSet(KieBase kieBase) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** the names of all the rules, in no particular order */
    public Set<String> ruleNames() {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(Rule::getName)
                .collect(Collectors.toSet());
    }

    /** @throws RuleCompilationException listing each error with its file and line */
    public static RuleSet compile(List<RuleSource> sources) {
        return of(packages(sources));
    }

    /** rules compiled earlier, e.g. at build time ({@link PrecompiledRules}) */
    static RuleSet of(Collection<KiePackage> packages) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        return new RuleSet(kieBase);
    }

    static Collection<KiePackage> packages(List<RuleSource> sources) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleSource source : sources) {
            ByteArrayResource resource = new ByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.display());
            builder.add(resource, ResourceType.DRL);
            if (builder.hasErrors()) {
                throw new RuleCompilationException(builder.getErrors().stream()
                        .map(error -> describe(source, error))
                        .collect(Collectors.joining("; ")));
            }
        }
        return builder.getKnowledgePackages();
    }

    private static String describe(RuleSource source, KnowledgeBuilderResult error) {
        int[] lines = error.getLines();
        String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
        return source.display() + line + ": " + error.getMessage().strip().replaceAll("\\s+", " ");
    }

    /** Fires the rules over {@code facts}; the steps they record go to {@code calculation}. */
    public void run(List<?> facts, Calculation calculation) {
        StatelessKieSession session = sessions.newStatelessKieSession();
        session.setGlobal(RESULT_GLOBAL, calculation);
        session.execute(facts);
    }
}

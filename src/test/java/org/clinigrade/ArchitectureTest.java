package org.clinigrade;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import org.clinigrade.cli.Clinigrade;
import org.clinigrade.engine.RuleLibrary;
import org.clinigrade.units.DateText;
import org.clinigrade.units.Numbers;

/**
 * The packages' dependencies as they stand: they point inward, to the engine and units, so the command line, the
 * protocol and MedCalc-Bench's files can change without reaching the calculators. Libraries are not these rules'
 * concern, except the protocol SDK and the servlet container, which stay in {@code mcp.sdk}.
 */
@AnalyzeClasses(packages = "org.clinigrade",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.WithoutBenchmarks.class})
class ArchitectureTest {

    private static final String UNITS = "org.clinigrade.units..";
    /** with its facts */
    private static final String ENGINE = "org.clinigrade.engine..";
    private static final String CALC = "org.clinigrade.calc..";
    private static final String GRADE = "org.clinigrade.grade..";
    /** the grading loop and byte-level JSON lines, for any kind of definition */
    private static final String LINES = "org.clinigrade.lines..";
    /** the HTML report's frame and charts, for any kind of definition */
    private static final String REPORT = "org.clinigrade.report..";
    private static final String MEDCALC = "org.clinigrade.medcalc..";
    /** weighted rubrics: their files, judgments, rule checks and scoring schemes */
    private static final String RUBRIC = "org.clinigrade.rubric..";
    /** chest X-ray indices and CheXStruct's files */
    private static final String CXR = "org.clinigrade.cxr..";
    /** the tools, without their protocol adapter */
    private static final String MCP = "org.clinigrade.mcp";
    private static final String MCP_SDK = "org.clinigrade.mcp.sdk..";
    private static final String CLI = "org.clinigrade.cli..";

    @ArchTest
    static final ArchRule units_depend_on_no_other_package = usesOnly(UNITS, UNITS)
            .because("a quantity and its conversions mean the same to every calculator, grader and command");

    @ArchTest
    static final ArchRule the_engine_knows_no_calculator = usesOnly(ENGINE, ENGINE, UNITS)
            .because("the engine runs any rules over canonical facts; calculator files, grading and the command line"
                    + " are built on it, never the other way round");

    @ArchTest
    static final ArchRule the_engine_borrows_only_number_and_date_writing_from_units = noClasses().that()
            .resideInAPackage(ENGINE).should().dependOnClassesThat(resideInAPackage(UNITS)
                    .and(not(equivalentTo(Numbers.class))).and(not(equivalentTo(DateText.class))))
            .because("a step's numbers and dates read the same in the engine's trace as in a conversion; units are"
                    + " otherwise the calculators' business");

    @ArchTest
    static final ArchRule only_the_command_line_trusts_a_rules_folder = noClasses().that().resideOutsideOfPackage(CLI)
            .should().callMethod(RuleLibrary.class, "trusted", Path.class)
            .because("hand-written DRL runs as code: only an option whose help says so may name a folder of it");

    @ArchTest
    static final ArchRule the_grading_loop_knows_no_kind_of_definition = usesOnly(LINES, LINES, UNITS)
            .because("rubric and index grading reuse the same reading, ordering, threads, progress and exit codes");

    @ArchTest
    static final ArchRule the_report_frame_knows_no_kind_of_definition = usesOnly(REPORT, REPORT)
            .because("rubric and index reports reuse the same page and charts");

    @ArchTest
    static final ArchRule calculators_depend_only_on_the_engine_and_units = usesOnly(CALC, CALC, ENGINE, UNITS)
            .because("a calculator is a file read into facts for the engine; who asks for it is not its concern");

    @ArchTest
    static final ArchRule chest_x_ray_indices_depend_only_on_the_engine_and_units_and_report =
            usesOnly(CXR, CXR, ENGINE, UNITS, CALC, REPORT)
                    .because("an index is a definition file read into facts for the engine, like a calculator beside"
                            + " it; its grading borrows only calc's input error and the report's frame");

    @ArchTest
    static final ArchRule grading_depends_only_on_calculators_the_engine_and_units =
            usesOnly(GRADE, GRADE, CALC, ENGINE, UNITS, LINES, REPORT)
                    .because("grading recomputes the reference with the calculators and knows no benchmark's files,"
                            + " protocol or command line");

    @ArchTest
    static final ArchRule medcalc_bench_depends_only_on_grading_and_what_grading_builds_on =
            usesOnly(MEDCALC, MEDCALC, GRADE, CALC, ENGINE, UNITS, LINES)
                    .because("MedCalc-Bench's files and answer rules are read into the grader's own cases and labels");

    @ArchTest
    static final ArchRule rubrics_depend_only_on_calculators_the_engine_and_units =
            usesOnly(RUBRIC, RUBRIC, CALC, ENGINE, UNITS, LINES, REPORT)
                    .because("a rubric's criteria check calculators' values on their own; grading calculator answers,"
                            + " MedCalc-Bench's files, the protocol and the command line are not its concern");

    @ArchTest
    static final ArchRule the_tools_know_no_protocol_adapter = usesOnly(MCP, MCP, GRADE, CALC, CXR, RUBRIC, ENGINE, UNITS, LINES)
            .because("a later protocol revision is a new adapter beside mcp.sdk over the same tools, not a rewrite");

    @ArchTest
    static final ArchRule the_protocol_adapter_depends_only_on_the_tools = usesOnly(MCP_SDK, MCP_SDK, MCP)
            .because("the adapter only carries the tools over MCP; what a tool does is the tools' business");

    @ArchTest
    static final ArchRule only_the_protocol_adapter_uses_the_mcp_sdk = noClasses().that().resideOutsideOfPackage(MCP_SDK)
            .should().dependOnClassesThat().resideInAnyPackage("io.modelcontextprotocol..", "reactor..")
            .because("the SDK and its reactive streams are one protocol revision's choice, kept in one package");

    @ArchTest
    static final ArchRule only_the_protocol_adapter_uses_the_servlet_container = noClasses().that()
            .resideOutsideOfPackage(MCP_SDK).should().dependOnClassesThat()
            .resideInAnyPackage("jakarta..", "org.apache.catalina..", "org.apache.tomcat..")
            .because("the embedded Tomcat is the Streamable HTTP transport of the adapter, nothing else's");

    @ArchTest
    static final ArchRule nothing_depends_on_the_command_line = noClasses().that().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .because("the command line is one caller among others (the tool server, the benchmarks, tests)");

    @ArchTest
    static final ArchRule packages_have_no_cycles = slices().matching("org.clinigrade.(**)").should().beFreeOfCycles()
            .because("a cycle makes two packages one, that can be neither understood nor changed apart");

    /** the rules above see the product: so no test class, and no benchmark even when the jmh profile built them */
    @ArchTest
    static void the_rules_see_the_product_alone(JavaClasses classes) {
        assertTrue(classes.contain(Clinigrade.class), "the command line is imported");
        assertFalse(classes.contain(ArchitectureTest.class), "test classes are not imported");
        Path benchmark = Path.of("target/classes/org/clinigrade/bench/GradeFileBenchmark.class");
        assertFalse(new WithoutBenchmarks().includes(Location.of(benchmark)), "benchmarks in target/classes are not imported");
    }

    /** no class of {@code layer} depends on a clinigrade package outside {@code allowed}; libraries are let be */
    private static ArchRule usesOnly(String layer, String... allowed) {
        return noClasses().that().resideInAPackage(layer).should()
                .dependOnClassesThat(resideInAPackage("org.clinigrade..").and(not(resideInAnyPackage(allowed))));
    }

    /** the jmh profile compiles the benchmarks (and the classes JMH generates) into target/classes, beside the product */
    static final class WithoutBenchmarks implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/org/clinigrade/bench/");
        }
    }
}

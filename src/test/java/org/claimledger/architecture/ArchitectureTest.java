package org.claimledger.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import org.claimledger.common.ProblemMapper;
import org.claimledger.common.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, checked on the compiled classes: packages depend one way, HTTP stays at the
 * edge, and query rows are read by column name. Each test names what breaks the rule when it fails.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.claimledger");
        System.out.println("[architecture] package dependencies:\n" + packageGraph());
    }

    @Test
    void featurePackagesDependOneWay() {
        slices().matching("org.claimledger.(*)..").namingSlices("$1").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noPackageCycleInsideCommonEither() {
        slices().matching("org.claimledger.(**)").namingSlices("$1").should().beFreeOfCycles().check(classes);
    }

    @Test
    void commonImportsNoFeaturePackage() {
        classes().that().resideInAPackage("org.claimledger.common..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.claimledger..")
                        .or(resideInAPackage("org.claimledger.common..")))
                .check(classes);
    }

    /**
     * JAX-RS and RESTEasy types belong to the HTTP edge: resources ({@code *Resource}), the pages
     * ({@code web}), the filters, converters and response helpers ({@code common.http}), the
     * {@link ProblemMapper}, and the query-parameter beans a resource binds with {@code @BeanParam}.
     * Services, entities and domain rules throw domain exceptions and return plain values.
     */
    @Test
    void httpTypesOnlyAtTheEdge() {
        noClasses().that(notAtTheHttpEdge())
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(classes);
    }

    @Test
    void onlyResourcesAndPagesUseResources() {
        noClasses().that().haveSimpleNameNotEndingWith("Resource").and().resideOutsideOfPackage("org.claimledger.web..")
                .should().dependOnClassesThat().areAnnotatedWith(Path.class)
                .check(classes);
    }

    /** Rows of native queries are read by column name through {@link Row}, never by position. */
    @Test
    void queryRowsAreReadThroughRow() {
        noClasses().that().doNotHaveFullyQualifiedName(Row.class.getName())
                .should().callMethodWhere(DescribedPredicate.describe("a method of jakarta.persistence.Tuple",
                        (JavaMethodCall call) -> call.getTargetOwner().isAssignableTo(Tuple.class)))
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> notAtTheHttpEdge() {
        Set<String> beanParams = classes.stream()
                .flatMap(c -> c.getMethods().stream())
                .flatMap(m -> m.getParameters().stream())
                .filter(p -> p.isAnnotatedWith(BeanParam.class))
                .map(JavaParameter::getRawType).map(JavaClass::getName).collect(Collectors.toSet());
        return DescribedPredicate.describe("are not at the HTTP edge", c -> !(c.getSimpleName().endsWith("Resource")
                || c.getPackageName().startsWith("org.claimledger.web")
                || c.getPackageName().startsWith("org.claimledger.common.http")
                || c.getName().startsWith(ProblemMapper.class.getName())
                || beanParams.contains(c.getName())
                || beanParams.stream().anyMatch(b -> c.getName().startsWith(b + "$"))));
    }

    /** package -> the packages it uses, as the report of a run shows them. */
    private static String packageGraph() {
        Set<String> edges = new TreeSet<>();
        for (JavaClass c : classes) {
            String from = c.getPackageName();
            c.getDirectDependenciesFromSelf().forEach(d -> {
                String to = d.getTargetClass().getPackageName();
                if (to.startsWith("org.claimledger") && !to.equals(from)) {
                    edges.add(from.replace("org.claimledger.", "") + " -> " + to.replace("org.claimledger.", ""));
                }
            });
        }
        return String.join("\n", edges);
    }
}

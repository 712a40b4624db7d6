package dev.keel.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of CONVENTIONS.md section 1 as ArchUnit rules, for a root package laid out like
 * Keel: layers {@code <root>.domain}, {@code <root>.application}, {@code <root>.adapter.persistence},
 * {@code <root>.adapter.web}, {@code <root>.bootstrap}; below each of the first four the bounded context
 * ({@code identity}, {@code work}, {@code ledger}, the shared kernel {@code shared}), then the aggregate.
 *
 * <p>{@link #forRoot(String)} builds the same rules for {@value #ROOT} ({@code KeelArchitectureTest}) and for
 * the violating sample ({@code KeelArchitectureRulesFailOnViolationsTest}), which proves every rule bites.
 * No rule may check nothing: ArchUnit fails a rule whose subjects are missing from the import.
 */
public final class KeelArchitectureRules {

    public static final String ROOT = "dev.keel";

    /** The shared kernel: every context may use it, it uses no context. */
    static final String SHARED = "shared";

    /** Contexts everything else builds on: they use no other context (the shared kernel aside). */
    static final Set<String> UPSTREAM_CONTEXTS = Set.of("identity", SHARED);

    /** JDBC belongs to the persistence adapter even though it ships with the JDK. */
    private static final String JDBC = "java.sql..";

    /** Test-jars of other modules (e.g. the persistence test database helper) are not production code. */
    private static final ImportOption DO_NOT_INCLUDE_TEST_JARS = location -> !location.matches(Pattern.compile(".*-tests\\.jar.*"));

    private final String root;
    private final String domain;
    private final String application;
    private final String persistence;
    private final String web;
    private final String bootstrap;
    private final Map<String, ArchRule> all = new LinkedHashMap<>();

    private KeelArchitectureRules(String root) {
        this.root = root;
        this.domain = root + ".domain..";
        this.application = root + ".application..";
        this.persistence = root + ".adapter.persistence..";
        this.web = root + ".adapter.web..";
        this.bootstrap = root + ".bootstrap..";

        // Layers. The two allow-lists also keep Micronaut, javax.sql, MapStruct, HikariCP, Flyway, Jackson,
        // the adapters and bootstrap out of the core; java.sql is excluded by name since it is part of the JDK.
        rule("DOMAIN_DEPENDS_ONLY_ON_THE_JDK", classes()
                .that().resideInAPackage(domain).and(not(generatedCode()))
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", domain).and(not(resideInAPackage(JDBC))))
                .because("the domain may depend on the JDK only, and not on JDBC (CONVENTIONS.md section 1)"));

        rule("APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_INJECTION_API", classes()
                .that().resideInAPackage(application).and(not(generatedCode()))
                .should().onlyDependOnClassesThat(resideInAnyPackage(
                        "java..", domain, application, "jakarta.inject..", "jakarta.annotation..").and(not(resideInAPackage(JDBC))))
                .because("the application may depend on the JDK (without JDBC), the domain and the "
                        + "jakarta.inject/jakarta.annotation APIs only (CONVENTIONS.md section 1)"));

        rule("ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER", slices()
                .matching(root + ".adapter.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("the web adapter never sees a persistence row and the persistence adapter never sees a request or response"));

        rule("ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP", noClasses()
                .that().resideOutsideOfPackage(bootstrap)
                .should().dependOnClassesThat().resideInAPackage(bootstrap)
                .because("bootstrap wires everything together and nothing depends on it"));

        // Bounded contexts.
        rule("CONTEXTS_USE_ONLY_ID_TYPES_AND_PORTS_OF_OTHER_CONTEXTS", classes()
                .that(resideInAContextOtherThanShared())
                .should(useOtherContextsOnlyThrough(idType().or(applicationPort()).or(theCaller()),
                        "only through their id types, application ports and identity's Actor"))
                .because("a context reaches another only through its id types and application-level ports (identity's "
                        + "Actor, the caller that commands carry, is part of its published application API), "
                        + "never its aggregates, entities, repositories or adapters"));

        rule("IDENTITY_AND_SHARED_USE_NO_OTHER_CONTEXT", classes()
                .that(resideInAnyContextOf(UPSTREAM_CONTEXTS))
                .should(useOtherContextsOnlyThrough(describe("nothing", javaClass -> false), "not at all"))
                .because("work and ledger build on identity; identity uses no other context and the shared kernel uses none"));

        rule("CONTEXTS_ARE_FREE_OF_CYCLES", slices()
                .assignedFrom(contexts())
                .should().beFreeOfCycles()
                .because("contexts form no cycle (CONVENTIONS.md section 1)"));

        // Persistence encapsulation.
        rule("PUBLIC_PERSISTENCE_TYPES_ARE_PORT_IMPLEMENTATIONS", classes()
                .that().resideInAPackage(persistence).and().areTopLevelClasses().and().arePublic().and(not(generatedCode()))
                // The adapter's shared machinery (keyset lists, the unit of work) serves every context's package.
                .and().resideOutsideOfPackage(root + ".adapter.persistence." + SHARED + "..")
                .should(be(portImplementation()))
                .because("rows, JDBC repositories and mappers are package-private: the only public type of a "
                        + "context's persistence package is the port implementation"));

        // The HTTP boundary.
        rule("CONTROLLERS_DO_NOT_EXPOSE_DOMAIN_TYPES", classes()
                .that().areAnnotatedWith(Controller.class).and(not(generatedCode()))
                .should(exposeNoDomainTypeInAPublicMethod())
                .because("domain types never cross the HTTP boundary: controllers map to *Request/*Response records"));

        rule("CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR", classes()
                .that().areAnnotatedWith(Controller.class).and(not(generatedCode()))
                .should().beAnnotatedWith(executeOnTheBlockingExecutor())
                .because("controllers do blocking JDBC work, which must never run on the Netty event loop; "
                        + "on JDK 21+ the blocking executor uses virtual threads"));

        // Naming.
        rule("USE_CASES_ARE_APPLICATION_INTERFACES", classes()
                .that().haveSimpleNameEndingWith("UseCase").and(not(generatedCode()))
                .should().resideInAPackage(application).andShould().beInterfaces()
                .because("incoming ports <Verb><Noun>UseCase are interfaces of the application"));

        rule("USE_CASE_IMPLEMENTATIONS_ARE_NAMED_AFTER_THEIR_USE_CASE", classes()
                .that(implementAUseCase()).and().areNotInterfaces().and(not(generatedCode()))
                .should(beNamedAfterTheInterface(implementAUseCase(), "UseCase", "Service"))
                .because("the implementation of <Verb><Noun>UseCase is <Verb><Noun>Service"));

        rule("COMMANDS_AND_QUERIES_ARE_RECORDS", classes()
                .that(haveSimpleNameEndingWithAnyOf("Command", "Query")).and().resideInAPackage(application)
                .and(not(generatedCode()))
                .should().beRecords()
                .because("commands and queries are <Verb><Noun>Command and <Noun>Query records"));

        rule("MAPPED_ENTITIES_ARE_PERSISTENCE_ROWS", classes()
                .that().areAnnotatedWith(MappedEntity.class).and(not(generatedCode()))
                .should().haveSimpleNameEndingWith("Row").andShould().resideInAPackage(persistence)
                .because("persistence entities are <Aggregate>Row records of the persistence adapter"));

        rule("JDBC_REPOSITORIES_ARE_NAMED_JDBC_REPOSITORY", classes()
                .that().areAnnotatedWith(JdbcRepository.class).and(not(generatedCode()))
                .should().haveSimpleNameEndingWith("JdbcRepository").andShould().resideInAPackage(persistence)
                .because("Micronaut Data repositories are <Aggregate>JdbcRepository of the persistence adapter"));

        rule("REPOSITORY_IMPLEMENTATIONS_ARE_PERSISTENCE_ADAPTERS", classes()
                .that(implementADomainRepository()).and().areNotInterfaces().and(not(generatedCode()))
                .should(beNamedAfterTheInterface(implementADomainRepository(), "Repository", "PersistenceAdapter"))
                .andShould().resideInAPackage(persistence)
                .because("the implementation of the port <Aggregate>Repository is <Aggregate>PersistenceAdapter of the persistence adapter"));

        rule("CONTROLLERS_ARE_WEB_CONTROLLERS", classes()
                .that().areAnnotatedWith(Controller.class).and(not(generatedCode()))
                .should().haveSimpleNameEndingWith("Controller").andShould().resideInAPackage(web)
                .because("controllers are <Aggregate>Controller of the web adapter"));

        rule("WEB_REQUESTS_AND_RESPONSES_ARE_RECORDS", classes()
                .that(haveSimpleNameEndingWithAnyOf("Request", "Response")).and().resideInAPackage(web)
                .and(not(generatedCode()))
                .should().beRecords()
                .because("controllers map to *Request/*Response records"));
    }

    /** The rules of section 1 for the classes under {@code root}, laid out like Keel. */
    public static KeelArchitectureRules forRoot(String root) {
        return new KeelArchitectureRules(root);
    }

    /** Every rule by name, in the order of CONVENTIONS.md section 1. */
    public Map<String, ArchRule> all() {
        return Collections.unmodifiableMap(all);
    }

    public String root() {
        return root;
    }

    /**
     * Keel's production classes of all five modules: the modules are directories or jars on the bootstrap
     * test class path, so archives must be imported; test classes and test-jars must not.
     */
    public static JavaClasses importProductionClasses() {
        return new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(DO_NOT_INCLUDE_TEST_JARS)
                .importPackages(ROOT);
    }

    private void rule(String name, ArchRule rule) {
        all.put(name, rule);
    }

    /**
     * The bounded context of a class: the package segment after the layer ({@code <root>.domain.<context>},
     * {@code <root>.application.<context>}, {@code <root>.adapter.<adapter>.<context>}). Bootstrap and
     * classes directly in a layer package belong to no context.
     */
    Optional<String> contextOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        for (String layer : new String[] {".domain.", ".application.", ".adapter."}) {
            String prefix = root + layer;
            if (packageName.startsWith(prefix)) {
                String[] segments = packageName.substring(prefix.length()).split("\\.");
                int context = layer.equals(".adapter.") ? 1 : 0;
                return segments.length > context ? Optional.of(segments[context]) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private SliceAssignment contexts() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return contextOf(javaClass).map(context -> SliceIdentifier.of("context " + context)).orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "contexts of " + root + " (" + root + ".<layer>.<context>..)";
            }
        };
    }

    private DescribedPredicate<JavaClass> resideInAContextOtherThanShared() {
        return describe("reside in a context other than " + SHARED,
                javaClass -> contextOf(javaClass).filter(context -> !context.equals(SHARED)).isPresent());
    }

    private DescribedPredicate<JavaClass> resideInAnyContextOf(Set<String> contexts) {
        return describe("reside in any of the contexts " + contexts.stream().sorted().toList(),
                javaClass -> contextOf(javaClass).filter(contexts::contains).isPresent());
    }

    /** A {@code *Id} record of the domain, such as {@code domain.identity.user.UserId}. */
    private DescribedPredicate<JavaClass> idType() {
        return describe("an id type (a *Id record of " + domain + ")", javaClass -> javaClass.isRecord()
                && javaClass.getSimpleName().endsWith("Id") && javaClass.getPackageName().startsWith(root + ".domain."));
    }

    /**
     * Identity's {@code Actor} (exactly that record): who makes a request. Commands of every context carry it, so it is
     * part of identity's published application API, like its id types; nothing else of identity's application is.
     */
    private DescribedPredicate<JavaClass> theCaller() {
        String actor = root + ".application.identity.auth.Actor";
        return describe("identity's Actor (" + actor + ")", javaClass -> javaClass.getName().equals(actor));
    }

    /** An interface of the application: a use case or another port. */
    private DescribedPredicate<JavaClass> applicationPort() {
        return describe("an application port (an interface of " + application + ")",
                javaClass -> javaClass.isInterface() && javaClass.getPackageName().startsWith(root + ".application."));
    }

    /**
     * Every dependency on a class of another context (the shared kernel counts as no other context) must
     * reach a class {@code allowed} accepts; {@code how} says which in the rule's text.
     */
    private ArchCondition<JavaClass> useOtherContextsOnlyThrough(DescribedPredicate<JavaClass> allowed, String how) {
        return new ArchCondition<>("use other contexts (the " + SHARED + " kernel aside) " + how) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String own = contextOf(javaClass).orElseThrow();
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> other = contextOf(target).filter(context -> !context.equals(own) && !context.equals(SHARED));
                    if (other.isPresent() && !allowed.test(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, "context '" + own + "' uses <" + target.getName()
                                + "> of context '" + other.get() + "': " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * Classes that annotation processors wrote, not people: Micronaut's bean definitions, introspections
     * and AOP proxies ({@code $Foo$Definition}, {@code $Foo$Introspection}, {@code Foo$Intercepted}, all
     * marked {@code @io.micronaut.core.annotation.Generated}) and MapStruct's {@code FooImpl} of a
     * {@code @Mapper} (its {@code @Generated} is source-retention, hence the name check). Their names,
     * visibility and framework dependencies are the processors' choice, so the rules skip them.
     */
    static DescribedPredicate<JavaClass> generatedCode() {
        return describe("generated by Micronaut or MapStruct", javaClass -> {
            String localName = javaClass.getPackageName().isEmpty()
                    ? javaClass.getName()
                    : javaClass.getName().substring(javaClass.getPackageName().length() + 1);
            return localName.startsWith("$")
                    || localName.contains("$Intercepted")
                    || javaClass.isAnnotatedWith("io.micronaut.core.annotation.Generated")
                    // The factories micronaut-maven-plugin generates into bootstrap to import the use cases.
                    || javaClass.isAnnotatedWith("io.micronaut.context.annotation.Import")
                    || localName.endsWith("Impl") && isMapStructMapperImplementation(javaClass);
        });
    }

    /** By name: MapStruct may leave the class path when the last mapper goes. */
    private static boolean isMapStructMapperImplementation(JavaClass javaClass) {
        return Stream.concat(javaClass.getAllRawInterfaces().stream(), javaClass.getAllRawSuperclasses().stream())
                .anyMatch(supertype -> supertype.isAnnotatedWith("org.mapstruct.Mapper"));
    }

    /** A class implementing an interface of domain or application, and not a row or JDBC repository itself. */
    private DescribedPredicate<JavaClass> portImplementation() {
        return describe("a port implementation (a class implementing an interface of " + domain + " or " + application + ")",
                javaClass -> !javaClass.isInterface()
                        && !javaClass.isAnnotatedWith(MappedEntity.class) && !javaClass.isAnnotatedWith(JdbcRepository.class)
                        && javaClass.getAllRawInterfaces().stream().anyMatch(port -> isInCore(port.getName())));
    }

    private boolean isInCore(String className) {
        return className.startsWith(root + ".domain.") || className.startsWith(root + ".application.");
    }

    /**
     * {@code @ExecuteOn(TaskExecutors.BLOCKING)}: the value is checked, not only the presence, so that
     * {@code @ExecuteOn(TaskExecutors.IO)} or any other named executor does not pass.
     */
    private static DescribedPredicate<JavaAnnotation<?>> executeOnTheBlockingExecutor() {
        return describe("@" + ExecuteOn.class.getSimpleName() + "(TaskExecutors.BLOCKING = \"" + TaskExecutors.BLOCKING + "\")",
                annotation -> annotation.getRawType().isEquivalentTo(ExecuteOn.class)
                        && annotation.get("value").map(TaskExecutors.BLOCKING::equals).orElse(false));
    }

    private static ImplementingPredicate implementAUseCase() {
        return new ImplementingPredicate("an interface named *UseCase", port -> port.getSimpleName().endsWith("UseCase"));
    }

    private ImplementingPredicate implementADomainRepository() {
        return new ImplementingPredicate("a *Repository interface of " + domain,
                port -> port.getSimpleName().endsWith("Repository") && port.getPackageName().startsWith(root + ".domain."));
    }

    /** Classes implementing an interface that {@code port} accepts. */
    private static final class ImplementingPredicate extends DescribedPredicate<JavaClass> {
        private final Predicate<JavaClass> port;

        ImplementingPredicate(String portDescription, Predicate<JavaClass> port) {
            super("implement " + portDescription);
            this.port = port;
        }

        Stream<JavaClass> ports(JavaClass javaClass) {
            return javaClass.getAllRawInterfaces().stream().filter(port);
        }

        @Override
        public boolean test(JavaClass javaClass) {
            return ports(javaClass).findAny().isPresent();
        }
    }

    /** {@code <Name><suffix>} after one of the class's ports {@code <Name><portSuffix>}. */
    private static ArchCondition<JavaClass> beNamedAfterTheInterface(ImplementingPredicate ports, String portSuffix, String suffix) {
        return new ArchCondition<>("be named <Name>" + suffix + " after the <Name>" + portSuffix + " it implements") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                var expected = ports.ports(javaClass)
                        .map(JavaClass::getSimpleName)
                        .map(name -> name.substring(0, name.length() - portSuffix.length()) + suffix)
                        .sorted()
                        .toList();
                if (!expected.contains(javaClass.getSimpleName())) {
                    events.add(SimpleConditionEvent.violated(javaClass, "Class <" + javaClass.getName() + "> is not named "
                            + String.join(" or ", expected) + " in " + javaClass.getSourceCodeLocation()));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> haveSimpleNameEndingWithAnyOf(String... suffixes) {
        return describe("have simple name ending with any of " + String.join(", ", suffixes),
                javaClass -> Stream.of(suffixes).anyMatch(javaClass.getSimpleName()::endsWith));
    }

    /**
     * No public method takes or returns a domain type: raw parameter and return types, and every type
     * their generic signatures mention that ArchUnit can see ({@code HttpResponse<User>},
     * {@code List<User>}, bounds of wildcards).
     */
    private ArchCondition<JavaClass> exposeNoDomainTypeInAPublicMethod() {
        String domainPrefix = root + ".domain.";
        return new ArchCondition<>("expose no type of " + domain + " in a public method") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (JavaMethod method : controller.getMethods()) {
                    if (!method.getModifiers().contains(JavaModifier.PUBLIC)
                            || method.getModifiers().contains(JavaModifier.SYNTHETIC)
                            || method.getModifiers().contains(JavaModifier.BRIDGE)) {
                        continue;
                    }
                    reportDomainTypes(method, method.getReturnType(), "returns", events);
                    for (JavaParameter parameter : method.getParameters()) {
                        reportDomainTypes(method, parameter.getType(), "takes (parameter " + parameter.getIndex() + ")", events);
                    }
                }
            }

            private void reportDomainTypes(JavaMethod method, JavaType type, String how, ConditionEvents events) {
                for (JavaClass involved : type.getAllInvolvedRawTypes()) {
                    if (involved.getName().startsWith(domainPrefix)) {
                        events.add(SimpleConditionEvent.violated(method, "Method <" + method.getFullName() + "> " + how
                                + " domain type <" + involved.getName() + "> in " + method.getSourceCodeLocation()));
                    }
                }
            }
        };
    }
}

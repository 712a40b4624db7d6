package dev.keel.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.mapstruct.Mapper;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of CONVENTIONS.md section 1 as ArchUnit rules.
 *
 * <p>The constants apply to Keel itself ({@value #ROOT}). {@link #forRoot(String)} builds the same rules
 * for another root package laid out like Keel ({@code <root>.domain}, {@code <root>.application},
 * {@code <root>.adapter.persistence}, {@code <root>.adapter.web}, {@code <root>.bootstrap}), which is how
 * {@code KeelArchitectureRulesFailOnViolationsTest} proves that every rule fails on a violating sample.
 *
 * <p>Every rule allows an empty "should": the subjects of some rules (web mappers, say) may legitimately
 * not exist yet. {@code KeelArchitectureTest} asserts instead that the imported classes cover all five
 * modules and every kind of class the rules are about, so that no rule passes for want of subjects.
 */
public final class KeelArchitectureRules {

    public static final String ROOT = "dev.keel";

    /** Domain packages every aggregate package may use, besides its own. */
    static final Set<String> SHARED_DOMAIN_PACKAGES = Set.of("shared", "paging");

    /** Frameworks and infrastructure APIs that domain and application never see (CONVENTIONS.md section 1). */
    private static final String[] FRAMEWORK_PACKAGES = {
            "io.micronaut..", "java.sql..", "javax.sql..", "org.mapstruct..", "com.zaxxer..", "org.flywaydb..",
            "com.fasterxml.jackson.."};

    /** Test-jars of other modules (e.g. the persistence test database helper) are not production code. */
    private static final ImportOption DO_NOT_INCLUDE_TEST_JARS = location -> !location.matches(Pattern.compile(".*-tests\\.jar.*"));

    // Initialized after the constants above, which forRoot reads.
    private static final KeelArchitectureRules KEEL = forRoot(ROOT);

    // Dependencies between modules and on frameworks.
    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK = KEEL.domainDependsOnlyOnTheJdk;
    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_INJECTION_API = KEEL.applicationDependsOnlyOnDomainAndInjectionApi;
    public static final ArchRule CORE_IS_FREE_OF_FRAMEWORKS_AND_ADAPTERS = KEEL.coreIsFreeOfFrameworksAndAdapters;
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = KEEL.adaptersDoNotDependOnEachOther;
    public static final ArchRule ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP = KEEL.onlyBootstrapDependsOnBootstrap;
    public static final ArchRule CORE_DOES_NOT_DEPEND_ON_ADAPTERS = KEEL.coreDoesNotDependOnAdapters;
    // Persistence encapsulation.
    public static final ArchRule MAPPED_ENTITIES_ARE_NOT_PUBLIC = KEEL.mappedEntitiesAreNotPublic;
    public static final ArchRule JDBC_REPOSITORIES_ARE_NOT_PUBLIC = KEEL.jdbcRepositoriesAreNotPublic;
    public static final ArchRule PERSISTENCE_MAPPERS_ARE_NOT_PUBLIC = KEEL.persistenceMappersAreNotPublic;
    public static final ArchRule PUBLIC_PERSISTENCE_TYPES_ARE_PORT_IMPLEMENTATIONS = KEEL.publicPersistenceTypesArePortImplementations;
    // The HTTP boundary.
    public static final ArchRule CONTROLLERS_DO_NOT_EXPOSE_DOMAIN_TYPES = KEEL.controllersDoNotExposeDomainTypes;
    public static final ArchRule CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR = KEEL.controllersRunOnTheBlockingExecutor;
    // Naming.
    public static final ArchRule USE_CASE_IMPLEMENTATIONS_ARE_SERVICES = KEEL.useCaseImplementationsAreServices;
    public static final ArchRule USE_CASES_ARE_APPLICATION_INTERFACES = KEEL.useCasesAreApplicationInterfaces;
    public static final ArchRule COMMANDS_AND_QUERIES_ARE_RECORDS = KEEL.commandsAndQueriesAreRecords;
    public static final ArchRule MAPPED_ENTITIES_ARE_PERSISTENCE_ROWS = KEEL.mappedEntitiesArePersistenceRows;
    public static final ArchRule JDBC_REPOSITORIES_ARE_NAMED_JDBC_REPOSITORY = KEEL.jdbcRepositoriesAreNamedJdbcRepository;
    public static final ArchRule PERSISTENCE_MAPPERS_ARE_ROW_MAPPERS = KEEL.persistenceMappersAreRowMappers;
    public static final ArchRule WEB_MAPPERS_ARE_WEB_MAPPERS = KEEL.webMappersAreWebMappers;
    public static final ArchRule CONTROLLERS_ARE_WEB_CONTROLLERS = KEEL.controllersAreWebControllers;
    public static final ArchRule WEB_REQUESTS_AND_RESPONSES_ARE_RECORDS = KEEL.webRequestsAndResponsesAreRecords;
    // Packages.
    public static final ArchRule ONE_PACKAGE_PER_AGGREGATE = KEEL.onePackagePerAggregate;

    private final String root;
    private final String domain;
    private final String application;
    private final String adapters;
    private final String persistence;
    private final String web;
    private final String bootstrap;

    public final ArchRule domainDependsOnlyOnTheJdk;
    public final ArchRule applicationDependsOnlyOnDomainAndInjectionApi;
    public final ArchRule coreIsFreeOfFrameworksAndAdapters;
    public final ArchRule adaptersDoNotDependOnEachOther;
    public final ArchRule onlyBootstrapDependsOnBootstrap;
    public final ArchRule coreDoesNotDependOnAdapters;
    public final ArchRule mappedEntitiesAreNotPublic;
    public final ArchRule jdbcRepositoriesAreNotPublic;
    public final ArchRule persistenceMappersAreNotPublic;
    public final ArchRule publicPersistenceTypesArePortImplementations;
    public final ArchRule controllersDoNotExposeDomainTypes;
    public final ArchRule controllersRunOnTheBlockingExecutor;
    public final ArchRule useCaseImplementationsAreServices;
    public final ArchRule useCasesAreApplicationInterfaces;
    public final ArchRule commandsAndQueriesAreRecords;
    public final ArchRule mappedEntitiesArePersistenceRows;
    public final ArchRule jdbcRepositoriesAreNamedJdbcRepository;
    public final ArchRule persistenceMappersAreRowMappers;
    public final ArchRule webMappersAreWebMappers;
    public final ArchRule controllersAreWebControllers;
    public final ArchRule webRequestsAndResponsesAreRecords;
    public final ArchRule onePackagePerAggregate;

    private final Map<String, ArchRule> all = new LinkedHashMap<>();

    private KeelArchitectureRules(String root) {
        this.root = root;
        this.domain = root + ".domain..";
        this.application = root + ".application..";
        this.adapters = root + ".adapter..";
        this.persistence = root + ".adapter.persistence..";
        this.web = root + ".adapter.web..";
        this.bootstrap = root + ".bootstrap..";

        domainDependsOnlyOnTheJdk = rule("DOMAIN_DEPENDS_ONLY_ON_THE_JDK", classes()
                .that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain)
                .because("the domain holds the business model and may depend on the JDK only (CONVENTIONS.md section 1)"));

        applicationDependsOnlyOnDomainAndInjectionApi = rule("APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_INJECTION_API", classes()
                .that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", domain, application, "jakarta.inject..", "jakarta.annotation..")
                .because("the application may depend on domain and at most on the jakarta.inject/jakarta.annotation APIs"));

        coreIsFreeOfFrameworksAndAdapters = rule("CORE_IS_FREE_OF_FRAMEWORKS_AND_ADAPTERS", noClasses()
                .that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAnyPackage(
                        Stream.concat(Stream.of(FRAMEWORK_PACKAGES), Stream.of(adapters, bootstrap)).toArray(String[]::new))
                .because("domain and application import nothing from Micronaut, JDBC, MapStruct, HikariCP, Flyway, "
                        + "Jackson or any adapter (CONVENTIONS.md section 1)"));

        adaptersDoNotDependOnEachOther = rule("ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER", slices()
                .matching(root + ".adapter.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("the web adapter never sees a persistence entity and the persistence adapter never sees a DTO"));

        onlyBootstrapDependsOnBootstrap = rule("ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP", noClasses()
                .that().resideOutsideOfPackage(bootstrap)
                .should().dependOnClassesThat().resideInAPackage(bootstrap)
                .because("bootstrap wires everything together and nothing depends on it"));

        coreDoesNotDependOnAdapters = rule("CORE_DOES_NOT_DEPEND_ON_ADAPTERS", noClasses()
                .that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAnyPackage(adapters, bootstrap)
                .because("dependencies point inward only: adapters depend on application and domain, never the reverse"));

        mappedEntitiesAreNotPublic = rule("MAPPED_ENTITIES_ARE_NOT_PUBLIC", classes()
                .that().areAnnotatedWith(MappedEntity.class).and(not(generatedCode()))
                .should().notBePublic()
                .because("persistence entities are package-private to their persistence package"));

        jdbcRepositoriesAreNotPublic = rule("JDBC_REPOSITORIES_ARE_NOT_PUBLIC", classes()
                .that().areAnnotatedWith(JdbcRepository.class).and(not(generatedCode()))
                .should().notBePublic()
                .because("Micronaut Data repositories are package-private to their persistence package"));

        persistenceMappersAreNotPublic = rule("PERSISTENCE_MAPPERS_ARE_NOT_PUBLIC", classes()
                .that().areAnnotatedWith(Mapper.class).and().resideInAPackage(persistence).and(not(generatedCode()))
                .should().notBePublic()
                .because("entity mappers are package-private to their persistence package"));

        publicPersistenceTypesArePortImplementations = rule("PUBLIC_PERSISTENCE_TYPES_ARE_PORT_IMPLEMENTATIONS", classes()
                .that().resideInAPackage(persistence).and().areTopLevelClasses().and().arePublic()
                .and(not(generatedCode()))
                .should(be(portImplementation()))
                .because("the only public type of a persistence package is the port implementation"));

        controllersDoNotExposeDomainTypes = rule("CONTROLLERS_DO_NOT_EXPOSE_DOMAIN_TYPES", classes()
                .that().areAnnotatedWith(Controller.class).and(not(generatedCode()))
                .should(exposeNoDomainTypeInAPublicMethod())
                .because("domain types never cross the HTTP boundary: controllers map to *Request/*Response records"));

        controllersRunOnTheBlockingExecutor = rule("CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR", classes()
                .that().areAnnotatedWith(Controller.class).and().resideInAPackage(web).and(not(generatedCode()))
                .should().beAnnotatedWith(executeOnTheBlockingExecutor())
                .because("controllers do blocking JDBC work, which must never run on the Netty event loop; "
                        + "on JDK 21+ the blocking executor uses virtual threads"));

        useCaseImplementationsAreServices = rule("USE_CASE_IMPLEMENTATIONS_ARE_SERVICES", classes()
                .that(implementAUseCase()).and().areNotInterfaces().and(not(generatedCode()))
                .should().haveSimpleNameEndingWith("Service")
                .because("the implementation of <Verb><Noun>UseCase is <Verb><Noun>Service"));

        useCasesAreApplicationInterfaces = rule("USE_CASES_ARE_APPLICATION_INTERFACES", classes()
                .that().haveSimpleNameEndingWith("UseCase").and(not(generatedCode()))
                .should().resideInAPackage(application).andShould().beInterfaces()
                .because("incoming ports <Verb><Noun>UseCase are interfaces of the application"));

        commandsAndQueriesAreRecords = rule("COMMANDS_AND_QUERIES_ARE_RECORDS", classes()
                .that(haveSimpleNameEndingWithAnyOf("Command", "Query")).and().resideInAPackage(application)
                .and(not(generatedCode()))
                .should().beRecords()
                .because("commands and queries are records"));

        mappedEntitiesArePersistenceRows = rule("MAPPED_ENTITIES_ARE_PERSISTENCE_ROWS", classes()
                .that().areAnnotatedWith(MappedEntity.class).and(not(generatedCode()))
                .should().haveSimpleNameEndingWith("Row").andShould().resideInAPackage(persistence)
                .because("persistence entities are <Aggregate>Row records of the persistence adapter"));

        jdbcRepositoriesAreNamedJdbcRepository = rule("JDBC_REPOSITORIES_ARE_NAMED_JDBC_REPOSITORY", classes()
                .that().areAnnotatedWith(JdbcRepository.class).and(not(generatedCode()))
                .should().haveSimpleNameEndingWith("JdbcRepository").andShould().resideInAPackage(persistence)
                .because("Micronaut Data repositories are <Aggregate>JdbcRepository of the persistence adapter"));

        persistenceMappersAreRowMappers = rule("PERSISTENCE_MAPPERS_ARE_ROW_MAPPERS", classes()
                .that().areAnnotatedWith(Mapper.class).and().resideInAPackage(persistence).and(not(generatedCode()))
                .should().haveSimpleNameEndingWith("RowMapper")
                .because("MapStruct entity mappers are <Aggregate>RowMapper"));

        webMappersAreWebMappers = rule("WEB_MAPPERS_ARE_WEB_MAPPERS", classes()
                .that().areAnnotatedWith(Mapper.class).and().resideInAPackage(web).and(not(generatedCode()))
                .should().haveSimpleNameEndingWith("WebMapper")
                .because("MapStruct web mappers are <Aggregate>WebMapper"));

        controllersAreWebControllers = rule("CONTROLLERS_ARE_WEB_CONTROLLERS", classes()
                .that().areAnnotatedWith(Controller.class).and(not(generatedCode()))
                .should().haveSimpleNameEndingWith("Controller").andShould().resideInAPackage(web)
                .because("controllers are <Aggregate>Controller of the web adapter"));

        webRequestsAndResponsesAreRecords = rule("WEB_REQUESTS_AND_RESPONSES_ARE_RECORDS", classes()
                .that(haveSimpleNameEndingWithAnyOf("Request", "Response")).and().resideInAPackage(web)
                .and(not(generatedCode()))
                .should().beRecords()
                .because("controllers map to *Request/*Response records"));

        onePackagePerAggregate = rule("ONE_PACKAGE_PER_AGGREGATE", classes()
                .should(dependOnNoOtherAggregatesDomainPackage())
                .because("there is one package per aggregate in every layer, and it sees only its own aggregate "
                        + "and the shared domain packages " + SHARED_DOMAIN_PACKAGES));
    }

    /** The rules of section 1 for the classes under {@code root}, laid out like Keel. */
    public static KeelArchitectureRules forRoot(String root) {
        return new KeelArchitectureRules(root);
    }

    /** Every rule, by the name of its constant, in the order of CONVENTIONS.md section 1. */
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

    private ArchRule rule(String name, ArchRule rule) {
        ArchRule tolerant = rule.allowEmptyShould(true);
        all.put(name, tolerant);
        return tolerant;
    }

    /**
     * Classes that annotation processors wrote, not people: Micronaut's bean definitions, introspections
     * and AOP proxies ({@code $Foo$Definition}, {@code $Foo$Introspection}, {@code Foo$Intercepted}, all
     * marked {@code @io.micronaut.core.annotation.Generated}) and MapStruct's {@code FooImpl} of a
     * {@code @Mapper} (its {@code @Generated} is source-retention, hence the name check). Their names and
     * visibility are the processors' choice, so the naming and visibility rules skip them.
     */
    static DescribedPredicate<JavaClass> generatedCode() {
        return DescribedPredicate.describe("generated by Micronaut or MapStruct", javaClass -> {
            String localName = javaClass.getPackageName().isEmpty()
                    ? javaClass.getName()
                    : javaClass.getName().substring(javaClass.getPackageName().length() + 1);
            return localName.startsWith("$")
                    || localName.contains("$Intercepted")
                    || javaClass.isAnnotatedWith("io.micronaut.core.annotation.Generated")
                    || localName.endsWith("Impl") && isMapStructMapperImplementation(javaClass);
        });
    }

    private static boolean isMapStructMapperImplementation(JavaClass javaClass) {
        return Stream.concat(javaClass.getAllRawInterfaces().stream(), javaClass.getAllRawSuperclasses().stream())
                .anyMatch(supertype -> supertype.isAnnotatedWith(Mapper.class));
    }

    private DescribedPredicate<JavaClass> portImplementation() {
        String domainPrefix = root + ".domain.";
        String applicationPrefix = root + ".application.";
        return DescribedPredicate.describe("a port implementation (implementing an interface of " + domain + " or " + application + ")",
                javaClass -> !javaClass.isInterface() && javaClass.getAllRawInterfaces().stream()
                        .map(JavaClass::getName)
                        .anyMatch(name -> name.startsWith(domainPrefix) || name.startsWith(applicationPrefix)));
    }

    /**
     * {@code @ExecuteOn(TaskExecutors.BLOCKING)}: the value is checked, not only the presence, so that
     * {@code @ExecuteOn(TaskExecutors.IO)} or any other named executor does not pass.
     */
    private static DescribedPredicate<JavaAnnotation<?>> executeOnTheBlockingExecutor() {
        return DescribedPredicate.describe(
                "@" + ExecuteOn.class.getSimpleName() + "(TaskExecutors.BLOCKING = \"" + TaskExecutors.BLOCKING + "\")",
                annotation -> annotation.getRawType().isEquivalentTo(ExecuteOn.class)
                        && annotation.get("value").map(TaskExecutors.BLOCKING::equals).orElse(false));
    }

    private static DescribedPredicate<JavaClass> implementAUseCase() {
        return DescribedPredicate.describe("implement an interface named *UseCase",
                javaClass -> javaClass.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith("UseCase")));
    }

    private static DescribedPredicate<JavaClass> haveSimpleNameEndingWithAnyOf(String... suffixes) {
        return DescribedPredicate.describe("have simple name ending with any of " + String.join(", ", suffixes),
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
                    for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                        if (type.getName().startsWith(domainPrefix)) {
                            events.add(SimpleConditionEvent.violated(method, "Method <" + method.getFullName()
                                    + "> returns domain type <" + type.getName() + "> in " + method.getSourceCodeLocation()));
                        }
                    }
                    for (JavaParameter parameter : method.getParameters()) {
                        for (JavaClass type : parameter.getType().getAllInvolvedRawTypes()) {
                            if (type.getName().startsWith(domainPrefix)) {
                                events.add(SimpleConditionEvent.violated(method, "Method <" + method.getFullName()
                                        + "> takes domain type <" + type.getName() + "> (parameter " + parameter.getIndex() + ") in "
                                        + method.getSourceCodeLocation()));
                            }
                        }
                    }
                }
            }
        };
    }

    /**
     * The aggregates are the packages directly under {@code <root>.domain} except the shared ones. A class
     * in {@code <root>.application.<a>}, {@code <root>.adapter.persistence.<a>} or
     * {@code <root>.adapter.web.<a>} for an aggregate {@code a} may use {@code <root>.domain.<a>} and the
     * shared domain packages, never the domain package of another aggregate. Packages of other names
     * (application.shared, application.idempotency, ...) are not aggregate packages and not restricted here.
     */
    private ArchCondition<JavaClass> dependOnNoOtherAggregatesDomainPackage() {
        String domainPrefix = root + ".domain.";
        Set<String> layerPrefixes = Set.of(root + ".application.", root + ".adapter.persistence.", root + ".adapter.web.");
        return new ArchCondition<>("depend on no domain package of another aggregate") {
            private Set<String> aggregates = Set.of();

            @Override
            public void init(Collection<JavaClass> allClasses) {
                aggregates = allClasses.stream()
                        .map(JavaClass::getPackageName)
                        .filter(packageName -> packageName.startsWith(domainPrefix))
                        .map(packageName -> firstSegment(packageName.substring(domainPrefix.length())))
                        .filter(segment -> !SHARED_DOMAIN_PACKAGES.contains(segment))
                        .collect(Collectors.toUnmodifiableSet());
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String ownAggregate = layerPrefixes.stream()
                        .filter(prefix -> javaClass.getPackageName().startsWith(prefix))
                        .map(prefix -> firstSegment(javaClass.getPackageName().substring(prefix.length())))
                        .filter(aggregates::contains)
                        .findFirst()
                        .orElse(null);
                if (ownAggregate == null) {
                    return;
                }
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!target.startsWith(domainPrefix)) {
                        continue;
                    }
                    String targetAggregate = firstSegment(target.substring(domainPrefix.length()));
                    if (!targetAggregate.equals(ownAggregate) && !SHARED_DOMAIN_PACKAGES.contains(targetAggregate)) {
                        events.add(SimpleConditionEvent.violated(dependency, "aggregate package '" + ownAggregate
                                + "' reaches into domain package '" + targetAggregate + "': " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String firstSegment(String packageSuffix) {
        int dot = packageSuffix.indexOf('.');
        return dot < 0 ? packageSuffix : packageSuffix.substring(0, dot);
    }
}

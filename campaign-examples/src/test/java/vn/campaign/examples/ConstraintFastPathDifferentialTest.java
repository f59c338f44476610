package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.importer.PlanImporter;
import vn.campaign.internal.validation.ConstraintRunner;
import vn.campaign.internal.validation.Findings;
import vn.campaign.internal.validation.ValidatorSetup;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.validation.ValidationCode;

/**
 * The differential test of {@code PlanValidator}'s fast path: the constraints run as planned once
 * from Hibernate Validator's metadata give exactly the findings (code, severity, pointer,
 * arguments) of Hibernate Validator's own traversal, on every bundled plan, the seed document and
 * the real documents imported, a generated cascade, and thousands of random damaged copies of
 * them all (blank and Unicode-space texts, bad ids, emptied and shortened lists, emptied and
 * filled optionals, other enum values, negative amounts, sections nested in sections). Each plan is
 * run on the fast path alone ({@link ConstraintRunner#runPlanned}, which must not give up), so the
 * traversal it falls back on cannot hide a difference.
 */
class ConstraintFastPathDifferentialTest {

    private static final ValidatorFactory FACTORY = ValidatorSetup.buildPlanFactory();
    private static final ConstraintRunner FAST = ConstraintRunner.of(FACTORY, Plan.class);
    private static final ConstraintRunner HIBERNATE = ConstraintRunner.hibernate(FACTORY.getValidator());
    private static final Path REAL = Path.of("src", "test", "resources", "real");

    /** Texts a damaged plan may hold: blanks of every kind of space, bad ids, good ids, Vietnamese. */
    private static final List<String> TEXTS = List.of("", " ", "\u00a0", "\u2003\u3000", "\t\n", "\u200b",
            "\u205f", "a b", "1-a", "Ⅻ", "-", "t-1", "s-2", "Tuyên truyền", "Tuye\u0302n", "x".repeat(300));

    /** Damaged copies made of each plan in {@link #damagedPlans_findTheSame}. */
    private static final int COPIES = 40;

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void fastPath_isPlannedForTheModel() {
        assertThat(FAST.planned()).isTrue();
        assertThat(HIBERNATE.planned()).isFalse();
    }

    @Test
    void bundledImportedAndGeneratedPlans_findTheSame() throws IOException {
        List<Plan> plans = corpus();

        assertThat(plans).hasSizeGreaterThan(6 + 1 + 10 + 40);
        for (Plan plan : plans) {
            assertSameFindings(plan);
        }
    }

    @Test
    void damagedPlans_findTheSame() throws IOException {
        Random random = new Random(20261129L);
        Set<String> codes = new TreeSet<>();
        int compared = 0;
        for (Plan plan : corpus()) {
            for (int copy = 0; copy < COPIES; copy++) {
                Plan damaged = (Plan) damage(plan, random, 0.02 + 0.2 * random.nextDouble(), 0);
                codes.addAll(assertSameFindings(damaged).stream().map(Finding::code).collect(Collectors.toList()));
                compared++;
            }
        }

        assertThat(compared).isGreaterThan(2_000);
        assertThat(codes).as("the damage reaches every constraint of the model").containsAll(Stream.of(
                ValidationCode.BLANK_TEXT, ValidationCode.INVALID_ID, ValidationCode.EMPTY_LIST,
                ValidationCode.NEGATIVE_AMOUNT, ValidationCode.TASK_WITHOUT_TEXT,
                ValidationCode.SIGNATURE_WITHOUT_PRINCIPAL).map(ValidationCode::code).collect(Collectors.toList()));
    }

    /** Compares the two ways on one plan and returns the findings. */
    private static List<Finding> assertSameFindings(Plan plan) {
        Findings fast = new Findings();
        Findings reference = new Findings();

        assertThat(FAST.runPlanned(plan, fast)).as("fast path ran on %s", plan.title()).isTrue();
        HIBERNATE.run(plan, reference);
        assertThat(sorted(fast.list())).as("findings of %s", plan.title()).isEqualTo(sorted(reference.list()));
        return fast.list();
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::toString)).collect(Collectors.toList());
    }

    /** The bundled plans, the seed document and the real documents imported, and a generated cascade. */
    private static List<Plan> corpus() throws IOException {
        List<Plan> plans = new ArrayList<>();
        PlanJson json = PlanJson.create();
        for (Path file : BundledPlansBeanValidationTest.bundledPlans()) {
            plans.add(json.read(file));
        }
        PlanImporter importer = PlanImporter.create();
        plans.add(importer.importMarkdown(ImportedSeedTest.seed()).plan().orElseThrow());
        try (Stream<Path> files = Files.list(REAL)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).sorted()
                    .collect(Collectors.toList())) {
                importer.importMarkdown(Files.readString(file, StandardCharsets.UTF_8)).plan().ifPresent(plans::add);
            }
        }
        CascadeGenerator.builder().communes(4).areasPerCommune(9).seed(15).build().plans()
                .forEach(named -> plans.add(named.plan()));
        return plans;
    }

    // ---------------------------------------------------------------- damage

    /**
     * A copy of a value with each part changed at the given rate: records rebuilt through their
     * canonical constructor (a copy the constructor refuses is left undamaged), texts replaced by
     * {@link #TEXTS}, lists emptied, cut or their elements damaged, an empty list of the record's own
     * type given a damaged copy of the record (sections nested in sections), optionals emptied or
     * filled, enums swapped, amounts negated.
     */
    private static Object damage(Object value, Random random, double rate, int depth) {
        if (value instanceof String) {
            return random.nextDouble() < rate ? TEXTS.get(random.nextInt(TEXTS.size())) : value;
        }
        if (value instanceof Money) {
            return random.nextDouble() < rate ? Money.vnd(-1 - random.nextInt(1_000_000)) : value;
        }
        if (value instanceof Enum<?>) {
            Object[] constants = value.getClass().getEnumConstants();
            return random.nextDouble() < rate && constants != null ? constants[random.nextInt(constants.length)] : value;
        }
        if (value == null || !value.getClass().isRecord() || depth > 6) {
            return value;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object part = components[i].getAccessor().invoke(value);
                arguments[i] = damagePart(value, components[i].getGenericType(), part, random, rate, depth);
            }
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(
                    Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            return value;
        }
    }

    private static Object damagePart(Object owner, Type type, Object part, Random random, double rate, int depth) {
        if (part instanceof List<?>) {
            List<?> list = (List<?>) part;
            double roll = random.nextDouble();
            if (roll < rate / 2) {
                return List.of();
            }
            if (list.isEmpty() && roll < rate && elementType(type) == owner.getClass()) {
                return List.of(damage(owner, random, rate, depth + 1));
            }
            List<Object> copy = new ArrayList<>();
            for (Object element : list) {
                copy.add(damage(element, random, rate, depth + 1));
            }
            return roll < rate ? copy.subList(0, copy.size() / 2) : copy;
        }
        if (part instanceof Optional<?>) {
            Optional<?> optional = (Optional<?>) part;
            if (optional.isPresent()) {
                return random.nextDouble() < rate / 2 ? Optional.empty()
                        : Optional.of(damage(optional.get(), random, rate, depth + 1));
            }
            Type element = elementType(type);
            if (random.nextDouble() < rate && element == String.class) {
                return Optional.of(TEXTS.get(random.nextInt(TEXTS.size())));
            }
            if (random.nextDouble() < rate && element instanceof Class<?> && ((Class<?>) element).isEnum()) {
                Object[] constants = ((Class<?>) element).getEnumConstants();
                return Optional.of(constants[random.nextInt(constants.length)]);
            }
            return part;
        }
        return damage(part, random, rate, depth + 1);
    }

    private static Type elementType(Type type) {
        return type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()[0] : null;
    }
}

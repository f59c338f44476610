package vn.campaign.cascade;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.campaign.io.PlanJson;
import vn.campaign.io.PlanReadException;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.PlanSet;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Money;

/**
 * Reads a folder of plans into a {@link PlanSet} for the compliance check.
 *
 * <p>Every regular file of the folder (not of its subfolders) whose name ends in {@code .json} is
 * one plan, read in name order; each plan is named by its path as the folder was given plus the file
 * name. An optional file {@value #SUPPORT_LEVELS} gives the province's own yearly support levels in
 * đồng, by funding item:
 *
 * <pre>
 * COMMUNE_FRONT_SUPPORT=30000000
 * RESIDENTIAL_TEAM_SUPPORT=7000000
 * </pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PlanSets {

    /** The name of the optional file of the province's support levels. */
    public static final String SUPPORT_LEVELS = "support-levels.properties";

    private PlanSets() {
    }

    /**
     * Reads the plans of a folder.
     *
     * @param folder the folder, not null
     * @param json the reader to use, not null
     * @return the plan set, never null; empty for a folder with no plan
     * @throws IOException if the folder cannot be listed or a file cannot be read; a
     *     {@link PlanReadException} names the file in its message
     * @throws IllegalArgumentException if {@value #SUPPORT_LEVELS} names an unknown item or a bad amount
     */
    public static PlanSet read(Path folder, PlanJson json) throws IOException {
        return read(folder, json, (file, e) -> {
            throw e;
        });
    }

    /** What to do with a file of a folder that cannot be read. */
    @FunctionalInterface
    public interface Unreadable {
        /**
         * Handles a file that cannot be read: report it and go on, or throw to stop.
         *
         * @param file the file
         * @param failure why it cannot be read
         * @throws IOException to stop reading the folder
         */
        void accept(Path file, IOException failure) throws IOException;
    }

    /**
     * Reads the plans of a folder, giving each file that cannot be read to a handler and going on with
     * the others.
     *
     * @param folder the folder, not null
     * @param json the reader to use, not null
     * @param unreadable what to do with a file that cannot be read, not null
     * @return the plan set of the files read, never null
     * @throws IOException if the folder cannot be listed, or the handler throws
     * @throws IllegalArgumentException if {@value #SUPPORT_LEVELS} names an unknown item or a bad amount
     */
    public static PlanSet read(Path folder, PlanJson json, Unreadable unreadable) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            // Special files named *.json (a FIFO) are kept, so that the reader refuses them by name.
            files = list.filter(f -> !Files.isDirectory(f)).filter(f -> f.getFileName().toString().endsWith(".json"))
                    .collect(Collectors.toCollection(() -> new TreeSet<>())).stream()
                    .collect(Collectors.toList());
        }
        List<NamedPlan> plans = new ArrayList<>();
        for (Path file : files) {
            try {
                plans.add(new NamedPlan(file.toString(), json.read(file)));
            } catch (IOException e) {
                unreadable.accept(file, e);
            }
        }
        return withSupportLevels(PlanSet.of(plans), folder);
    }

    /**
     * Reads only the support levels of a folder ({@value #SUPPORT_LEVELS}), for a check that reads its
     * plans one at a time ({@code vn.campaign.cascade.Cascade#withSupportLevelsOf}).
     *
     * @param folder the folder, not null
     * @return an empty plan set with the folder's support levels, if it has any
     * @throws IOException if the file exists but cannot be read
     * @throws IllegalArgumentException if it names an unknown item or a bad amount
     */
    public static PlanSet supportLevels(Path folder) throws IOException {
        return withSupportLevels(PlanSet.of(), folder);
    }

    private static PlanSet withSupportLevels(PlanSet plans, Path folder) throws IOException {
        PlanSet set = plans;
        Path levels = folder.resolve(SUPPORT_LEVELS);
        if (Files.isRegularFile(levels)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(levels, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                set = set.withSupportLevel(FundingItem.valueOf(key), Money.vnd(
                        Long.parseLong(properties.getProperty(key).trim())));
            }
        }
        return set;
    }
}

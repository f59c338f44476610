package vn.campaign.examples;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.campaign.model.Actor;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Extensions;
import vn.campaign.model.Plan;

/**
 * Compares two plans field by field, ids aside, and lists the differences in words.
 *
 * <p>Ids are ignored: an id field is skipped, and a field that points to another element by id is
 * compared by what it points to (an actor by its name, a reference by its number or type and
 * issuer). Actors are compared as a set, matched by name; everything else in document order. Each
 * difference reads {@code path: expected ≠ actual}.
 */
final class PlanDiff {

    private static final Set<String> ACTOR_POINTERS = Set.of("issuerId", "actorId", "actorIds", "parentId");
    private static final Set<String> REFERENCE_POINTERS = Set.of("basisId", "guidanceIds");

    private PlanDiff() {
    }

    /**
     * Returns the differences between an expected and an actual plan.
     *
     * @param expected the expected plan, not null
     * @param actual the actual plan, not null
     * @return one line per difference, empty when the plans agree in every field
     */
    static List<String> differences(Plan expected, Plan actual) {
        Object left = tree(expected, expected, "");
        Object right = tree(actual, actual, "");
        List<String> out = new ArrayList<>();
        diff("", left, right, out);
        return out;
    }

    private static Object tree(Object value, Plan plan, String field) {
        if (value instanceof Optional) {
            Optional<?> optional = (Optional<?>) value;
            return optional.isPresent() ? tree(optional.get(), plan, field) : null;
        }
        if (value instanceof String && ACTOR_POINTERS.contains(field)) {
            return "→actor " + plan.actor((String) value).map(Actor::name).orElse("?" + value);
        }
        if (value instanceof String && REFERENCE_POINTERS.contains(field)) {
            return "→reference " + plan.reference((String) value).map(PlanDiff::describe).orElse("?" + value);
        }
        if (value instanceof List) {
            List<Object> list = new ArrayList<>();
            for (Object element : (List<?>) value) {
                list.add(tree(element, plan, field));
            }
            if (field.equals("actors")) {
                Map<String, Object> byName = new LinkedHashMap<>();
                for (Object element : list) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> actor = (Map<String, Object>) element;
                    byName.put(String.valueOf(actor.get("name")), actor);
                }
                return byName;
            }
            return list;
        }
        if (value instanceof Record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String name = component.getName();
                if (name.equals("id")) {
                    continue;
                }
                try {
                    Object member = component.getAccessor().invoke(value);
                    if (member instanceof Extensions && ((Extensions) member).isEmpty()) {
                        continue;
                    }
                    map.put(name, tree(member, plan, name));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return map;
        }
        return value == null ? null : value.toString();
    }

    private static String describe(DocumentReference reference) {
        return reference.number().map(Object::toString)
                .orElse(reference.type().code() + " của " + reference.issuer().orElse("?"));
    }

    private static void diff(String path, Object left, Object right, List<String> out) {
        if (left instanceof Map && right instanceof Map) {
            Map<?, ?> l = (Map<?, ?>) left;
            Map<?, ?> r = (Map<?, ?>) right;
            for (Object key : l.keySet()) {
                if (!r.containsKey(key)) {
                    out.add(path + "/" + key + ": " + short_(l.get(key)) + " ≠ (missing)");
                } else {
                    diff(path + "/" + key, l.get(key), r.get(key), out);
                }
            }
            for (Object key : r.keySet()) {
                if (!l.containsKey(key)) {
                    out.add(path + "/" + key + ": (missing) ≠ " + short_(r.get(key)));
                }
            }
            return;
        }
        if (left instanceof List && right instanceof List) {
            List<?> l = (List<?>) left;
            List<?> r = (List<?>) right;
            for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
                Object a = i < l.size() ? l.get(i) : null;
                Object b = i < r.size() ? r.get(i) : null;
                if (a == null || b == null) {
                    if (!Objects.equals(a, b)) {
                        out.add(path + "/" + i + ": " + short_(a) + " ≠ " + short_(b));
                    }
                } else {
                    diff(path + "/" + i, a, b, out);
                }
            }
            return;
        }
        if (!Objects.equals(left, right)) {
            out.add(path + ": " + short_(left) + " ≠ " + short_(right));
        }
    }

    private static String short_(Object value) {
        String text = String.valueOf(value);
        return text.length() > 160 ? text.substring(0, 157) + "…" : text;
    }
}

package rs.eobuka.campaign;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import rs.eobuka.reference.LsguType;

/**
 * Finds the codes of cities and municipalities by their Latin names, as campaign documents name
 * them. A city municipality is never meant (Požarevac is the city, not its city municipality of
 * the same name). A name that matches no unit, or more than one, is an error naming every such
 * name, so that a seed fails loudly instead of leaving a municipality out.
 */
public final class LsguNames {

    /** A unit as the reference data gives it. */
    public record Unit(String code, String nameLatn, LsguType type) {
    }

    private final Map<String, List<String>> codesByName = new HashMap<>();

    public LsguNames(List<Unit> units) {
        for (Unit unit : units) {
            if (unit.type() != LsguType.CITY_MUNICIPALITY) {
                codesByName.computeIfAbsent(key(unit.nameLatn()), name -> new ArrayList<>()).add(unit.code());
            }
        }
    }

    /** The code of each name, in the order given. */
    public Map<String, String> codes(List<String> names) {
        Map<String, String> codes = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (String name : names) {
            List<String> found = codesByName.getOrDefault(key(name), List.of());
            if (found.isEmpty()) {
                unknown.add(name);
            } else if (found.size() > 1) {
                ambiguous.add(name + " " + found);
            } else {
                codes.put(name, found.get(0));
            }
        }
        if (!unknown.isEmpty() || !ambiguous.isEmpty()) {
            throw new UnknownLsguException(unknown, ambiguous);
        }
        return codes;
    }

    private static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Names that match no city or municipality, or more than one. */
    public static class UnknownLsguException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        UnknownLsguException(List<String> unknown, List<String> ambiguous) {
            super("LSGU names not in the reference data: " + unknown + "; matching more than one: " + ambiguous);
        }
    }
}

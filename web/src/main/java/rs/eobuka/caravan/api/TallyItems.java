package rs.eobuka.caravan.api;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import rs.eobuka.caravan.CornerTap;
import rs.eobuka.caravan.TallyTotals;

/** What the tally endpoints answer. */
public final class TallyItems {

    private TallyItems() {
    }

    /** One stored tap; the same body whether this call stored it or an earlier one did. */
    public record Tap(long id, long eventId, String clientTapId, String service, String ageBand, Boolean deviceHelp,
                      String note, LocalDateTime tappedAt, boolean undone) {
    }

    /** Citizens helped at one event, per service (every service listed), per age band, and with a device. */
    public record Totals(long eventId, long total, Map<String, Long> byService, Map<String, Long> byAgeBand, long deviceHelp) {
    }

    static Tap tap(CornerTap tap) {
        return new Tap(tap.getId(), tap.getEventId(), tap.getClientTapId(), tap.getService().name(),
                tap.getAgeBand() == null ? null : tap.getAgeBand().name(), tap.getDeviceHelp(), tap.getNote(),
                tap.getTappedAt(), tap.isUndone());
    }

    static Totals totals(long eventId, TallyTotals totals) {
        Map<String, Long> byService = new LinkedHashMap<>();
        totals.byService().forEach((service, count) -> byService.put(service.name(), count));
        Map<String, Long> byAge = new LinkedHashMap<>();
        totals.byAgeBand().forEach((band, count) -> byAge.put(band.name(), count));
        return new Totals(eventId, totals.total(), byService, byAge, totals.deviceHelp());
    }
}

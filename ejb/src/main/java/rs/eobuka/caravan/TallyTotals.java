package rs.eobuka.caravan;

import java.util.Map;

/**
 * Citizens helped at the Digital Corner (undone taps left out): in all, per service, per age band
 * (those who gave one) and how many needed help with a device.
 */
public record TallyTotals(long total, Map<CornerService, Long> byService, Map<AgeBand, Long> byAgeBand, long deviceHelp) {
}

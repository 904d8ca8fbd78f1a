package rs.eobuka.competition;

import java.io.Serializable;
import rs.eobuka.platform.i18n.LocalizedText;

/**
 * A vote waiting for (or past) its confirmation, as the confirmation page shows it: the entry
 * and its category and competition; never the voter's address, which is not kept.
 */
public record VoteRequestDetails(long competitionId, LocalizedText competitionTitle, LocalizedText categoryName, long entryId,
                                 String entryTitle, boolean used) implements Serializable {

    private static final long serialVersionUID = 1L;
}

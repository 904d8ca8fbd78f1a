package rs.eobuka.impact;

import jakarta.validation.constraints.Size;
import java.util.List;
import rs.eobuka.platform.i18n.LocalizedText;

/**
 * What the author writes: findings and recommendations (Serbian Latin, optionally Cyrillic and
 * English), and the free-text answers chosen as quotes, by id.
 */
public record ImpactNarrative(LocalizedText findings, LocalizedText recommendations,
                              @Size(max = 12, message = "{eobuka.impact.quotes.tooMany}") List<Long> quoteAnswerIds) {

    public ImpactNarrative {
        quoteAnswerIds = quoteAnswerIds == null ? List.of() : List.copyOf(quoteAnswerIds);
    }
}

package rs.eobuka.caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.errors.ConflictException;

class CornerTapTest {

    private final LocalDateTime tappedAt = LocalDateTime.of(2026, 12, 5, 13, 30);

    private CornerTap tap() {
        return new CornerTap(7L, new TapInput(CornerService.EPAY_PAYMENT, "tap-1", AgeBand.FROM_65, true, "  ", null),
                "trainer", tappedAt, tappedAt.plusSeconds(3));
    }

    @Test
    void shouldUndoWithinAMinuteOfTheTap() {
        CornerTap tap = tap();

        tap.undo(tappedAt.plusSeconds(59));

        assertThat(tap.isUndone()).isTrue();
        assertThat(tap.getUndoneAt()).isEqualTo(tappedAt.plusSeconds(59));
    }

    @Test
    void shouldRefuseUndoAfterAMinute() {
        CornerTap tap = tap();

        assertThatThrownBy(() -> tap.undo(tappedAt.plusSeconds(61))).isInstanceOf(ConflictException.class);
        assertThat(tap.isUndone()).isFalse();
    }

    @Test
    void shouldKeepTheFirstUndoWhenUndoneAgain() {
        CornerTap tap = tap();
        tap.undo(tappedAt.plusSeconds(10));

        tap.undo(tappedAt.plusMinutes(5));

        assertThat(tap.getUndoneAt()).isEqualTo(tappedAt.plusSeconds(10));
    }

    @Test
    void shouldStoreBlankNoteAsNone() {
        assertThat(tap().getNote()).isNull();
        assertThat(tap().getAgeBand()).isEqualTo(AgeBand.FROM_65);
    }
}

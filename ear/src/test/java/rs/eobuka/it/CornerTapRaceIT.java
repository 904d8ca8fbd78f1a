package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.caravan.CaravanPartKind;
import rs.eobuka.caravan.CaravanService;
import rs.eobuka.caravan.CornerService;
import rs.eobuka.caravan.CornerTallyService;
import rs.eobuka.caravan.CornerTapStore;
import rs.eobuka.caravan.EventPlan;
import rs.eobuka.caravan.PartPlan;
import rs.eobuka.caravan.TapInput;
import rs.eobuka.caravan.TapResult;
import rs.eobuka.platform.time.SerbianTime;

/**
 * A tap sent twice at once, inside the server: the second send gets past the look-up while the
 * first's row is not yet committed, and the unique (event, tap id) constraint refuses its insert.
 * It must answer with the first's tap, not fail, and the tap must be stored once.
 */
@ExtendWith(ArquillianExtension.class)
class CornerTapRaceIT {

    @Inject
    CaravanService caravans;

    @Inject
    CornerTallyService tally;

    @Inject
    CornerTapStore taps;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Test
    void shouldAnswerWithTheFirstSendsTapWhenTheConstraintRefusesTheSecond() throws Exception {
        // Given a caravan event held today, and a tap stored by a send whose transaction is still open
        long event = caravans.plan(new EventPlan("70645", SerbianTime.now().toLocalDate(), "Karavan " + UUID.randomUUID(), null,
                List.of(new PartPlan(CaravanPartKind.DIGITAL_CORNER, null, LocalTime.of(9, 0), LocalTime.of(15, 0),
                        null, Set.of(), null))), "organizer").getId();
        TapInput tap = new TapInput(CornerService.EPAY_PAYMENT, UUID.randomUUID().toString(), null, null, null, null);
        ExecutorService secondSend = Executors.newSingleThreadExecutor();
        try {
            transaction.begin();
            TapResult first = taps.store(event, tap, "organizer", true);

            // When the same tap arrives again meanwhile, and the first send commits while it waits on the row
            Future<TapResult> second = secondSend.submit(() -> tally.record(event, tap, "organizer", true));
            // time for the second send to pass its look-up and reach the insert, which waits for this transaction
            Thread.sleep(1500);
            transaction.commit();

            // Then the second answers with the first's tap, as a repeat, and one tap is stored
            TapResult repeat = second.get(30, TimeUnit.SECONDS);
            assertThat(repeat.created()).isFalse();
            assertThat(repeat.tap().getId()).isEqualTo(first.tap().getId());
            assertThat(em.createQuery("select count(t) from CornerTap t where t.eventId = :event and t.clientTapId = :client", Long.class)
                    .setParameter("event", event).setParameter("client", tap.clientTapId()).getSingleResult()).isEqualTo(1L);
        } finally {
            secondSend.shutdownNow();
            caravans.cancel(event, "test over");
        }
    }
}

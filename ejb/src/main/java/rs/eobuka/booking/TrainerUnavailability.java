package rs.eobuka.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/** A span in which a trainer cannot be booked (leave, other duties). */
@Entity
@Table(name = "trainer_unavailability")
public class TrainerUnavailability {

    @Id
    @SequenceGenerator(name = "trainer_unavailability_seq", sequenceName = "trainer_unavailability_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trainer_unavailability_seq")
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trainer_id")
    private Trainer trainer;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;
    private String reason;

    protected TrainerUnavailability() {
    }

    public TrainerUnavailability(Trainer trainer, LocalDateTime startsAt, LocalDateTime endsAt, String reason) {
        this.trainer = Objects.requireNonNull(trainer);
        this.startsAt = Objects.requireNonNull(startsAt);
        this.endsAt = Objects.requireNonNull(endsAt);
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Long getId() { return id; }
    public Trainer getTrainer() { return trainer; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public String getReason() { return reason; }
}

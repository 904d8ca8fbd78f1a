package rs.eobuka.caravan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import rs.eobuka.booking.Trainer;
import rs.eobuka.booking.Venue;

/**
 * One part of a caravan event's programme, from a start to an end time on the event's day, with
 * its venue and trainers (booked with holder kind CARAVAN and the part's id) and, for a workshop
 * or a training, the session it runs as.
 */
@Entity
@Table(name = "caravan_part")
public class CaravanPart {

    @Id
    @SequenceGenerator(name = "caravan_part_seq", sequenceName = "caravan_part_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caravan_part_seq")
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private CaravanEvent event;
    private int position;
    @Enumerated(EnumType.STRING)
    private CaravanPartKind kind;
    private String title;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private Venue venue;
    @Column(name = "session_id")
    private Long sessionId;
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "caravan_part_trainer", joinColumns = @JoinColumn(name = "part_id"),
            inverseJoinColumns = @JoinColumn(name = "trainer_id"))
    @BatchSize(size = 50)
    private Set<Trainer> trainers = new LinkedHashSet<>();

    protected CaravanPart() {
    }

    CaravanPart(CaravanEvent event, int position, CaravanPartKind kind, String title) {
        this.event = event;
        this.position = position;
        this.kind = kind;
        this.title = title == null || title.isBlank() ? null : title.strip();
    }

    void schedule(LocalDateTime start, LocalDateTime end, Venue where, Collection<Trainer> who, Long session) {
        this.startsAt = start;
        this.endsAt = end;
        this.venue = where;
        this.trainers = new LinkedHashSet<>(who);
        this.sessionId = kind.isSession() ? session : null;
    }

    /** The trainers by name. */
    public List<Trainer> getTrainerList() {
        List<Trainer> sorted = new ArrayList<>(trainers);
        sorted.sort(Comparator.comparing(Trainer::getFullName));
        return sorted;
    }

    public Long getId() { return id; }
    public CaravanEvent getEvent() { return event; }
    public int getPosition() { return position; }
    public CaravanPartKind getKind() { return kind; }
    public String getTitle() { return title; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public Venue getVenue() { return venue; }
    public Long getSessionId() { return sessionId; }
    public Set<Trainer> getTrainers() { return java.util.Collections.unmodifiableSet(trainers); }
}

package rs.eobuka.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who ticked a checklist item, and when. */
@Embeddable
public class ChecklistTick {

    @Column(name = "ticked_by")
    private String tickedBy;
    @Column(name = "ticked_at")
    private Instant tickedAt;

    protected ChecklistTick() {
    }

    ChecklistTick(String tickedBy, Instant tickedAt) {
        this.tickedBy = tickedBy;
        this.tickedAt = tickedAt;
    }

    public String getTickedBy() { return tickedBy; }
    public Instant getTickedAt() { return tickedAt; }
}

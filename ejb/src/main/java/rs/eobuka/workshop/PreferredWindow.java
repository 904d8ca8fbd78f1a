package rs.eobuka.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import rs.eobuka.booking.DateWindow;

/** A span of days the requester prefers, as stored with the request. */
@Embeddable
public class PreferredWindow {

    @Column(name = "date_from")
    private LocalDate from;
    @Column(name = "date_to")
    private LocalDate to;

    protected PreferredWindow() {
    }

    PreferredWindow(DateWindow window) {
        this.from = window.from();
        this.to = window.to();
    }

    public DateWindow window() {
        return new DateWindow(from, to);
    }

    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
}

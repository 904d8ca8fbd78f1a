package rs.eobuka.caravan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.caravan.CaravanService;

/** The public page of the Digital Caravan's stops: upcoming ones soonest first, past ones latest first, each with its programme. */
@Named
@ViewScoped
public class CaravanStopsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 10;

    @Inject
    transient CaravanService caravan;

    private int upcomingShown = PAGE;
    private int pastShown = PAGE;
    private transient List<CaravanEvent> upcoming;
    private transient List<CaravanEvent> past;
    private long upcomingCount;
    private long pastCount;

    public void load() {
        upcoming = caravan.findPublic(true, 0, upcomingShown);
        past = caravan.findPublic(false, 0, pastShown);
        upcomingCount = caravan.countPublic(true);
        pastCount = caravan.countPublic(false);
    }

    public void moreUpcoming() {
        upcomingShown += PAGE;
        load();
    }

    public void morePast() {
        pastShown += PAGE;
        load();
    }

    public List<CaravanEvent> getUpcoming() {
        if (upcoming == null) {
            load();
        }
        return upcoming;
    }

    public List<CaravanEvent> getPast() {
        if (past == null) {
            load();
        }
        return past;
    }

    public boolean isMoreUpcoming() { return upcomingCount > getUpcoming().size(); }
    public boolean isMorePast() { return pastCount > getPast().size(); }
}

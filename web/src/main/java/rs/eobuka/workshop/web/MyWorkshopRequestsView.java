package rs.eobuka.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import rs.eobuka.workshop.WorkshopFilter;

/** workshops/mine.xhtml: the participant's own workshop requests, newest first, to follow, answer or withdraw. */
@Named
@ViewScoped
public class MyWorkshopRequestsView extends WorkshopRequestsView {

    private static final long serialVersionUID = 1L;

    public MyWorkshopRequestsView() {
        super("mine");
    }

    @Override
    protected WorkshopFilter filter() {
        return new WorkshopFilter(user().getUsername(), null, null, null);
    }
}

package rs.eobuka.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.Arrays;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.workshop.ChecklistItem;
import rs.eobuka.workshop.ChecklistTick;

/**
 * tasks/workshop-checklist.xhtml, the logistics before the day: each item ticked is stored with
 * who ticked it and when; the checklist is completed once every item is ticked.
 */
@Named
@ViewScoped
public class WorkshopChecklistView extends WorkshopTaskView {

    private static final long serialVersionUID = 1L;

    private ChecklistItem[] ticked;

    public WorkshopChecklistView() {
        super("checklist");
    }

    @Override
    public void load() {
        super.load();
        if (getSubject() != null) {
            ticked = getSubject().getChecklist().keySet().toArray(ChecklistItem[]::new);
        }
    }

    public void save() {
        try {
            requests().saveChecklist(getTaskId(), user().getUsername(), java.util.EnumSet.copyOf(
                    ticked == null || ticked.length == 0 ? java.util.EnumSet.noneOf(ChecklistItem.class) : Arrays.asList(ticked)));
            load();
            FacesTexts.info("workshop.checklist.saved");
        } catch (DomainException e) {
            FacesTexts.error(e, "checklist");
        }
    }

    public void completeChecklist() throws IOException {
        JsonArrayBuilder items = Json.createArrayBuilder();
        if (ticked != null) {
            Arrays.stream(ticked).forEach(item -> items.add(item.name()));
        }
        complete("COMPLETE", null, Json.createObjectBuilder().add("items", items).build(), "workshop.checklist.completed");
    }

    /** Who ticked the item and when, or null. */
    public ChecklistTick tickOf(ChecklistItem item) {
        return getSubject() == null ? null : getSubject().getChecklist().get(item);
    }

    public ChecklistItem[] getItems() { return ChecklistItem.values(); }
    public ChecklistItem[] getTicked() { return ticked; }
    public void setTicked(ChecklistItem[] ticked) { this.ticked = ticked; }
}

package rs.eobuka.competition.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import rs.eobuka.competition.CompetitionCategory;
import rs.eobuka.competition.ResultEntry;
import rs.eobuka.platform.web.PagedModel;

/**
 * One category's ranking at a time, paged in the database, as the results page and the results
 * tasks' forms show it: the category chosen, and the table of its places.
 */
public final class CategoryRanking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Reads a page of a category's ranking. */
    @FunctionalInterface
    public interface Pages extends Serializable {
        List<ResultEntry> load(String categoryCode, int first, int max);
    }

    /** Counts a category's ranked entries. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long of(String categoryCode);
    }

    private final List<CompetitionCategory> categories;
    private final String tableId;
    private String category;
    private final PagedModel<ResultEntry> places;

    /**
     * @param tableId the client id of the page's table, turned back to its first page when the category changes
     */
    public CategoryRanking(List<CompetitionCategory> categories, String tableId, Count count, Pages pages) {
        this.categories = List.copyOf(categories);
        this.tableId = tableId;
        this.category = categories.isEmpty() ? null : categories.get(0).getCode();
        this.places = new PagedModel<>(() -> category == null ? 0 : count.of(category),
                (first, max) -> category == null ? List.of() : pages.load(category, first, max), r -> String.valueOf(r.entryId()));
    }

    /** Another category was chosen: its first page. */
    public void categoryChanged() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** The chosen category, for its prize. */
    public CompetitionCategory getChosen() {
        return categories.stream().filter(k -> k.getCode().equals(category)).findFirst().orElse(null);
    }

    public List<CompetitionCategory> getCategories() { return categories; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public PagedModel<ResultEntry> getPlaces() { return places; }
}

package rs.eobuka.booking.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueDetails;
import rs.eobuka.booking.VenueFilter;
import rs.eobuka.booking.VenueService;
import rs.eobuka.booking.VenueSort;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.web.PagedModel;

/**
 * organizer/venues.xhtml: the venues, filtered by place, seats and equipment, sorted and paged
 * in the database, and the dialog that writes one. A refused dialog keeps everything typed.
 */
@Named
@ViewScoped
public class VenueAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VenueService venues;

    private String textFilter;
    private String lsguFilter;
    private String regionFilter;
    private Integer minSeatsFilter;
    private boolean projectorFilter;
    private Integer minComputersFilter;
    private boolean wifiFilter;
    private boolean withInactive;
    private LazyDataModel<Venue> list;

    private Long editedId;
    private String lsguCode;
    private String name;
    private String address;
    private Integer seats;
    private boolean projector;
    private Integer computers;
    private boolean wifi;
    private boolean active = true;

    @PostConstruct
    void init() {
        list = PagedModel.sorted(() -> venues.count(filter()),
                (first, max, field, ascending) -> venues.find(filter(), sort(field), ascending, first, max),
                venue -> venue.getId().toString());
    }

    private VenueFilter filter() {
        return new VenueFilter(textFilter, lsguFilter, regionFilter, minSeatsFilter, projectorFilter, minComputersFilter, wifiFilter,
                withInactive ? null : Boolean.TRUE);
    }

    private static VenueSort sort(String field) {
        if (field == null) {
            return VenueSort.NAME;
        }
        return switch (field) {
            case "seats" -> VenueSort.SEATS;
            case "computers" -> VenueSort.COMPUTERS;
            case "lsgu" -> VenueSort.LSGU;
            default -> VenueSort.NAME;
        };
    }

    public void startNew() {
        editedId = null;
        lsguCode = name = address = null;
        seats = null;
        computers = null;
        projector = wifi = false;
        active = true;
    }

    public void edit(Venue venue) {
        Venue current = venues.find(venue.getId());
        editedId = current.getId();
        lsguCode = current.getLsgu().getCode();
        name = current.getName();
        address = current.getAddress();
        seats = current.getSeats();
        projector = current.isProjector();
        computers = current.getComputers();
        wifi = current.isWifi();
        active = current.isActive();
    }

    public void save() {
        VenueDetails details = new VenueDetails(lsguCode, name, address, seats == null ? 0 : seats, projector,
                computers == null ? 0 : computers, wifi);
        try {
            boolean created = editedId == null;
            Venue saved = created ? venues.create(details) : venues.update(editedId, details);
            if (saved.isActive() != active) {
                saved = venues.setActive(saved.getId(), active);
            }
            editedId = saved.getId();
            FacesTexts.info(created ? "venues.created" : "venues.saved", saved.getName());
        } catch (DomainException e) {
            FacesTexts.error(e, "venueForm");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "venueForm");
        }
    }

    public LazyDataModel<Venue> getList() { return list; }
    public boolean isEditing() { return editedId != null; }
    public String getTextFilter() { return textFilter; }
    public void setTextFilter(String textFilter) { this.textFilter = textFilter; }
    public String getLsguFilter() { return lsguFilter; }
    public void setLsguFilter(String lsguFilter) { this.lsguFilter = lsguFilter; }
    public String getRegionFilter() { return regionFilter; }
    public void setRegionFilter(String regionFilter) { this.regionFilter = regionFilter; }
    public Integer getMinSeatsFilter() { return minSeatsFilter; }
    public void setMinSeatsFilter(Integer minSeatsFilter) { this.minSeatsFilter = minSeatsFilter; }
    public boolean isProjectorFilter() { return projectorFilter; }
    public void setProjectorFilter(boolean projectorFilter) { this.projectorFilter = projectorFilter; }
    public Integer getMinComputersFilter() { return minComputersFilter; }
    public void setMinComputersFilter(Integer minComputersFilter) { this.minComputersFilter = minComputersFilter; }
    public boolean isWifiFilter() { return wifiFilter; }
    public void setWifiFilter(boolean wifiFilter) { this.wifiFilter = wifiFilter; }
    public boolean isWithInactive() { return withInactive; }
    public void setWithInactive(boolean withInactive) { this.withInactive = withInactive; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode == null || lsguCode.isBlank() ? null : lsguCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Integer getSeats() { return seats; }
    public void setSeats(Integer seats) { this.seats = seats; }
    public boolean isProjector() { return projector; }
    public void setProjector(boolean projector) { this.projector = projector; }
    public Integer getComputers() { return computers; }
    public void setComputers(Integer computers) { this.computers = computers; }
    public boolean isWifi() { return wifi; }
    public void setWifi(boolean wifi) { this.wifi = wifi; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}

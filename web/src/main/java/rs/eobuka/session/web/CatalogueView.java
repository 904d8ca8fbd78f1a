package rs.eobuka.session.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;
import rs.eobuka.reference.NamedArea;
import rs.eobuka.reference.Programme;
import rs.eobuka.reference.ProgrammeService;
import rs.eobuka.session.SessionFilter;
import rs.eobuka.session.SessionService;
import rs.eobuka.session.SessionSort;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.Topic;
import rs.eobuka.session.TrainingSession;

/**
 * The public catalogue: upcoming published sessions, filtered by programme, topic, place and
 * dates, as a table paged and sorted in the database or as a calendar that loads only the
 * weeks on screen.
 */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A calendar month shows at most six weeks; no month holds more sessions than this. */
    private static final int CALENDAR_MAX = 500;

    @Inject
    transient SessionService sessions;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient LsguService lsgus;

    private Long programmeId;
    private Topic topic;
    private String region;
    private String lsguCode;
    private LocalDate from = SessionService.today();
    private LocalDate to;
    private boolean withSeatsLeft;
    private String mode = "list";
    private LazyDataModel<TrainingSession> list;
    private ScheduleModel calendar;

    @PostConstruct
    void init() {
        list = new SessionTable();
        calendar = new SessionCalendarModel();
    }

    SessionFilter filter() {
        // never before today: the catalogue shows what one can still attend
        LocalDate today = SessionService.today();
        LocalDate start = from == null || from.isBefore(today) ? today : from;
        return new SessionFilter(programmeId, topic, lsguCode, region, start, to, withSeatsLeft, Set.of(SessionStatus.PUBLISHED));
    }

    /** A new region empties a city that is not in it. */
    public void regionChanged() {
        if (lsguCode != null && getUnits().stream().noneMatch(u -> u.getCode().equals(lsguCode))) {
            lsguCode = null;
        }
    }

    public List<Programme> getProgrammes() {
        return programmes.findAll();
    }

    public Topic[] getTopics() {
        return Topic.values();
    }

    public List<NamedArea> getRegions() {
        return lsgus.regions();
    }

    /** Cities and municipalities to choose from, narrowed to the chosen region. */
    public List<LocalSelfGovernmentUnit> getUnits() {
        return lsgus.find(new LsguFilter(region, null, null), 0, 500);
    }

    public boolean isCalendarMode() {
        return "calendar".equals(mode);
    }

    /** The table's model: one page at a time, sorted by start, city or seats left in the database. */
    private final class SessionTable extends LazyDataModel<TrainingSession> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, sessions.count(filter()));
        }

        @Override
        public List<TrainingSession> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SessionSort sort = SessionSort.STARTS_AT;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() == SortOrder.UNSORTED) {
                    continue;
                }
                sort = switch (meta.getField()) {
                    case "city" -> SessionSort.CITY;
                    case "seatsLeft" -> SessionSort.SEATS_LEFT;
                    default -> SessionSort.STARTS_AT;
                };
                ascending = meta.getOrder() == SortOrder.ASCENDING;
                break;
            }
            return sessions.find(filter(), sort, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(TrainingSession session) {
            return String.valueOf(session.getId());
        }
    }

    /** The calendar's model: only the sessions of the range on screen, each linking to its page. */
    private final class SessionCalendarModel extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            SessionFilter filter = filter();
            LocalDate first = start.toLocalDate().isAfter(filter.from()) ? start.toLocalDate() : filter.from();
            LocalDate last = end.toLocalDate().minusDays(1);
            if (filter.to() != null && filter.to().isBefore(last)) {
                last = filter.to();
            }
            if (last.isBefore(first)) {
                return;
            }
            SessionFilter visible = new SessionFilter(filter.programmeId(), filter.topic(), filter.lsguCode(), filter.region(),
                    first, last, filter.withSeatsLeft(), filter.statuses());
            Language language = FacesTexts.language();
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            for (TrainingSession session : sessions.find(visible, SessionSort.STARTS_AT, true, 0, CALENDAR_MAX)) {
                addEvent(DefaultScheduleEvent.builder()
                        .id(String.valueOf(session.getId()))
                        .title(session.getTraining().title(language) + " · " + session.getLsgu().name(language.isCyrillic()))
                        .startDate(session.getStartsAt())
                        .endDate(session.getEndsAt())
                        .url(context + "/catalogue/session.xhtml?id=" + session.getId())
                        .styleClass(session.hasFreeSeat() ? "session-open" : "session-full")
                        .build());
            }
        }
    }

    public LazyDataModel<TrainingSession> getList() { return list; }
    public ScheduleModel getCalendar() { return calendar; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region == null || region.isBlank() ? null : region; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode == null || lsguCode.isBlank() ? null : lsguCode; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public boolean isWithSeatsLeft() { return withSeatsLeft; }
    public void setWithSeatsLeft(boolean withSeatsLeft) { this.withSeatsLeft = withSeatsLeft; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = "calendar".equals(mode) ? "calendar" : "list"; }
}

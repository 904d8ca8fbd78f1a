package rs.eobuka.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import rs.eobuka.session.Topic;
import rs.eobuka.workshop.WorkshopFilter;
import rs.eobuka.workshop.WorkshopRequest;
import rs.eobuka.workshop.WorkshopStatus;

/** organizer/workshops.xhtml: every workshop request, filtered by status, topic and LSGU; organizers may withdraw one. */
@Named
@ViewScoped
public class WorkshopListView extends WorkshopRequestsView {

    private static final long serialVersionUID = 1L;

    private WorkshopStatus status;
    private Topic topic;
    private String lsguCode;

    public WorkshopListView() {
        super("workshops");
    }

    @Override
    protected WorkshopFilter filter() {
        return new WorkshopFilter(null, status, topic, lsguCode == null || lsguCode.isBlank() ? null : lsguCode);
    }

    public WorkshopStatus[] getStatuses() { return WorkshopStatus.values(); }
    public List<Topic> getTopics() { return WorkshopRequest.TOPICS.stream().sorted().toList(); }
    public WorkshopStatus getStatus() { return status; }
    public void setStatus(WorkshopStatus status) { this.status = status; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode; }
}

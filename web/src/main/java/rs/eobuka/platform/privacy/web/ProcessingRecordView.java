package rs.eobuka.platform.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import rs.eobuka.platform.privacy.ActivityRecord;
import rs.eobuka.platform.privacy.ProcessingRecord;

/** The admins' page of the record of processing activities (admin/processing-record.xhtml). */
@Named
@RequestScoped
public class ProcessingRecordView {

    @Inject
    ProcessingRecord record;

    private List<ActivityRecord> activities;

    public List<ActivityRecord> getActivities() {
        if (activities == null) {
            activities = record.activities();
        }
        return activities;
    }
}

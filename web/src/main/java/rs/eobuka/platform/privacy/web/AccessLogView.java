package rs.eobuka.platform.privacy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.platform.privacy.AccessKind;
import rs.eobuka.platform.privacy.AccessLog;
import rs.eobuka.platform.privacy.AccessRecord;
import rs.eobuka.platform.web.PagedModel;

/** The admins' log of views of personal data (admin/access-log.xhtml): newest first, by viewer and kind, and its CSV. */
@Named
@ViewScoped
public class AccessLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccessLog log;

    private String viewer;
    private AccessKind kind;
    private LazyDataModel<AccessRecord> records;

    @PostConstruct
    void init() {
        records = new PagedModel<>(() -> log.count(viewer, kind), (first, max) -> log.find(viewer, kind, first, max),
                record -> record.getId().toString());
    }

    /** The CSV of what the filters select, relative to the application. */
    public String getCsvLink() {
        return "/admin/access-log.csv?viewer=" + URLEncoder.encode(viewer == null ? "" : viewer.strip(), StandardCharsets.UTF_8)
                + "&kind=" + (kind == null ? "" : kind.name());
    }

    public AccessKind[] getKinds() { return AccessKind.values(); }
    public LazyDataModel<AccessRecord> getRecords() { return records; }
    public String getViewer() { return viewer; }
    public void setViewer(String viewer) { this.viewer = viewer; }
    public AccessKind getKind() { return kind; }
    public void setKind(AccessKind kind) { this.kind = kind; }
}

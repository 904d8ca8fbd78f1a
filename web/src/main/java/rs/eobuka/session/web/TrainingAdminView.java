package rs.eobuka.session.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.reference.Programme;
import rs.eobuka.reference.ProgrammeService;
import rs.eobuka.session.Topic;
import rs.eobuka.session.Training;
import rs.eobuka.session.TrainingDetails;
import rs.eobuka.session.TrainingService;
import rs.eobuka.session.TrainingText;

/**
 * admin/trainings.xhtml: the trainings, paged in the database, and the form that writes one in
 * all three languages. A refused form keeps everything typed.
 */
@Named
@ViewScoped
public class TrainingAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainingService trainings;

    @Inject
    transient ProgrammeService programmes;

    private Long programmeFilter;
    private LazyDataModel<Training> list;

    private Long editedId;
    private Long programmeId;
    private String titleSrLatn;
    private String titleSrCyrl;
    private String titleEn;
    private String descriptionSrLatn;
    private String descriptionSrCyrl;
    private String descriptionEn;
    private Integer durationHours;
    private Topic[] topics = new Topic[0];
    private OrganisationType[] audienceTypes = new OrganisationType[0];

    @PostConstruct
    void init() {
        list = new PagedModel<>(() -> trainings.count(programmeFilter), (first, max) -> trainings.find(programmeFilter, first, max),
                training -> training.getId().toString());
    }

    public void edit(Training training) {
        editedId = training.getId();
        programmeId = training.getProgramme().getId();
        TrainingText text = training.text();
        titleSrLatn = text.titleSrLatn();
        titleSrCyrl = text.titleSrCyrl();
        titleEn = text.titleEn();
        descriptionSrLatn = text.descriptionSrLatn();
        descriptionSrCyrl = text.descriptionSrCyrl();
        descriptionEn = text.descriptionEn();
        durationHours = training.getDurationHours();
        topics = training.getTopics().toArray(Topic[]::new);
        audienceTypes = training.getAudienceTypes().toArray(OrganisationType[]::new);
    }

    public void startNew() {
        editedId = null;
        programmeId = null;
        titleSrLatn = titleSrCyrl = titleEn = null;
        descriptionSrLatn = descriptionSrCyrl = descriptionEn = null;
        durationHours = null;
        topics = new Topic[0];
        audienceTypes = new OrganisationType[0];
    }

    public void save() {
        TrainingDetails details = new TrainingDetails(programmeId, titleSrLatn, titleSrCyrl, titleEn,
                descriptionSrLatn, descriptionSrCyrl, descriptionEn, durationHours == null ? 0 : durationHours,
                topics == null || topics.length == 0 ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(List.of(topics)),
                audienceTypes == null || audienceTypes.length == 0 ? Set.of() : EnumSet.copyOf(List.of(audienceTypes)));
        try {
            boolean created = editedId == null;
            Training saved = created ? trainings.create(details) : trainings.update(editedId, details);
            FacesTexts.info(created ? "trainings.created" : "trainings.saved", saved.title(FacesTexts.language()));
            startNew();
        } catch (DomainException e) {
            FacesTexts.error(e, "trainingForm");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "trainingForm");
        }
    }

    public List<Programme> getProgrammes() { return programmes.findAll(); }
    public Topic[] getAllTopics() { return Topic.values(); }
    public OrganisationType[] getAllAudienceTypes() { return OrganisationType.values(); }
    public LazyDataModel<Training> getList() { return list; }
    public boolean isEditing() { return editedId != null; }
    public Long getProgrammeFilter() { return programmeFilter; }
    public void setProgrammeFilter(Long programmeFilter) { this.programmeFilter = programmeFilter; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public String getTitleSrLatn() { return titleSrLatn; }
    public void setTitleSrLatn(String titleSrLatn) { this.titleSrLatn = titleSrLatn; }
    public String getTitleSrCyrl() { return titleSrCyrl; }
    public void setTitleSrCyrl(String titleSrCyrl) { this.titleSrCyrl = titleSrCyrl; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescriptionSrLatn() { return descriptionSrLatn; }
    public void setDescriptionSrLatn(String descriptionSrLatn) { this.descriptionSrLatn = descriptionSrLatn; }
    public String getDescriptionSrCyrl() { return descriptionSrCyrl; }
    public void setDescriptionSrCyrl(String descriptionSrCyrl) { this.descriptionSrCyrl = descriptionSrCyrl; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public Integer getDurationHours() { return durationHours; }
    public void setDurationHours(Integer durationHours) { this.durationHours = durationHours; }
    public Topic[] getTopics() { return topics; }
    public void setTopics(Topic[] topics) { this.topics = topics; }
    public OrganisationType[] getAudienceTypes() { return audienceTypes; }
    public void setAudienceTypes(OrganisationType[] audienceTypes) { this.audienceTypes = audienceTypes; }
}

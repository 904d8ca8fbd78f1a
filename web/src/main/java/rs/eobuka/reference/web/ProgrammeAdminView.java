package rs.eobuka.reference.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.reference.Programme;
import rs.eobuka.reference.ProgrammeDetails;
import rs.eobuka.reference.ProgrammeService;

/** admin/programmes.xhtml: the programmes, and the form that creates or edits one. */
@Named
@ViewScoped
public class ProgrammeAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgrammeService programmes;

    private Long editedId;
    private String name;
    private String donor;
    private String beneficiary;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String coOrganisers;
    private transient List<Programme> all;

    public List<Programme> getProgrammes() {
        if (all == null) {
            all = programmes.findAll();
        }
        return all;
    }

    public void edit(Programme programme) {
        editedId = programme.getId();
        name = programme.getName();
        donor = programme.getDonor();
        beneficiary = programme.getBeneficiary();
        startsOn = programme.getStartsOn();
        endsOn = programme.getEndsOn();
        coOrganisers = programme.getCoOrganisers();
    }

    public void startNew() {
        editedId = null;
        name = donor = beneficiary = coOrganisers = null;
        startsOn = endsOn = null;
    }

    public void save() {
        ProgrammeDetails details = new ProgrammeDetails(name, donor, beneficiary, startsOn, endsOn, coOrganisers);
        try {
            Programme saved = editedId == null ? programmes.create(details) : programmes.update(editedId, details);
            FacesTexts.info(editedId == null ? "programmes.created" : "programmes.saved", saved.getName());
            startNew();
            all = null;
        } catch (DomainException e) {
            FacesTexts.error(e, "programmeForm");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "programmeForm");
        }
    }

    public boolean isEditing() { return editedId != null; }
    public Long getEditedId() { return editedId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDonor() { return donor; }
    public void setDonor(String donor) { this.donor = donor; }
    public String getBeneficiary() { return beneficiary; }
    public void setBeneficiary(String beneficiary) { this.beneficiary = beneficiary; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getCoOrganisers() { return coOrganisers; }
    public void setCoOrganisers(String coOrganisers) { this.coOrganisers = coOrganisers; }
}

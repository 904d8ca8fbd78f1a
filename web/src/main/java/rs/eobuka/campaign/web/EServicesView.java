package rs.eobuka.campaign.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import rs.eobuka.campaign.EServiceDraft;
import rs.eobuka.campaign.EServiceEditor;
import rs.eobuka.campaign.LocalEService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.i18n.web.LanguageSelection;

/**
 * organizer/eservices.xhtml: an organizer chooses one of the campaigns' municipalities and keeps
 * the e-services it offers, which the campaign's page lists: add, correct, remove. A refused
 * form shows every refusal at its field and keeps what was typed.
 */
@Named("eservicesView")
@ViewScoped
public class EServicesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "eserviceForm";

    @Inject
    transient EServiceEditor editor;

    @Inject
    transient LanguageSelection languageSelection;

    /** A municipality to choose, named in the page's script. */
    public record Place(String code, String name) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** An e-service of the list, as the page shows and edits it. */
    public record Row(long id, LocalizedText name, LocalizedText description, String url) implements Serializable {

        private static final long serialVersionUID = 1L;

        static Row of(LocalEService service) {
            return new Row(service.getId(), service.getName(), service.getDescription(), service.getUrl());
        }
    }

    private List<Place> places;
    private String lsguCode;
    private List<Row> services;
    /** The e-service being corrected; null while a new one is written. */
    private Long editingId;
    private boolean editing;
    private String nameLatn;
    private String nameCyrl;
    private String nameEn;
    private String descriptionLatn;
    private String descriptionCyrl;
    private String descriptionEn;
    private String url;

    public List<Place> getPlaces() {
        if (places == null) {
            boolean cyrillic = languageSelection.isCyrillic();
            Collator collator = Collator.getInstance(new Locale("sr"));
            places = editor.campaignLsgus().stream().map(u -> new Place(u.getCode(), u.name(cyrillic)))
                    .sorted(Comparator.comparing(Place::name, collator)).toList();
        }
        return places;
    }

    /** Another municipality was chosen: its list, and no form open. */
    public void lsguChanged() {
        services = null;
        editing = false;
    }

    public List<Row> getServices() {
        if (services == null) {
            services = lsguCode == null || lsguCode.isBlank() ? List.of() : editor.of(lsguCode).stream().map(Row::of).toList();
        }
        return services;
    }

    public void startNew() {
        fill(null, null, null, null);
        editing = true;
    }

    public void edit(Row service) {
        fill(service.id(), service.name(), service.description(), service.url());
        editing = true;
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        EServiceDraft draft = new EServiceDraft(lsguCode, new LocalizedText(nameLatn, nameCyrl, nameEn),
                new LocalizedText(descriptionLatn, descriptionCyrl, descriptionEn), url);
        try {
            LocalEService saved = editingId == null ? editor.add(draft) : editor.update(editingId, draft);
            FacesTexts.info(editingId == null ? "eservices.added" : "eservices.saved", saved.getName().in(languageSelection.getLanguage()));
            editing = false;
            services = null;
        } catch (InvalidFieldsException e) {
            // a text's refusal is shown at its Serbian Latin field, the first of its three
            e.refusals().forEach(refusal -> FacesTexts.error(new RuleViolationException(
                    "name".equals(refusal.field()) || "description".equals(refusal.field()) ? refusal.field() + "Latn" : refusal.field(),
                    refusal.messageKey(), refusal.arguments()), FORM));
        } catch (DomainException e) {
            FacesTexts.error(e, FORM);
        }
    }

    public void remove(Row service) {
        try {
            editor.remove(service.id());
            FacesTexts.info("eservices.removed", service.name().in(languageSelection.getLanguage()));
        } catch (DomainException e) {
            FacesTexts.error(e, FORM);
        }
        services = null;
        editing = false;
    }

    private void fill(Long id, LocalizedText name, LocalizedText description, String address) {
        editingId = id;
        nameLatn = name == null ? null : name.getSrLatn();
        nameCyrl = name == null ? null : name.getSrCyrl();
        nameEn = name == null ? null : name.getEn();
        descriptionLatn = description == null ? null : description.getSrLatn();
        descriptionCyrl = description == null ? null : description.getSrCyrl();
        descriptionEn = description == null ? null : description.getEn();
        url = address;
    }

    public boolean isEditing() { return editing; }
    public boolean isCreating() { return editingId == null; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode; }
    public String getNameLatn() { return nameLatn; }
    public void setNameLatn(String nameLatn) { this.nameLatn = nameLatn; }
    public String getNameCyrl() { return nameCyrl; }
    public void setNameCyrl(String nameCyrl) { this.nameCyrl = nameCyrl; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescriptionLatn() { return descriptionLatn; }
    public void setDescriptionLatn(String descriptionLatn) { this.descriptionLatn = descriptionLatn; }
    public String getDescriptionCyrl() { return descriptionCyrl; }
    public void setDescriptionCyrl(String descriptionCyrl) { this.descriptionCyrl = descriptionCyrl; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}

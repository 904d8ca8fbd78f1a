package rs.eobuka.competition.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.primefaces.component.datagrid.DataGrid;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import rs.eobuka.campaign.EServiceEditor;
import rs.eobuka.competition.Competition;
import rs.eobuka.competition.CompetitionCategory;
import rs.eobuka.competition.CompetitionPhase;
import rs.eobuka.competition.CompetitionPlaces;
import rs.eobuka.competition.CompetitionService;
import rs.eobuka.competition.EntryDetailsService;
import rs.eobuka.competition.EntryDraft;
import rs.eobuka.competition.EntryGallery;
import rs.eobuka.competition.EntryImages;
import rs.eobuka.competition.EntryService;
import rs.eobuka.competition.GalleryEntry;
import rs.eobuka.competition.ResultsStatus;
import rs.eobuka.competition.VoteService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.i18n.web.LanguageSelection;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.platform.web.PagedModel;

/**
 * competition/index.xhtml?id=N, a campaign's competition for the public, without signing in: its
 * rules, categories with prizes, windows and phase; while entries are open, the entry form
 * (images are received one by one as they are chosen and kept in the view, so a refusal loses
 * nothing typed or uploaded); and the gallery of published entries, filtered and paged in the
 * database.
 */
@Named
@ViewScoped
public class CompetitionPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "entryForm";
    static final String GALLERY_GRID = "galleryForm:gallery";

    @Inject
    transient CompetitionService competitions;

    @Inject
    transient CompetitionPlaces places;

    @Inject
    transient EntryService entries;

    @Inject
    transient EntryGallery gallery;

    @Inject
    transient VoteService votes;

    @Inject
    transient Validator validator;

    @Inject
    transient LanguageSelection languageSelection;

    /** A municipality an entrant may choose, named in the page's script. */
    public record Place(String code, String name) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    private Long id;
    private Competition competition;
    private boolean loaded;
    private final EntryForm form = new EntryForm();
    /** The title and address of the entry just received, for the thanks; null until then. */
    private String receivedTitle;
    private String receivedEmail;
    private String galleryCategory;
    private String galleryLsgu;
    private PagedModel<GalleryEntry> galleryEntries;
    private List<Place> galleryPlaces;
    private List<Place> entryPlaces;
    private String entryPlacesCategory;
    private Long votesCast;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        competition = competitions.find(id).orElse(null);
        if (competition != null) {
            long competitionId = competition.getId();
            galleryEntries = new PagedModel<>(() -> gallery.count(competitionId, galleryCategory, galleryLsgu),
                    (first, max) -> gallery.page(competitionId, galleryCategory, galleryLsgu, first, max), g -> String.valueOf(g.id()));
            if (competition.getCategories().size() == 1) {
                form.setCategory(competition.getCategories().get(0).getCode());
            }
        }
    }

    /** Receives one chosen image: checked at once (a JPEG or PNG within the limits), kept until the entry is sent. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        int number = form.getImages().size() + 1;
        try {
            if (number > EntryImages.MAX_IMAGES) {
                throw new RuleViolationException("images", "competition.image.tooMany", EntryImages.MAX_IMAGES);
            }
            if (file.getSize() > EntryImages.MAX_BYTES) {
                throw new RuleViolationException("images", "competition.image.tooLarge", number, getMaxMegabytes());
            }
            byte[] bytes = file.getContent();
            EntryImages.verify(bytes, number);
            form.getImages().add(new EntryForm.Image(file.getFileName(), bytes.length, bytes));
        } catch (DomainException e) {
            FacesTexts.error(e, FORM);
        }
    }

    /** Another category was chosen: a municipality off its track is chosen no longer. */
    public void categoryChanged() {
        if (getEntryPlaces().stream().noneMatch(p -> p.code().equals(form.getLsguCode()))) {
            form.setLsguCode(null);
        }
    }

    public void removeImage(int index) {
        if (index >= 0 && index < form.getImages().size()) {
            form.getImages().remove(index);
        }
    }

    /** Sends the entry; a refusal is shown at its field and the form keeps everything. */
    public void submit() {
        EntryDraft draft = form.draft();
        Set<String> invalid = new TreeSet<>();
        for (ConstraintViolation<EntryDraft> violation : validator.validate(draft)) {
            invalid.add(violation.getPropertyPath().iterator().next().getName());
        }
        if (!invalid.isEmpty()) {
            invalid.forEach(field -> FacesTexts.error(new RuleViolationException("links".equals(field) ? "link1" : field,
                    "competition.form.invalid." + field), FORM));
            return;
        }
        try {
            EntryService.Received received = entries.submit(competition.getId(), draft, form.imageBytes(), FacesTexts.language());
            receivedTitle = received.entry().getTitle();
            receivedEmail = received.entry().getEmail();
        } catch (DomainException e) {
            FacesTexts.error(e, FORM);
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, FORM);
        }
    }

    /** The gallery's filter changed: back to its first page. */
    public void filterGallery() {
        UIComponent grid = FacesContext.getCurrentInstance().getViewRoot().findComponent(GALLERY_GRID);
        if (grid instanceof DataGrid dataGrid) {
            dataGrid.setFirst(0);
        }
    }

    public boolean isFound() {
        return competition != null;
    }

    public CompetitionPhase getPhase() {
        return competition.phaseAt(SerbianTime.now());
    }

    public boolean isEntriesOpen() {
        return isFound() && getPhase() == CompetitionPhase.ENTRIES_OPEN;
    }

    /** Whether the public may vote now: the gallery then offers a vote for each entry. */
    public boolean isVotingOpen() {
        return isFound() && getPhase() == CompetitionPhase.VOTING;
    }

    /** Whether the results have been approved and published: the page then links to them. */
    public boolean isResultsPublished() {
        return isFound() && competition.getResultsStatus() == ResultsStatus.APPROVED;
    }

    /** Votes confirmed so far, all categories together: the only count shown while the vote runs. */
    public long getVotesCast() {
        if (votesCast == null) {
            votesCast = votes.votesCast(competition.getId());
        }
        return votesCast;
    }

    public boolean isReceived() {
        return receivedTitle != null;
    }

    /** The municipalities of the chosen category's track, for the entry form (none until a category is chosen). */
    public List<Place> getEntryPlaces() {
        String category = form.getCategory() == null || form.getCategory().isBlank() ? null : form.getCategory();
        if (category == null) {
            return List.of();
        }
        if (!category.equals(entryPlacesCategory)) {
            entryPlaces = placesOf(category);
            entryPlacesCategory = category;
        }
        return entryPlaces;
    }

    /** Every municipality entrants may come from, for the gallery's filter. */
    public List<Place> getGalleryPlaces() {
        if (galleryPlaces == null) {
            galleryPlaces = placesOf(null);
        }
        return galleryPlaces;
    }

    private List<Place> placesOf(String category) {
        boolean cyrillic = languageSelection.isCyrillic();
        Collator collator = Collator.getInstance(new Locale("sr"));
        return places.of(competition.getId(), category).stream().map(u -> new Place(u.getCode(), u.name(cyrillic)))
                .sorted(Comparator.comparing(Place::name, collator)).toList();
    }

    public String categoryName(String code) {
        return competition.category(code).map(c -> c.getName().in(languageSelection.getLanguage())).orElse(code);
    }

    public List<CompetitionCategory> getCategories() {
        return competition.getCategories();
    }

    public String lsguName(GalleryEntry entry) {
        return languageSelection.isCyrillic() ? entry.lsguNameCyrl() : entry.lsguNameLatn();
    }

    public List<Integer> imagePositions(GalleryEntry entry) {
        return IntStream.rangeClosed(1, (int) entry.images()).boxed().toList();
    }

    public List<String> links(GalleryEntry entry) {
        return entry.links() == null ? List.of() : entry.links().lines().filter(l -> !l.isBlank()).toList();
    }

    /**
     * Whether an entrant's link may be followed: only http and https addresses become links
     * (anything else, a {@code javascript:} one among them, is shown as text).
     */
    public boolean isWebLink(String link) {
        return EServiceEditor.isWebAddress(link);
    }

    public long getHoursToConfirm() {
        return EntryDetailsService.hoursToConfirm();
    }

    public int getMaxImages() {
        return EntryImages.MAX_IMAGES;
    }

    public int getMaxMegabytes() {
        return EntryImages.MAX_BYTES / (1024 * 1024);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Competition getCompetition() { return competition; }
    public EntryForm getForm() { return form; }
    public String getReceivedTitle() { return receivedTitle; }
    public String getReceivedEmail() { return receivedEmail; }
    public String getGalleryCategory() { return galleryCategory; }
    public void setGalleryCategory(String galleryCategory) { this.galleryCategory = galleryCategory; }
    public String getGalleryLsgu() { return galleryLsgu; }
    public void setGalleryLsgu(String galleryLsgu) { this.galleryLsgu = galleryLsgu; }
    public PagedModel<GalleryEntry> getGalleryEntries() { return galleryEntries; }
}

package rs.eobuka.campaign;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.reference.LocalSelfGovernmentUnit;

/**
 * Organizers keep the e-services of the campaigns' LSGUs: add, correct, remove. Every refusal of
 * a draft comes at once, each naming its field; an LSGU must take part in a campaign.
 */
@Stateless
public class EServiceEditor {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_URL = 500;
    /** E-services per LSGU: the campaign page lists them all. */
    static final int MAX_PER_LSGU = 30;

    @PersistenceContext
    EntityManager em;

    /** An LSGU's e-services in their order. */
    public List<LocalEService> of(String lsguCode) {
        return em.createQuery("select s from LocalEService s where s.lsguCode = :code order by s.position, s.id", LocalEService.class)
                .setParameter("code", lsguCode).setMaxResults(MAX_PER_LSGU).getResultList();
    }

    /** Every LSGU taking part in a campaign, on either track, by Latin name. */
    public List<LocalSelfGovernmentUnit> campaignLsgus() {
        return em.createQuery("select l from LocalSelfGovernmentUnit l where l.code in (select m.lsguCode from Campaign c"
                + " join c.municipalities m) order by l.nameLatn", LocalSelfGovernmentUnit.class).getResultList();
    }

    private boolean inCampaign(String lsguCode) {
        return !em.createQuery("select 1 from Campaign c join c.municipalities m where m.lsguCode = :code", Integer.class)
                .setParameter("code", lsguCode).setMaxResults(1).getResultList().isEmpty();
    }

    public LocalEService get(long id) {
        LocalEService service = em.find(LocalEService.class, id);
        if (service == null) {
            throw new NotFoundException("eservice.notFound");
        }
        return service;
    }

    /** Adds an e-service at the end of its LSGU's list. */
    public LocalEService add(EServiceDraft draft) {
        check(draft);
        // the LSGU's list is appended to one organizer at a time, so two additions never take one position
        em.createQuery("select l from LocalSelfGovernmentUnit l where l.code = :code", LocalSelfGovernmentUnit.class).setParameter("code", draft.lsguCode())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<Integer> last = em.createQuery("select max(s.position) from LocalEService s where s.lsguCode = :code", Integer.class)
                .setParameter("code", draft.lsguCode()).getResultList();
        long count = em.createQuery("select count(s) from LocalEService s where s.lsguCode = :code", Long.class)
                .setParameter("code", draft.lsguCode()).getSingleResult();
        if (count >= MAX_PER_LSGU) {
            throw new RuleViolationException("lsguCode", "eservice.tooMany", MAX_PER_LSGU);
        }
        int position = last.isEmpty() || last.get(0) == null ? 1 : last.get(0) + 1;
        LocalEService service = new LocalEService(draft.lsguCode(), position, trimmed(draft.name()), trimmed(draft.description()),
                draft.url().strip(), Instant.now());
        em.persist(service);
        return service;
    }

    /** Corrects an e-service; it stays with its LSGU and in its place. */
    public LocalEService update(long id, EServiceDraft draft) {
        LocalEService service = get(id);
        check(new EServiceDraft(service.getLsguCode(), draft.name(), draft.description(), draft.url()));
        service.revise(trimmed(draft.name()), trimmed(draft.description()), draft.url().strip());
        return service;
    }

    public void remove(long id) {
        em.remove(get(id));
    }

    private void check(EServiceDraft draft) {
        List<RuleViolationException> refusals = new ArrayList<>();
        if (draft.lsguCode() == null || !inCampaign(draft.lsguCode())) {
            refusals.add(new RuleViolationException("lsguCode", "eservice.lsgu.notInCampaign"));
        }
        text(refusals, "name", draft.name(), MAX_NAME);
        text(refusals, "description", draft.description(), MAX_DESCRIPTION);
        if (!isWebAddress(draft.url())) {
            refusals.add(new RuleViolationException("url", "eservice.url.invalid", MAX_URL));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidFieldsException(refusals);
        }
    }

    private static void text(List<RuleViolationException> refusals, String field, LocalizedText text, int max) {
        if (text == null || !text.isComplete()) {
            refusals.add(new RuleViolationException(field, "eservice.text.threeLanguages"));
        } else if (text.getSrLatn().strip().length() > max || text.getSrCyrl().strip().length() > max || text.getEn().strip().length() > max) {
            refusals.add(new RuleViolationException(field, "eservice.text.tooLong", max));
        }
    }

    /** An http or https address with a host, within the length limit. */
    public static boolean isWebAddress(String url) {
        if (url == null || url.isBlank() || url.strip().length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static LocalizedText trimmed(LocalizedText text) {
        return new LocalizedText(text.getSrLatn().strip(), text.getSrCyrl().strip(), text.getEn().strip());
    }
}

package rs.eobuka.campaign;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rs.eobuka.platform.errors.NotFoundException;

/** Campaigns as the public reads them: the campaign, its LSGUs on the map and their e-services. */
@Stateless
public class CampaignService {

    @PersistenceContext
    EntityManager em;

    /** Every campaign, the latest first: a programme runs a handful. */
    public List<Campaign> campaigns() {
        return em.createQuery("select c from Campaign c order by c.startsOn desc, c.id desc", Campaign.class).setMaxResults(100).getResultList();
    }

    public Campaign get(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("campaign.notFound");
        }
        return campaign;
    }

    /** The campaign's LSGUs in Latin alphabetical order, each with its tracks and e-services; two queries in all. */
    public List<CampaignPlace> places(Campaign campaign) {
        Map<String, Set<CampaignTrack>> tracks = new HashMap<>();
        campaign.getMunicipalities().forEach(m -> tracks.computeIfAbsent(m.getLsguCode(), code -> EnumSet.noneOf(CampaignTrack.class))
                .add(m.getTrack()));
        if (tracks.isEmpty()) {
            return List.of();
        }
        Map<String, List<LocalEService>> services = new HashMap<>();
        for (LocalEService service : em.createQuery("select s from LocalEService s where s.lsguCode in :codes order by s.lsguCode, s.position",
                LocalEService.class).setParameter("codes", tracks.keySet()).getResultList()) {
            services.computeIfAbsent(service.getLsguCode(), code -> new ArrayList<>()).add(service);
        }
        // a city municipality without coordinates of its own is drawn at its city's seat
        List<CampaignPlace> places = new ArrayList<>();
        for (Object row : em.createNativeQuery("select l.code, l.name_latn, l.name_cyrl, l.region_latn, l.region_cyrl,"
                + " coalesce(l.latitude, c.latitude), coalesce(l.longitude, c.longitude) from lsgu l left join lsgu c on c.code = l.parent_code"
                + " where l.code in (:codes) order by l.name_latn").setParameter("codes", tracks.keySet()).getResultList()) {
            Object[] r = (Object[]) row;
            String code = (String) r[0];
            places.add(new CampaignPlace(code, (String) r[1], (String) r[2], (String) r[3], (String) r[4], number(r[5]), number(r[6]),
                    tracks.get(code), services.getOrDefault(code, List.of())));
        }
        return places;
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}

package rs.eobuka.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.Programme;
import rs.eobuka.reference.ProgrammeService;

/**
 * In every mode: the real campaign "Da kliknemo zajedno" with its programme and municipalities,
 * matched by name to the reference data (a name that matches no city or municipality stops the
 * deployment, naming it). In demo mode also e-services for the municipalities of its e-service
 * track, so that the campaign page has something to show on first run.
 */
@Singleton
@Startup
// after the demo catalogue, which seeds its programmes only into a database that has none of them
@DependsOn({"DatabaseMigration", "DemoCatalogue"})
public class CampaignSeed {

    private static final Logger LOG = Logger.getLogger(CampaignSeed.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeService programmes;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (!em.createQuery("select c.id from Campaign c where c.code = :code", Long.class).setParameter("code", RealCampaign.CODE)
                .getResultList().isEmpty()) {
            return;
        }
        LsguNames names = new LsguNames(em.createQuery("select u from LocalSelfGovernmentUnit u", LocalSelfGovernmentUnit.class)
                .getResultStream().map(u -> new LsguNames.Unit(u.getCode(), u.getNameLatn(), u.getType())).toList());
        Map<String, String> eServices = names.codes(RealCampaign.ESERVICES);
        Map<String, String> openData = names.codes(RealCampaign.OPEN_DATA);
        Instant now = Instant.now();
        Programme programme = programmes.findByName(RealCampaign.PROGRAMME.name()).orElseGet(() -> programmes.create(RealCampaign.PROGRAMME));
        Campaign campaign = new Campaign(RealCampaign.CODE, RealCampaign.NAME, RealCampaign.SUMMARY, programme, RealCampaign.STARTS_ON,
                RealCampaign.ENDS_ON, now);
        campaign.takePart(eServices.values(), CampaignTrack.ESERVICES);
        campaign.takePart(openData.values(), CampaignTrack.OPEN_DATA);
        em.persist(campaign);
        if (DemoAccounts.enabled()) {
            demoEServices(List.copyOf(eServices.values()), now);
        }
        LOG.info(() -> "Campaign " + RealCampaign.CODE + ": " + eServices.size() + " LSGUs on e-services, " + openData.size() + " on open data");
    }

    /** Demo only: three or four of the services the campaign promotes, per municipality of its e-service track. */
    private void demoEServices(List<String> codes, Instant now) {
        for (int i = 0; i < codes.size(); i++) {
            int position = 0;
            for (int s = 0; s < DEMO_SERVICES.size(); s++) {
                if (s < 2 || (i + s) % 2 == 0) {
                    DemoService service = DEMO_SERVICES.get(s);
                    em.persist(new LocalEService(codes.get(i), position++, service.name(), service.description(), service.url(), now));
                }
            }
        }
    }

    private record DemoService(LocalizedText name, LocalizedText description, String url) {
    }

    private static final List<DemoService> DEMO_SERVICES = List.of(
            new DemoService(new LocalizedText("eBeba", "еБеба", "eBaby"),
                    new LocalizedText("Upis novorođenčeta, prebivalište i zdravstveno osiguranje iz porodilišta, bez šaltera.",
                            "Упис новорођенчета, пребивалиште и здравствено осигурање из породилишта, без шалтера.",
                            "A newborn's registration, residence and health insurance from the maternity ward, without a counter."),
                    "https://euprava.gov.rs"),
            new DemoService(new LocalizedText("Prijava komunalnog problema", "Пријава комуналног проблема", "Reporting a communal problem"),
                    new LocalizedText("Rupa na putu, neodnešeno smeće ili pokvarena rasveta: prijava sa fotografijom i praćenje rešavanja.",
                            "Рупа на путу, неоднешено смеће или покварена расвета: пријава са фотографијом и праћење решавања.",
                            "A pothole, uncollected rubbish or a broken street light: report it with a photo and follow it up."),
                    "https://euprava.gov.rs"),
            new DemoService(new LocalizedText("eVrtić", "еВртић", "eKindergarten"),
                    new LocalizedText("Upis deteta u predškolsku ustanovu elektronski, sa podacima koje opština već ima.",
                            "Упис детета у предшколску установу електронски, са подацима које општина већ има.",
                            "Enrolling a child in kindergarten online, with the data the municipality already holds."),
                    "https://euprava.gov.rs"),
            new DemoService(new LocalizedText("Lokacijska informacija", "Локацијска информација", "Location information"),
                    new LocalizedText("Zahtev za informaciju o lokaciji parcele, podnet i preuzet elektronski.",
                            "Захтев за информацију о локацији парцеле, поднет и преузет електронски.",
                            "A request for a plot's location information, filed and received online."),
                    "https://euprava.gov.rs"),
            new DemoService(new LocalizedText("Naknada za porodiljsko odsustvo", "Накнада за породиљско одсуство", "Maternity-leave pay"),
                    new LocalizedText("Zahtev za lokalnu naknadu porodiljama, bez dolaska u opštinu.",
                            "Захтев за локалну накнаду породиљама, без доласка у општину.",
                            "Applying for the municipality's maternity-leave pay without a visit."),
                    "https://euprava.gov.rs"));
}

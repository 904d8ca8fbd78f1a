package rs.eobuka.session;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.Programme;
import rs.eobuka.reference.ProgrammeDetails;
import rs.eobuka.reference.ProgrammeService;
import rs.eobuka.session.process.SessionApprovalVariables;

/**
 * Demo mode only ({@code eobuka.demo=true}): the programmes and trainings the programme really
 * runs, and upcoming sessions in Kragujevac, Čačak, Novi Sad, Niš and Šabac, proposed by the
 * demo organizer and approved by the demo coordinator through the real approval process, so the
 * catalogue is alive on the first run. Seeds once, when there are no programmes yet.
 */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());

    @Inject
    ProgrammeService programmes;

    @Inject
    TrainingService trainings;

    @Inject
    SessionApprovalService approvals;

    @Inject
    TaskService tasks;

    private record DemoTraining(String key, String programme, TrainingText text, int hours, Set<Topic> topics,
                                Set<OrganisationType> audiences) {
    }

    private record DemoSession(String training, String lsguCode, String venue, String address, int daysAhead,
                               int startHour, int hours, int capacity, Integer quota, String trainers) {
    }

    private static final List<ProgrammeDetails> PROGRAMMES = List.of(
            new ProgrammeDetails("Lokalna eUprava", "Vlada Švajcarske", "Kancelarija za informacione tehnologije i elektronsku upravu", LocalDate.parse("2025-01-01"), LocalDate.parse("2027-12-31"), "Stalna konferencija gradova i opština"),
            new ProgrammeDetails("eUprava za civilno društvo", "Evropska unija", "Kancelarija za saradnju sa civilnim društvom", LocalDate.parse("2025-03-01"), LocalDate.parse("2027-02-28"), "Kancelarija za informacione tehnologije i elektronsku upravu"),
            new ProgrammeDetails("Informaciona bezbednost u javnoj upravi", "Evropska unija", "Kancelarija za informacione tehnologije i elektronsku upravu", LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31"), "Nacionalni CERT (RATEL)\nMinistarstvo informisanja i telekomunikacija"),
            new ProgrammeDetails("eFakture u javnom sektoru", "Svetska banka", "Ministarstvo finansija", LocalDate.parse("2025-06-01"), LocalDate.parse("2027-05-31"), "Uprava za trezor"),
            new ProgrammeDetails("Digitalni karavan", "Svetska banka", "Kancelarija za informacione tehnologije i elektronsku upravu", LocalDate.parse("2026-01-01"), LocalDate.parse("2027-06-30"), "Republički fond za zdravstveno osiguranje\nUprava za trezor\nPokrajinski sekretarijat za regionalni razvoj, međuregionalnu saradnju i lokalnu samoupravu"));

    private static final List<DemoTraining> TRAININGS = List.of(
            new DemoTraining("ELECTRONIC_OFFICE", "Lokalna eUprava",
                    new TrainingText("Elektronsko kancelarijsko poslovanje, eSanduče i elektronski potpis",
                            "Електронско канцеларијско пословање, еСандуче и електронски потпис",
                            "Electronic office work, the eMailbox and electronic signatures",
                            "Za zaposlene u gradskim i opštinskim upravama: elektronska pisarnica, prijem i slanje akata preko eSandučeta i potpisivanje kvalifikovanim elektronskim potpisom.",
                            "За запослене у градским и општинским управама: електронска писарница, пријем и слање аката преко еСандучета и потписивање квалификованим електронским потписом.",
                            "For staff of city and municipal administrations: the electronic registry office, receiving and sending documents through the eMailbox, and signing with a qualified electronic signature."),
                    6, Set.of(Topic.ELECTRONIC_OFFICE, Topic.E_MAILBOX, Topic.E_SIGNATURE, Topic.LOCAL_E_GOVERNMENT), Set.of(OrganisationType.LSGU)),
            new DemoTraining("CSO", "eUprava za civilno društvo",
                    new TrainingText("Elektronske usluge za organizacije civilnog društva",
                            "Електронске услуге за организације цивилног друштва",
                            "Electronic services for civil-society organisations",
                            "Kako organizacije civilnog društva koriste portal eUprava, eSanduče i elektronski potpis u radu sa institucijama.",
                            "Како организације цивилног друштва користе портал еУправа, еСандуче и електронски потпис у раду са институцијама.",
                            "How civil-society organisations use the eGovernment portal, the eMailbox and electronic signatures when dealing with institutions."),
                    4, Set.of(Topic.CIVIL_SOCIETY, Topic.E_MAILBOX, Topic.E_SIGNATURE), Set.of(OrganisationType.CSO)),
            new DemoTraining("INFOSEC", "Informaciona bezbednost u javnoj upravi",
                    new TrainingText("Informaciona bezbednost za zaposlene u javnoj upravi",
                            "Информациона безбедност за запослене у јавној управи",
                            "Information security for public administration staff",
                            "Zaštita naloga i uređaja, prepoznavanje pecanja (phishing), postupanje u slučaju incidenta i obaveze prema Zakonu o informacionoj bezbednosti, uz predavače nacionalnog CERT-a.",
                            "Заштита налога и уређаја, препознавање пецања (пхисхинг), поступање у случају инцидента и обавезе према Закону о информационој безбедности, уз предаваче националног ЦЕРТ-а.",
                            "Protecting accounts and devices, recognising phishing, handling an incident and the duties under the Information Security Act, with trainers of the national CERT."),
                    6, Set.of(Topic.INFORMATION_SECURITY), Set.of(OrganisationType.LSGU, OrganisationType.PUBLIC_INSTITUTION)),
            new DemoTraining("EINVOICING", "eFakture u javnom sektoru",
                    new TrainingText("Elektronske fakture u javnom sektoru",
                            "Електронске фактуре у јавном сектору",
                            "Electronic invoicing in the public sector",
                            "Prijem, odobravanje i evidentiranje elektronskih faktura u Sistemu elektronskih faktura za korisnike javnih sredstava.",
                            "Пријем, одобравање и евидентирање електронских фактура у Систему електронских фактура за кориснике јавних средстава.",
                            "Receiving, approving and recording electronic invoices in the national eInvoicing system for public-sector bodies."),
                    5, Set.of(Topic.E_INVOICING), Set.of(OrganisationType.LSGU, OrganisationType.PUBLIC_INSTITUTION)),
            new DemoTraining("ESICK", "Digitalni karavan",
                    new TrainingText("eBolovanje: elektronske potvrde o privremenoj sprečenosti za rad",
                            "еБоловање: електронске потврде о привременој спречености за рад",
                            "eSick Leave: electronic certificates of temporary incapacity for work",
                            "Radionica Digitalnog karavana za poslodavce i službe ljudskih resursa: preuzimanje elektronskih doznaka, rokovi i najčešće greške u sistemu eBolovanje.",
                            "Радионица Дигиталног каравана за послодавце и службе људских ресурса: преузимање електронских дознака, рокови и најчешће грешке у систему еБоловање.",
                            "A Digital Caravan workshop for employers and HR services: receiving electronic sick-leave certificates, deadlines and the most common mistakes in the eSick Leave system."),
                    3, Set.of(Topic.E_SICK_LEAVE), Set.of(OrganisationType.EMPLOYER, OrganisationType.PUBLIC_INSTITUTION, OrganisationType.LSGU)),
            new DemoTraining("EPAY", "Digitalni karavan",
                    new TrainingText("ePlaćanje taksi i naknada i Jedinstveni registar neporeskih prihoda",
                            "еПлаћање такси и накнада и Јединствени регистар непореских прихода",
                            "ePay for fees and charges and the Unified Register of Non-Tax Revenues",
                            "Radionica Digitalnog karavana: elektronsko plaćanje administrativnih taksi i naknada i unos podataka u Jedinstveni registar neporeskih prihoda.",
                            "Радионица Дигиталног каравана: електронско плаћање административних такси и накнада и унос података у Јединствени регистар непореских прихода.",
                            "A Digital Caravan workshop: electronic payment of administrative fees and charges, and data entry into the Unified Register of Non-Tax Revenues."),
                    3, Set.of(Topic.E_PAY), Set.of(OrganisationType.LSGU, OrganisationType.PUBLIC_INSTITUTION)),
            new DemoTraining("URNTR", "Digitalni karavan",
                    new TrainingText("Jedinstveni registar neporeskih prihoda: unos i provera taksi i naknada",
                            "Јединствени регистар непореских прихода: унос и провера такси и накнада",
                            "Unified Register of Non-Tax Revenues: entering and checking fees and charges",
                            "Radionica Digitalnog karavana za službenike lokalnih samouprava i institucija: unos, izmena i provera taksi i naknada u Jedinstvenom registru neporeskih prihoda i njihovo povezivanje sa upravnim postupcima.",
                            "Радионица Дигиталног каравана за службенике локалних самоуправа и институција: унос, измена и провера такси и накнада у Јединственом регистру непореских прихода и њихово повезивање са управним поступцима.",
                            "A Digital Caravan workshop for officials of local governments and institutions: entering, updating and checking fees and charges in the Unified Register of Non-Tax Revenues, and linking them to administrative procedures."),
                    3, Set.of(Topic.URNTR), Set.of(OrganisationType.LSGU, OrganisationType.PUBLIC_INSTITUTION)));

    private static final List<DemoSession> SESSIONS = List.of(
            new DemoSession("ELECTRONIC_OFFICE", "70645", "Gradska uprava Kragujevac, velika sala", "Trg slobode 3", 9, 10, 6, 30, 5, "Marko Petrović, Jelena Ilić"),
            new DemoSession("INFOSEC", "71242", "Gradska kuća Čačak, sala Skupštine", "Župana Stracimira 2", 13, 10, 6, 25, 4, "Nacionalni CERT"),
            new DemoSession("EINVOICING", "89010", "Gradska kuća Novi Sad, plava sala", "Trg slobode 1", 16, 9, 5, 40, null, "Ana Kovačević"),
            new DemoSession("ESICK", "79022", "Gradska uprava Niš, sala 1", "Nikole Pašića 24", 20, 11, 3, 35, null, "Digitalni karavan"),
            new DemoSession("EPAY", "71269", "Gradska uprava Šabac, mala sala", "Gospodar Jevremova 6", 23, 11, 3, 20, 3, "Digitalni karavan"),
            new DemoSession("CSO", "89010", "Kulturni centar Novog Sada", "Katolička porta 5", 27, 10, 4, 20, null, "Milan Jovanović"),
            new DemoSession("ELECTRONIC_OFFICE", "79022", "Gradska uprava Niš, sala 2", "Nikole Pašića 24", 34, 10, 6, 30, 5, "Marko Petrović"));

    @PostConstruct
    void seed() {
        if (!DemoAccounts.enabled() || programmes.findByName(PROGRAMMES.get(0).name()).isPresent()) {
            return;
        }
        Map<String, Long> programmeIds = new HashMap<>();
        for (ProgrammeDetails details : PROGRAMMES) {
            Programme programme = programmes.create(details);
            programmeIds.put(programme.getName(), programme.getId());
        }
        Map<String, Long> trainingIds = new HashMap<>();
        for (DemoTraining demo : TRAININGS) {
            Training training = trainings.create(new TrainingDetails(programmeIds.get(demo.programme()),
                    demo.text().titleSrLatn(), demo.text().titleSrCyrl(), demo.text().titleEn(),
                    demo.text().descriptionSrLatn(), demo.text().descriptionSrCyrl(), demo.text().descriptionEn(),
                    demo.hours(), demo.topics(), demo.audiences()));
            trainingIds.put(demo.key(), training.getId());
        }
        LocalDateTime today = SerbianTime.now().toLocalDate().atStartOfDay();
        for (DemoSession demo : SESSIONS) {
            LocalDateTime start = today.plusDays(demo.daysAhead()).plusHours(demo.startHour());
            TrainingSession session = approvals.propose(new SessionPlan(trainingIds.get(demo.training()), demo.lsguCode(),
                    demo.venue(), demo.address(), start, start.plusHours(demo.hours()), start.minusDays(2),
                    demo.capacity(), demo.quota(), demo.trainers(), null), DemoAccounts.PROPOSER);
            Task review = tasks.createTaskQuery().processInstanceId(session.getProcessInstanceId())
                    .taskDefinitionKey(SessionApprovalVariables.TASK_REVIEW).singleResult();
            approvals.review(review.getId(), DemoAccounts.REVIEWER, true, null);
        }
        LOG.info(() -> "Demo catalogue: " + PROGRAMMES.size() + " programmes, " + TRAININGS.size() + " trainings, "
                + SESSIONS.size() + " published sessions");
    }
}

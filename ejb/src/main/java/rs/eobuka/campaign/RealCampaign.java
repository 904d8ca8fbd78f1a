package rs.eobuka.campaign;

import java.time.LocalDate;
import java.util.List;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.reference.ProgrammeDetails;

/**
 * The campaign "Da kliknemo zajedno" as its programme published it: Swiss PRO, funded by the
 * Swiss Government and implemented by UNOPS with the Standing Conference of Towns and
 * Municipalities, in the LSGUs whose e-services and whose open data it improved. The programme
 * named no dates; the seed takes six months from 1 November 2026, which organizers correct.
 */
final class RealCampaign {

    static final String CODE = "da-kliknemo-zajedno";

    static final LocalizedText NAME = new LocalizedText("Da kliknemo zajedno", "Да кликнемо заједно", "Let's click together");

    static final LocalizedText SUMMARY = new LocalizedText(
            "Šest meseci u 35 gradova i opština Šumadije, zapadne i istočne Srbije: kroz medije, društvene mreže i javni konkurs"
                    + " građani upoznaju elektronske usluge koje njihova opština sada nudi (eBeba, eVrtić, naknade za porodiljsko"
                    + " odsustvo i vantelesnu oplodnju, lokacijske informacije, prijava komunalnih problema bez šaltera i telefona)"
                    + " i otvorene podatke svoje lokalne samouprave.",
            "Шест месеци у 35 градова и општина Шумадије, западне и источне Србије: кроз медије, друштвене мреже и јавни конкурс"
                    + " грађани упознају електронске услуге које њихова општина сада нуди (еБеба, еВртић, накнаде за породиљско"
                    + " одсуство и вантелесну оплодњу, локацијске информације, пријава комуналних проблема без шалтера и телефона)"
                    + " и отворене податке своје локалне самоуправе.",
            "Six months in 35 cities and municipalities of Šumadija, western and eastern Serbia: through the media, social networks"
                    + " and a public competition, citizens learn about the e-services their municipality now offers (eBaby, eKindergarten,"
                    + " maternity-leave pay and IVF compensation, location information, reporting communal problems without a counter"
                    + " or a phone call) and about their local government's open data.");

    static final LocalDate STARTS_ON = LocalDate.of(2026, 11, 1);
    static final LocalDate ENDS_ON = LocalDate.of(2027, 4, 30);

    static final ProgrammeDetails PROGRAMME = new ProgrammeDetails("Swiss PRO", "Vlada Švajcarske",
            "Jedinice lokalne samouprave Šumadije, zapadne i istočne Srbije", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31),
            "UNOPS\nStalna konferencija gradova i opština");

    static final List<String> ESERVICES = List.of("Aleksandrovac", "Babušnica", "Bačka Palanka", "Bojnik", "Bor", "Čačak", "Ćuprija",
            "Dimitrovgrad", "Golubac", "Ivanjica", "Jagodina", "Kosjerić", "Kragujevac", "Kraljevo", "Krupanj", "Loznica", "Mali Zvornik",
            "Medveđa", "Nova Varoš", "Novi Pazar", "Osečina", "Rača", "Ražanj", "Rekovac", "Šabac", "Smederevska Palanka", "Sokobanja",
            "Surdulica", "Svilajnac", "Tutin", "Vladimirci", "Vlasotince", "Vrnjačka Banja", "Žagubica", "Zaječar");

    static final List<String> OPEN_DATA = List.of("Aleksinac", "Aranđelovac", "Arilje", "Bujanovac", "Despotovac", "Gornji Milanovac",
            "Knjaževac", "Kruševac", "Kuršumlija", "Lajkovac", "Lebane", "Lučani", "Mionica", "Negotin", "Niš", "Paraćin",
            "Petrovac na Mlavi", "Požarevac", "Priboj", "Prokuplje", "Raška", "Sjenica", "Smederevo", "Topola", "Trstenik", "Užice",
            "Valjevo", "Velika Plana", "Veliko Gradište");

    private RealCampaign() {
    }
}

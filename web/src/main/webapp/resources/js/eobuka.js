/*
 * eObuka in the browser: PrimeFaces in the page's language and script, the main menu's button
 * on a phone, and the search of place names in both scripts.
 */
(function () {
    if (!window.PrimeFaces) {
        return;
    }

    /*
     * PrimeFaces looks a component's texts up under the page's locale as Java prints it, which
     * for the app's Serbian locales (sr-Latn, sr-Cyrl) is "sr__#Latn" and "sr__#Cyrl". Its own
     * "sr" locale is Latin only and starts the week on Sunday; Serbia's week starts on Monday,
     * in every language of the app. Texts not given here fall back to PrimeFaces' English.
     */
    var english = PrimeFaces.locales.en_US;
    function locale(texts) {
        return $.extend(true, {}, english, { firstDayOfWeek: 1, showMonthAfterYear: false }, texts);
    }

    PrimeFaces.locales['sr__#Latn'] = locale({
        accept: 'Da', reject: 'Ne', choose: 'Izaberi', cancel: 'Otkaži', clear: 'Obriši', apply: 'Primeni',
        today: 'Danas', now: 'Sada', weekHeader: 'Ned', am: 'AM', pm: 'PM',
        monthNames: ['januar', 'februar', 'mart', 'april', 'maj', 'jun', 'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar'],
        monthNamesShort: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'avg', 'sep', 'okt', 'nov', 'dec'],
        dayNames: ['nedelja', 'ponedeljak', 'utorak', 'sreda', 'četvrtak', 'petak', 'subota'],
        dayNamesShort: ['ned', 'pon', 'uto', 'sre', 'čet', 'pet', 'sub'],
        dayNamesMin: ['Ne', 'Po', 'Ut', 'Sr', 'Če', 'Pe', 'Su'],
        chooseDate: 'Izaberite datum', chooseMonth: 'Izaberite mesec', chooseYear: 'Izaberite godinu',
        prevMonth: 'Prethodni mesec', nextMonth: 'Sledeći mesec', prevYear: 'Prethodna godina', nextYear: 'Sledeća godina',
        prevDecade: 'Prethodna decenija', nextDecade: 'Sledeća decenija',
        prevHour: 'Prethodni sat', nextHour: 'Sledeći sat', prevMinute: 'Prethodni minut', nextMinute: 'Sledeći minut',
        prevSecond: 'Prethodna sekunda', nextSecond: 'Sledeća sekunda',
        timeText: 'Vreme', hourText: 'Sat', minuteText: 'Minut',
        emptyFilterMessage: 'Nema rezultata', emptyMessage: 'Nema ponuđenih opcija', emptySearchMessage: 'Nema rezultata',
        searchMessage: 'Rezultata: {0}', selectionMessage: 'Izabrano: {0}', emptySelectionMessage: 'Ništa nije izabrano',
        aria: {
            close: 'Zatvori', previous: 'Prethodno', next: 'Sledeće', navigation: 'Navigacija',
            listLabel: 'Lista opcija', selectLabel: 'Izaberi', unselectLabel: 'Poništi izbor',
            firstPageLabel: 'Prva strana', lastPageLabel: 'Poslednja strana', nextPageLabel: 'Sledeća strana',
            prevPageLabel: 'Prethodna strana', pageLabel: 'Strana {page}', rowsPerPageLabel: 'Redova po strani',
            'messages.ERROR': 'Greška', 'messages.INFO': 'Obaveštenje', 'messages.WARN': 'Upozorenje'
        }
    });

    PrimeFaces.locales['sr__#Cyrl'] = locale({
        accept: 'Да', reject: 'Не', choose: 'Изабери', cancel: 'Откажи', clear: 'Обриши', apply: 'Примени',
        today: 'Данас', now: 'Сада', weekHeader: 'Нед', am: 'AM', pm: 'PM',
        monthNames: ['јануар', 'фебруар', 'март', 'април', 'мај', 'јун', 'јул', 'август', 'септембар', 'октобар', 'новембар', 'децембар'],
        monthNamesShort: ['јан', 'феб', 'мар', 'апр', 'мај', 'јун', 'јул', 'авг', 'сеп', 'окт', 'нов', 'дец'],
        dayNames: ['недеља', 'понедељак', 'уторак', 'среда', 'четвртак', 'петак', 'субота'],
        dayNamesShort: ['нед', 'пон', 'уто', 'сре', 'чет', 'пет', 'суб'],
        dayNamesMin: ['Не', 'По', 'Ут', 'Ср', 'Че', 'Пе', 'Су'],
        chooseDate: 'Изаберите датум', chooseMonth: 'Изаберите месец', chooseYear: 'Изаберите годину',
        prevMonth: 'Претходни месец', nextMonth: 'Следећи месец', prevYear: 'Претходна година', nextYear: 'Следећа година',
        prevDecade: 'Претходна деценија', nextDecade: 'Следећа деценија',
        prevHour: 'Претходни сат', nextHour: 'Следећи сат', prevMinute: 'Претходни минут', nextMinute: 'Следећи минут',
        prevSecond: 'Претходна секунда', nextSecond: 'Следећа секунда',
        timeText: 'Време', hourText: 'Сат', minuteText: 'Минут',
        emptyFilterMessage: 'Нема резултата', emptyMessage: 'Нема понуђених опција', emptySearchMessage: 'Нема резултата',
        searchMessage: 'Резултата: {0}', selectionMessage: 'Изабрано: {0}', emptySelectionMessage: 'Ништа није изабрано',
        aria: {
            close: 'Затвори', previous: 'Претходно', next: 'Следеће', navigation: 'Навигација',
            listLabel: 'Листа опција', selectLabel: 'Изабери', unselectLabel: 'Поништи избор',
            firstPageLabel: 'Прва страна', lastPageLabel: 'Последња страна', nextPageLabel: 'Следећа страна',
            prevPageLabel: 'Претходна страна', pageLabel: 'Страна {page}', rowsPerPageLabel: 'Редова по страни',
            'messages.ERROR': 'Грешка', 'messages.INFO': 'Обавештење', 'messages.WARN': 'Упозорење'
        }
    });

    // English keeps PrimeFaces' texts; only the week starts on Monday ("en" is an alias of en_US, so copy it)
    PrimeFaces.locales.en = locale({});

    /*
     * The place search of a searchable select (filterMatchMode="custom"
     * filterFunction="eobuka.matchesPlace"): finds "Čačak" (or "Чачак") from "cac", "čač" or
     * "Чачак", whatever script or letters the user types. Both sides are brought to plain Latin
     * letters: Cyrillic transliterated, marks dropped (č to c), đ and its ASCII spelling "dj" to d.
     */
    var cyrillic = {
        'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'ђ': 'd', 'е': 'e', 'ж': 'z', 'з': 'z', 'и': 'i',
        'ј': 'j', 'к': 'k', 'л': 'l', 'љ': 'lj', 'м': 'm', 'н': 'n', 'њ': 'nj', 'о': 'o', 'п': 'p', 'р': 'r',
        'с': 's', 'т': 't', 'ћ': 'c', 'у': 'u', 'ф': 'f', 'х': 'h', 'ц': 'c', 'ч': 'c', 'џ': 'dz', 'ш': 's'
    };
    function plain(text) {
        var lower = (text || '').toLowerCase();
        var out = '';
        for (var i = 0; i < lower.length; i++) {
            var c = lower.charAt(i);
            out += cyrillic.hasOwnProperty(c) ? cyrillic[c] : c;
        }
        return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/dj/g, 'd');
    }
    window.eobuka = window.eobuka || {};
    window.eobuka.matchesPlace = function (label, typed) {
        return plain(label).indexOf(plain(typed)) !== -1;
    };

    $(function () {
        // the page being shown, for screen readers too
        $('#nav-menubar a.nav-current').attr('aria-current', 'page');

        // on a phone the menu folds behind its button (see .main-nav in eobuka.css)
        var nav = $('#main-nav');
        var toggle = $('#nav-toggle');
        toggle.on('click', function () {
            var open = !nav.hasClass('nav-open');
            nav.toggleClass('nav-open', open);
            toggle.attr('aria-expanded', open ? 'true' : 'false');
            if (open) {
                nav.find('#nav-menubar > ul > li > a').first().trigger('focus');
            }
        });
        nav.on('keydown', function (e) {
            if (e.key === 'Escape' && nav.hasClass('nav-open')) {
                nav.removeClass('nav-open');
                toggle.attr('aria-expanded', 'false').trigger('focus');
            }
        });
    });
})();

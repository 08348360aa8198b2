use super::*;

fn d(text: &str) -> Duration {
    step_duration(text).unwrap_or_else(|| panic!("no duration in {text:?}"))
}

fn vu(text: &str) -> (u64, TimeUnit) {
    let x = d(text);
    (x.value, x.unit)
}

#[test]
fn russian_phrasings() {
    let x = d("выдает уведомление – не более 15 (пятнадцати) минут.");
    assert_eq!(
        (x.value, x.unit, x.minutes, x.word_value, x.at_most),
        (15, TimeUnit::Minute, Some(15), Some(15), true)
    );
    let x = d("направляет на подпись руководителю в течение 1 (одного) рабочего дня;");
    assert_eq!(
        (x.value, x.unit, x.minutes),
        (1, TimeUnit::WorkingDay, None)
    );
    assert_eq!(x.text, "в течение 1 (одного) рабочего дня");
    let x = d("направляет документы в участковую комиссию - в течении 2-х (двух) дней;");
    assert_eq!((x.value, x.unit, x.word_value), (2, TimeUnit::Day, Some(2)));
    let x = d("в течение 18 (восемнадцати ) рабочих дней готовит решение");
    assert_eq!((x.value, x.unit), (18, TimeUnit::WorkingDay));
    let x = d("в течение 3 (трех) часов");
    assert_eq!((x.value, x.unit, x.minutes), (3, TimeUnit::Hour, Some(180)));
    assert_eq!(
        vu("выдает талон - 5 мин. после приема"),
        (5, TimeUnit::Minute)
    );
    assert_eq!(
        vu("в течение 10 (десяти) календарных дней"),
        (10, TimeUnit::CalendarDay)
    );
}

#[test]
fn kazakh_phrasings() {
    let x = d("құжаттарды қабылдайды - 15 (он бес) минут;");
    assert_eq!(
        (x.value, x.unit, x.word_value),
        (15, TimeUnit::Minute, Some(15))
    );
    let x = d("10 минуттан аспайды.");
    assert_eq!((x.value, x.unit, x.at_most), (10, TimeUnit::Minute, true));
    assert_eq!(x.text, "10 минуттан аспайды");
    let x = d("қол қояды - 1 (бір) жұмыс күні.");
    assert_eq!((x.value, x.unit), (1, TimeUnit::WorkingDay));
    let x = d("күнтізбелік 5 (бес) күн ішінде");
    assert_eq!((x.value, x.unit), (5, TimeUnit::CalendarDay));
    assert_eq!(x.text, "күнтізбелік 5 (бес) күн ішінде");
    let x = d("15 (он бес) күнтізбелік күн");
    assert_eq!((x.value, x.unit), (15, TimeUnit::CalendarDay));
    assert_eq!(vu("10 жұмыс күннің ішінде"), (10, TimeUnit::WorkingDay));
}

#[test]
fn russian_words_alone() {
    let x = d("передает документы (не более тридцати минут);");
    assert_eq!(
        (x.value, x.unit, x.minutes, x.at_most, x.word_value),
        (30, TimeUnit::Minute, Some(30), true, None)
    );
    assert_eq!(x.text, "не более тридцати минут");
    let x = d("подписывает в течение одного рабочего дня;");
    assert_eq!((x.value, x.unit), (1, TimeUnit::WorkingDay));
    assert_eq!(x.text, "в течение одного рабочего дня");
    assert_eq!(vu("в течение двух часов"), (2, TimeUnit::Hour));
    assert_eq!(
        vu("выдает расписку – пятнадцать минут."),
        (15, TimeUnit::Minute)
    );
    assert_eq!(vu("в течение двадцати пяти минут"), (25, TimeUnit::Minute));
    assert_eq!(vu("в течение одной минуты"), (1, TimeUnit::Minute));
    assert_eq!(vu("не более двухсот сорока минут"), (240, TimeUnit::Minute));
    assert_eq!(
        vu("в течение десяти календарных дней"),
        (10, TimeUnit::CalendarDay)
    );
    assert_eq!(
        vu("направляет в течение трёх рабочих дней"),
        (3, TimeUnit::WorkingDay)
    );
    assert_eq!(vu("двумя рабочими днями позже"), (2, TimeUnit::WorkingDay));
    // Words in brackets without digits.
    assert_eq!(vu("в течение (трех) дней"), (3, TimeUnit::Day));
}

#[test]
fn russian_unit_alone_is_one() {
    let x = d("рассматривает в течение часа");
    assert_eq!((x.value, x.unit, x.minutes), (1, TimeUnit::Hour, Some(60)));
    assert_eq!(x.text, "в течение часа");
    assert_eq!(vu("в течение суток"), (1, TimeUnit::CalendarDay));
    assert_eq!(vu("в течение рабочего дня"), (1, TimeUnit::WorkingDay));
    assert_eq!(vu("не более минуты"), (1, TimeUnit::Minute));
    // A plural unit without a count is no duration.
    assert_eq!(
        step_duration("в течение рабочих дней, указанных в расписке"),
        None
    );
    assert_eq!(step_duration("прием в рабочие дни"), None);
}

#[test]
fn one_and_a_half() {
    let x = d("в течение полутора часов");
    assert_eq!(
        (x.value, x.unit, x.minutes),
        (90, TimeUnit::Minute, Some(90))
    );
    assert_eq!(vu("полтора часа"), (90, TimeUnit::Minute));
    // Days are rounded up: a step given 1.5 working days is not done within one.
    assert_eq!(
        vu("в течение полутора рабочих дней"),
        (2, TimeUnit::WorkingDay)
    );
    assert_eq!(vu("бір жарым сағат"), (90, TimeUnit::Minute));
    assert_eq!(vu("жарты сағат ішінде"), (30, TimeUnit::Minute));
    assert_eq!(vu("в течение 1,5 часа"), (90, TimeUnit::Minute));
}

#[test]
fn kazakh_words_alone() {
    let x = d("құжаттарды қабылдайды - он бес минут;");
    assert_eq!(
        (x.value, x.unit, x.text.as_str()),
        (15, TimeUnit::Minute, "он бес минут")
    );
    let x = d("екі жұмыс күні ішінде қарайды");
    assert_eq!((x.value, x.unit), (2, TimeUnit::WorkingDay));
    assert_eq!(x.text, "екі жұмыс күні ішінде");
    let x = d("отыз минуттан аспайды.");
    assert_eq!((x.value, x.unit, x.at_most), (30, TimeUnit::Minute, true));
    assert_eq!(vu("жиырма бес минут"), (25, TimeUnit::Minute));
    assert_eq!(vu("екі жүз минут"), (200, TimeUnit::Minute));
    assert_eq!(
        vu("он күнтізбелік күннің ішінде"),
        (10, TimeUnit::CalendarDay)
    );
    assert_eq!(vu("үш сағат"), (3, TimeUnit::Hour));
    // The unit alone, within it: one.
    assert_eq!(vu("жұмыс күні ішінде"), (1, TimeUnit::WorkingDay));
}

#[test]
fn false_hits() {
    for text in [
        "один из документов направляется услугополучателю",
        "оформляет два экземпляра расписки",
        "в течение срока оказания государственной услуги",
        "от 28 апреля 2015 года № 279",
        "прием документов с 9.00 до 18.00 часов",
        "часть документов передается курьеру",
        "штраф 5 минимальных расчетных показателей",
        "демалыс және мереке күндерінен басқа, дүйсенбіден бастап",
        "сағат 9.00-ден 18.30-ға дейін",
        "тәулік бойы",
        "бірінші сағат",
    ] {
        assert_eq!(step_duration(text), None, "{text}");
    }
}

#[test]
fn digits_and_words_disagree() {
    let x = d("в течение 2 (трех) рабочих дней");
    assert_eq!((x.value, x.word_value, x.conflict), (2, Some(3), true));
}

#[test]
fn deadlines() {
    let x = d(
        "регистрирует документы и передает курьеру не позднее чем за сутки до истечения срока оказания государственной услуги;",
    );
    assert_eq!(
        (x.value, x.unit, x.deadline, x.same_day),
        (1, TimeUnit::CalendarDay, true, false)
    );
    assert_eq!(x.text, "не позднее чем за сутки");
    let x = d("размещает информацию не менее, чем за 3 (три) рабочих дня до даты заседания;");
    assert_eq!(
        (x.value, x.unit, x.deadline),
        (3, TimeUnit::WorkingDay, true)
    );
    assert_eq!(x.text, "не менее, чем за 3 (три) рабочих дня");
    let x = d("направляет за 1 (один) рабочий день до заседания");
    assert_eq!(
        (x.value, x.unit, x.deadline),
        (1, TimeUnit::WorkingDay, true)
    );
    let x = d("уведомляет за один рабочий день до начала приема");
    assert_eq!(
        (x.value, x.unit, x.deadline),
        (1, TimeUnit::WorkingDay, true)
    );
    let x = d(
        "құжаттарды мемлекеттік қызмет көрсету мерзімі аяқталғанға дейін бір тәуліктен кешіктірмей береді",
    );
    assert_eq!(
        (x.value, x.unit, x.deadline),
        (1, TimeUnit::CalendarDay, true)
    );
    assert_eq!(x.text, "дейін бір тәуліктен кешіктірмей");
    // «За» without «до …» and «кешіктірмей» without «… дейін» measure a length.
    assert!(!d("выполняет за 5 минут").deadline);
    let x = d("бес жұмыс күнінен кешіктірмей");
    assert_eq!(
        (x.value, x.unit, x.deadline),
        (5, TimeUnit::WorkingDay, false)
    );
}

#[test]
fn same_day() {
    let x = d(
        "специалист канцелярии услугодателя в день поступления сопроводительного письма и документов проводит регистрацию",
    );
    assert_eq!(
        (x.value, x.unit, x.same_day, x.deadline),
        (1, TimeUnit::WorkingDay, true, false)
    );
    assert_eq!(x.text, "в день поступления");
    assert!(d("выдает расписку в день обращения").same_day);
    assert!(
        d("көрсетілетін қызметті берушінің кеңсесі құжаттарды қабылдаған күні тіркейді").same_day
    );
    assert!(d("жүгінген күні қарайды").same_day);
    // A count wins over the day of the application.
    let x = d(
        "оказываемой на месте в день обращения услугополучателя - не более 15 (пятнадцати) минут;",
    );
    assert_eq!((x.value, x.unit, x.same_day), (15, TimeUnit::Minute, false));
}

#[test]
fn two_sentences_combine() {
    let x = d(
        "тіркеуді жүзеге асырады - 15 (он бес) минут. Құжаттарды басшысына береді - 2 (екі) сағат;",
    );
    assert_eq!(
        (x.value, x.unit, x.minutes),
        (135, TimeUnit::Minute, Some(135))
    );
    let parts: Vec<_> = x
        .parts
        .iter()
        .map(|p| (p.text.as_str(), p.value, p.unit, p.minutes))
        .collect();
    assert_eq!(
        parts,
        vec![
            ("15 (он бес) минут", 15, TimeUnit::Minute, Some(15)),
            ("2 (екі) сағат", 2, TimeUnit::Hour, Some(120)),
        ]
    );
    let x = d(
        "принимает документы в течение пятнадцати минут. Передает руководителю в течение двух рабочих дней.",
    );
    assert_eq!(
        (x.value, x.unit, x.minutes),
        (2, TimeUnit::WorkingDay, Some(15))
    );
    assert_eq!(x.parts.len(), 2);
    // A single duration has no parts.
    assert!(d("в течение 3 (трех) часов").parts.is_empty());
}

#[test]
fn lines_of_wrapped_words() {
    // «… передает | руководителю в течение | 30 (тридцати) минут. Руководитель подписывает |
    // в течение одного рабочего дня»: four physical lines from 40.
    let text = "оператор принимает документы и передает руководителю в течение 30 (тридцати) минут. Руководитель подписывает в течение одного рабочего дня";
    let at = |s: &str| text.find(s).unwrap();
    let breaks = [
        (at("руководителю"), 41),
        (at("30 (тридцати)"), 42),
        (at("в течение одного"), 43),
    ];
    let src = Located {
        text,
        line: 40,
        breaks: &breaks,
    };
    let x = step_duration_with(src, text, None).unwrap();
    assert_eq!(x.line, 41);
    let lines: Vec<_> = x.parts.iter().map(|p| (p.value, p.line)).collect();
    assert_eq!(lines, vec![(30, 41), (1, 43)]);
    // A single duration cites the line of its words.
    let one = &text[at("30 (тридцати)")..at(". Руководитель")];
    assert_eq!(step_duration_with(src, one, None).unwrap().line, 42);
}

#[test]
fn refusal_alternative_does_not_add() {
    let x = d(
        "оператор в течение 5 (пяти) минут проверяет документы, в случае неполного пакета выдает расписку об отказе – в течение 5 (пяти) минут;",
    );
    assert_eq!(x.value, 5);
    assert!(x.parts.is_empty());
}

#[test]
fn absurd_values_saturate() {
    let x = d("в течение 99999999999 рабочих дней");
    assert_eq!(x.value, 99_999_999_999);
    let x = d("в течение 999999999999999 часов");
    assert_eq!(x.minutes, Some(999_999_999_999_999 * 60));
}

#[test]
fn numbers_beyond_u64_keep_their_digits() {
    let x = d("в течение 100000000000000000000000000 дней");
    assert_eq!(x.value, u64::MAX);
    assert_eq!(x.text, "в течение 100000000000000000000000000 дней");
}

#[test]
fn dates_are_not_durations() {
    assert_eq!(step_duration("от 28 апреля 2015 года № 279"), None);
}

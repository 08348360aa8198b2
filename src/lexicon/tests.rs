//! The lexicon's queries asked of real wording.

use super::*;

#[test]
fn onward_transfers_in_either_case() {
    assert!(sends_onward(
        "специалист направляет документы в Государственную корпорацию для передачи услугодателю"
    ));
    assert!(sends_onward("Для дальнейшей передачи услугодателю"));
    assert!(sends_onward(
        "құжаттарды көрсетілетін қызметті берушіге жіберу үшін береді"
    ));
    assert!(sends_onward("ЖОЛДАУ ҮШІН"));
    assert!(!sends_onward(
        "специалист передает документы руководителю услугодателя"
    ));
    assert!(!sends_onward("құжаттарды басшыға береді"));
}

/// The lines of `texts` as the parser reads them, then the `crafted` ones.
fn normalised_lines(texts: &[&str], crafted: &[&str]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|t| t.lines())
        .map(|l| crate::text::normalise::normalise_line(l).into_owned())
        .chain(crafted.iter().map(|s| s.to_string()))
        .collect()
}

/// The name read off a Russian title's match is the pattern's own `name` group.
#[test]
fn russian_title_name_is_the_capture() {
    let re = regex::Regex::new(ru::TITLE).unwrap();
    let texts = [
        include_str!("../../reglaments/000_6f385fbdd640c006.txt"),
        include_str!("../../reglaments/001_17a9bf27c86efb5e.txt"),
        include_str!("../../reglaments/002_2973bc44dfc7985a.txt"),
    ];
    let crafted = [
        "Регламент государственной услуги «Выдача справки»",
        "Регламент государственной услуги \"Выдача справки\" (с изменениями)",
        "Регламент государственной услуги»",
        "Регламент государственной услуги «",
        "Регламент государственной услуги «»",
        "Регламент государственной услуги, оказываемой «Х»",
        "Регламент оказания государственной услуги   «Х» и «Y»",
        "Регламент государственной услуги",
    ];
    let mut titles = 0;
    for line in &normalised_lines(&texts, &crafted) {
        let Some(c) = re.captures(line) else { continue };
        titles += 1;
        let m = c.get(0).unwrap().as_str();
        assert_eq!(
            ru_title_name(m),
            c.name("name").map(|n| n.as_str()),
            "{line}"
        );
    }
    assert!(titles > 20, "{titles}");
}

/// The name and the electronic mark read off a Kazakh title's match are the pattern's groups.
#[test]
fn kazakh_title_parts_are_the_captures() {
    let re = regex::Regex::new(kk::TITLE).unwrap();
    let text = include_str!("../../reglaments/003_1c2847d2c07c60cf.txt");
    let crafted = [
        "«Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет регламенті",
        "\"Мұрағаттық анықтамалар беру\" электрондық мемлекеттік көрсетілетін қызмет регламенті.",
        "«А» және «Б» мемлекеттік қызмет регламенті»",
        "«А»мемлекеттік қызметтің регламенті",
    ];
    let mut titles = 0;
    for line in &normalised_lines(&[text], &crafted) {
        let Some(c) = re.captures(line) else { continue };
        titles += 1;
        let (name, rest) = kk_title_parts(c.get(0).unwrap().as_str());
        assert_eq!(Some(name), c.name("name").map(|n| n.as_str()), "{line}");
        assert_eq!(
            rest.contains(kk::TITLE_ELECTRONIC),
            c.name("el").is_some(),
            "{line}"
        );
    }
    assert!(titles >= 7, "{titles}");
}

#[test]
fn every_phrase_of_every_table_compiles() {
    for t in [
        &*CHANNEL_INTRO,
        &*SECTION_HEADINGS,
        &*GENERAL_PROVISIONS,
        &*AMENDMENT,
        &*REFUSAL,
        &*CONDITION_OPENERS,
        &*DIAGRAM_TITLES,
        &*SPRAVOCHNIK_TITLES,
        &*LEGEND_HEADINGS,
    ] {
        t.compile_all();
    }
    LIST_HEADINGS.compile_all();
    CHANNELS.compile_all();
    TABLE_ROWS.compile_all();
    PROCESS_ITEM.compile_all();
    actors::compile_all();
    durations::compile_all();
}
use crate::model::Language;

#[test]
fn list_headings_both_languages() {
    assert_eq!(
        list_kind(
            "Содержание каждой процедуры (действия), входящей в состав процесса оказания государственной услуги через услугодателя, длительность его выполнения:"
        ),
        Some(ListKind::Steps)
    );
    assert_eq!(
        list_kind(
            "Мемлекеттік қызметті көрсету процесінің құрамына мына рәсімдер (іс-қимыл) кіреді:"
        ),
        Some(ListKind::Steps)
    );
    assert_eq!(
        list_kind(
            "Перечень структурных подразделений (работников) услугодателя, которые участвуют в процессе оказания государственной услуги:"
        ),
        Some(ListKind::Participants)
    );
    assert_eq!(
        list_kind(
            "Әрбір рәсімнің (іс-қимылдың) ұзақтығын көрсете отырып, құрылымдық бөлімшелер (қызметкерлер) арасындағы рәсімдердің (іс-қимылдардың) реттілігін сипаттау:"
        ),
        Some(ListKind::Sequence)
    );
    assert_eq!(
        list_kind("При обращении к акиму сельского округа:"),
        Some(ListKind::Process)
    );
    assert_eq!(list_kind("Порталға:"), None);
    assert_eq!(
        list_kind(
            "Прием заявления и выдача результата оказания государственной услуги осуществляются через:"
        ),
        None
    );
}

#[test]
fn channels_prefer_the_specific_one() {
    assert_eq!(
        channel_in(
            "Описание порядка обращения в Государственную корпорацию и (или) к иным услугодателям"
        ),
        Some(Channel::StateCorp)
    );
    assert_eq!(
        channel_in(
            "услугодателя и услугополучателя при оказании государственной услуги через веб-портал"
        ),
        Some(Channel::Portal)
    );
    assert_eq!(
        channel_in("ауыл, ауылдық округ әкімі (бұдан әрі – ауылдық округ әкімі);"),
        Some(Channel::Akim)
    );
    assert_eq!(channel_in("2) услугодателя;"), Some(Channel::Provider));
}

#[test]
fn titles() {
    let t = title("Регламент государственной услуги \"Возмещение затрат на обучение\"").unwrap();
    assert_eq!(t.language, Language::Ru);
    assert_eq!(t.name.as_deref(), Some("Возмещение затрат на обучение"));
    let t = title("«Жұмыссыз азаматтарға анықтама беру» электрондық мемлекеттік қызмет регламенті")
        .unwrap();
    assert!(t.electronic);
    assert_eq!(
        t.name.as_deref(),
        Some("Жұмыссыз азаматтарға анықтама беру")
    );
    // The dative form heads an appendix, not a regulation.
    assert!(title("«Жұмыссыз азаматтарға анықтама беру» электрондық мемлекеттік қызмет регламентіне 1-қосымша").is_none());
    assert!(title("Приложение 1 к Регламенту оказания государственной услуги \"X\"").is_none());
}

#[test]
fn appendix_headers_and_refs() {
    assert_eq!(
        appendix_header("Приложение 2 к Регламенту оказания государственной услуги \"X\""),
        Some(Some(2))
    );
    assert_eq!(appendix_header("Приложение к Регламенту"), Some(None));
    assert_eq!(
        appendix_header("«X» электрондық мемлекеттік қызмет регламентіне 3-қосымша"),
        Some(Some(3))
    );
    assert_eq!(
        appendix_header("Приложение 1 к постановлению акимата"),
        None
    );
    let numbers = |line: &str| -> Vec<Option<u32>> {
        appendix_refs(line).into_iter().map(|r| r.number).collect()
    };
    assert_eq!(
        numbers("отражается в справочнике согласно приложениям 1, 2, 3 к настоящему регламенту"),
        vec![Some(1), Some(2), Some(3)]
    );
    assert_eq!(
        numbers("осы регламентке 1-қосымшада көрсетілген"),
        vec![Some(1)]
    );
    assert_eq!(
        numbers("Осы Регламенттің 4, 5-қосымшаларында"),
        vec![Some(4), Some(5)]
    );
}

#[test]
fn process_items() {
    assert_eq!(
        process_item("процесс 3 – выбор услугополучателем услуги").map(|p| (p.0, p.1)),
        Some((ProcessWord::Process, 3))
    );
    assert_eq!(
        process_item("2 шарт - сәйкестендіру деректерді").map(|p| (p.0, p.1)),
        Some((ProcessWord::Condition, 2))
    );
    assert_eq!(process_item("ответственный исполнитель"), None);
}

#[test]
fn every_engine_compiles() {
    // Threads share the list; each engine is compiled by one of them, and a broken pattern
    // panics its thread.
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..3).map(|_| s.spawn(warm_up)).collect();
        for w in workers {
            assert!(w.join().is_ok());
        }
    });
    // Each entry compiles again harmlessly (already compiled, it returns at once).
    for compile in engines() {
        compile();
    }
}

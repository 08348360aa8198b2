//! The findings speak the report's language: real findings of reglaments/ rendered in Russian and
//! Kazakh name their lists, items and lines in each language's own words and quote the texts as
//! printed (the values below were read in the texts at the lines cited), every finding's
//! arguments are the ones its message words, and `check --lang` keeps Latin script out of the
//! Russian and Kazakh messages and English in the English ones.

use reglament::check::{Finding, check};
use reglament::i18n::Lang;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

const F000: &str = "000_6f385fbdd640c006.txt";
const F001: &str = "001_17a9bf27c86efb5e.txt";
const F002: &str = "002_2973bc44dfc7985a.txt";
const F003: &str = "003_1c2847d2c07c60cf.txt";

fn findings(file: &str) -> Vec<Finding> {
    let doc = reglament::parse_file(Path::new(&format!("reglaments/{file}")), None)
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    check(&doc)
}

/// (rule, file, lines, words of the Russian message, words of the Kazakh message)
type Said = (
    &'static str,
    &'static str,
    &'static [u32],
    &'static [&'static str],
    &'static [&'static str],
);

const SAID: &[Said] = &[
    (
        "duration-mismatch",
        F000,
        &[102, 140],
        &[
            "Срок одной и той же процедуры",
            "¶5, действие 4 (строка 102) — «в течение 1 (одного) рабочего дня»",
            "¶8, действие 4 (строка 140) — «в течение 6 (шести) рабочих дней»",
        ],
        &[
            "мерзімі сәйкес келмейді",
            "5-тармақ, 4-әрекет (102-жол) — «в течение 1 (одного) рабочего дня»",
            "8-тармақ, 4-әрекет (140-жол) — «в течение 6 (шести) рабочих дней»",
        ],
    ),
    (
        "action-mismatch",
        F002,
        &[47, 69],
        &[
            "Под одним номером описаны разные действия",
            "¶5, действие 1 (строка 47)",
            "¶8, действие 1 (строка 69) — «көрсетілетін қызметті берушінің қызметкері құжаттарды қабылдауды",
        ],
        &[
            "Бір нөмірмен әртүрлі әрекеттер сипатталған",
            "5-тармақ, 1-әрекет (47-жол)",
            "8-тармақ, 1-әрекет (69-жол)",
        ],
    ),
    (
        "actor-mismatch",
        F001,
        &[1059, 1135],
        &[
            "Исполнитель процедуры расходится",
            "¶5, действие 2 (строка 1059) — «руководитель услугодателя»",
            "¶9, действие 3 (строка 1135) — «руководитель районного отдела услугодателя»",
        ],
        &[
            "Рәсімді орындаушы сәйкес келмейді",
            "5-тармақ, 2-әрекет (1059-жол) — «руководитель услугодателя»",
            "9-тармақ, 3-әрекет (1135-жол)",
        ],
    ),
    (
        "step-count-mismatch",
        F000,
        &[1828, 1869, 1842],
        &[
            "Число процедур расходится: ¶5 (строка 1828) — 7 процедур, ¶8 (строка 1869) — 6.",
            "¶5, действие 7 «выдача результата оказания государственной услуги руководителем",
            "(строка 1842) — такой процедуры нет в ¶8",
        ],
        &[
            "Рәсімдер саны сәйкес келмейді: 5-тармақ (1828-жол) — 7 рәсім, 8-тармақ (1869-жол) — 6 рәсім.",
            "5-тармақ, 7-әрекет",
            "(1842-жол) — 8-тармақта мұндай рәсім жоқ",
        ],
    ),
    (
        "total-mismatch",
        F000,
        &[1897, 1828],
        &[
            "¶9, действие 4 (строка 1897) отводит на всю работу услугодателя «в течение 2 (двух) рабочих дней»",
            "шаги в ¶5 (строка 1828) в сумме составляют 4 дня и 170 минут",
        ],
        &[
            "9-тармақ, 4-әрекет (1897-жол)",
            "5-тармақта (1828-жол) оның қадамдары жиынтығында 4 күн және 170 минут",
        ],
    ),
    (
        "handoff-mismatch",
        F000,
        &[1897, 1899],
        &[
            "¶9, действие 4 передаёт работу «специалисту Государственной корпорации» (строка 1897), но действие 5 выполняет «оператор Государственной корпорации» (строка 1899)",
        ],
        &[
            "9-тармақ, 4-әрекет жұмысты «специалисту Государственной корпорации» (1897-жол) береді, бірақ 5-әрекет «оператор Государственной корпорации» (1899-жол) орындайды",
        ],
    ),
    (
        "result-recipient-mismatch",
        F000,
        &[2039, 2005],
        &[
            "Получатель результата расходится",
            "¶8, действие 2 (строка 2039) — «ответственному исполнителю услугодателя»",
            "¶6, действие 2 (строка 2005) — «специалисту акима сельского округа»",
        ],
        &[
            "Нәтижені алушы сәйкес келмейді",
            "8-тармақ, 2-әрекет (2039-жол)",
            "6-тармақ, 2-әрекет (2005-жол)",
        ],
    ),
    (
        "numbering",
        F000,
        &[144],
        &["¶8, действие 6: метка «б)» (строка 144) напечатана буквой вместо цифры"],
        &["8-тармақ, 6-әрекет: «б)» белгісі (144-жол) цифрдың орнына әріппен басылған"],
    ),
    (
        "missing-actor",
        F000,
        &[102],
        &[
            "¶5, действие 4 «услугодателя готовит уведомление о назначении",
            "(строка 102): исполнитель не назван",
        ],
        &["5-тармақ, 4-әрекет", "(102-жол): орындаушы аталмаған"],
    ),
    (
        "missing-duration",
        F001,
        &[547],
        &[
            "¶5, действие 3 «руководитель районного отдела услугодателя отписывает",
            "(строка 547): срок не указан, хотя у 8 из 10 процедур перечня он есть",
        ],
        &[
            "5-тармақ, 3-әрекет",
            "(547-жол): мерзімі көрсетілмеген, ал тізбедегі 10 рәсімнің 8 рәсімінде мерзім бар",
        ],
    ),
    (
        "unknown-participant",
        F000,
        &[1997, 2075],
        &[
            "¶5, действие 6 (строка 1997): исполнитель «сотрудник услугодателя» не назван в перечне участников (¶9, строка 2055)",
        ],
        &[
            "5-тармақ, 6-әрекет (1997-жол): «сотрудник услугодателя» орындаушысы қатысушылар тізбесінде (9-тармақ, 2055-жол) аталмаған",
        ],
    ),
    (
        "unused-participant",
        F001,
        &[808],
        &["Участник «ответственный исполнитель услугодателя» указан в перечне (строка 808)"],
        &["«ответственный исполнитель услугодателя» қатысушысы тізбеде көрсетілген (808-жол)"],
    ),
    (
        "channel-missing",
        F000,
        &[475],
        &[
            "В ¶1 объявлено оказание услуги через аппарат акима («акима сельского округа;», строка 475)",
        ],
        &[
            "1-тармақта қызметті әкім аппараты арқылы көрсету жарияланған («акима сельского округа;», 475-жол)",
        ],
    ),
    (
        "service-name-mismatch",
        F001,
        &[382, 393],
        &[
            "(строка 382), а ¶1 называет её иначе",
            "(строка 393); «или» против «либо»",
        ],
        &[
            "(382-жол) деп атайды, ал 1-тармақ оны басқаша атайды",
            "(393-жол); «или» орнына «либо»",
        ],
    ),
    (
        "appendix-missing",
        F001,
        &[813],
        &[
            "Текст ссылается на приложения 1–6",
            "строка 813), но ни одно из них не напечатано под заголовком «Приложение … к …»",
        ],
        &[
            "Мәтін 1–6 қосымшаларға сілтейді",
            "813-жол), бірақ олардың ешқайсысы «Приложение … к …» тақырыбымен басылмаған",
        ],
    ),
    (
        "header-missing",
        F000,
        &[788, 782],
        &[
            "(строка 788) напечатано без заголовка «Приложение 1 к …», хотя текст ссылается на приложение 1 («приложениям 1, 2, 3 к настоящему регламенту», строка 782)",
        ],
        &[
            "қосымшасы (788-жол) «Приложение 1 к …» тақырыбынсыз басылған, ал мәтін 1-қосымшаға сілтейді («приложениям 1, 2, 3 к настоящему регламенту», 782-жол)",
        ],
    ),
    (
        "legend-missing",
        F000,
        &[619],
        &[
            "В справочнике «Диаграмма функционального взаимодействия информационных систем",
            "(строка 619) нет условных обозначений",
        ],
        &["анықтамалығында (619-жол) шартты белгілер жоқ"],
    ),
    (
        "annex-missing",
        F001,
        &[68],
        &[
            "Постановление утверждает приложение 4 («приложению 4 к настоящему постановлению», строка 68), но в акте не напечатаны ни заголовок «Приложение 4 к постановлению»",
        ],
        &[
            "Қаулы 4-қосымшаны бекітеді («приложению 4 к настоящему постановлению», 68-жол)",
            "«қаулыға 4-қосымша» тақырыбы да",
        ],
    ),
    (
        "annex-header-mismatch",
        F000,
        &[645, 27],
        &[
            "как приложение 4 («приложению 4 к настоящему постановлению», строка 27), но регламент напечатан под заголовком «Приложение к постановлению акимата Жамбылской области от \"31\" марта 2016 года № 107» (строка 645) без номера",
        ],
        &[
            "регламентін 4-қосымша ретінде бекітеді («приложению 4 к настоящему постановлению», 27-жол), бірақ регламент нөмірі жоқ",
            "(645-жол) тақырыбымен басылған",
        ],
    ),
    (
        "annex-title-mismatch",
        F003,
        &[19, 1066],
        &[
            "Постановление называет приложение «Үйде оқитын",
            "(строка 19), а напечатанный для него регламент пишет своё заглавие иначе",
            "(строка 1066); «ресімдеу» против «рәсімдеу»",
        ],
        &[
            "Қаулы қосымшаны «Үйде оқитын",
            "(19-жол) деп атайды, ал ол үшін басылған регламент өз тақырыбын басқаша жазады",
            "(1066-жол); «ресімдеу» орнына «рәсімдеу»",
        ],
    ),
];

#[test]
fn real_findings_read_in_russian_and_kazakh() {
    let mut by_file: BTreeMap<&str, Vec<Finding>> = BTreeMap::new();
    for (rule, file, lines, ru, kk) in SAID {
        let all = by_file.entry(file).or_insert_with(|| findings(file));
        let f = all
            .iter()
            .find(|f| f.rule == *rule && f.lines == *lines)
            .unwrap_or_else(|| panic!("{file}: no {rule} at {lines:?}"));
        for (lang, words) in [(Lang::Ru, ru), (Lang::Kk, kk)] {
            let said = f.message.text(lang);
            for w in *words {
                assert!(
                    said.contains(w),
                    "{rule} {}: «{w}» not in «{said}»",
                    lang.tag()
                );
            }
        }
    }
}

/// The variables a catalogue message refers to, read as text: `{ $name }` and selectors.
fn variables(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let src = std::fs::read_to_string(format!("locales/{lang}/findings.ftl")).unwrap();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut id = String::new();
    for line in src.lines() {
        if let Some((head, _)) = line.split_once(" = ")
            && head.starts_with("finding-")
        {
            id = head.to_string();
            out.entry(id.clone()).or_default();
        }
        for part in line.split("$").skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            out.get_mut(&id).unwrap().insert(name);
        }
    }
    out
}

#[test]
fn every_finding_of_the_corpus_gives_its_message_exactly_its_arguments() {
    let vars = variables("en");
    let mut rules = BTreeSet::new();
    for file in [F000, F001, F002, F003] {
        for f in findings(file) {
            let want = vars
                .get(&f.message.id)
                .unwrap_or_else(|| panic!("{file}: {} has no message", f.message.id));
            let got: BTreeSet<String> = f.message.args.keys().cloned().collect();
            assert_eq!(&got, want, "{file} {} {:?}", f.rule, f.lines);
            for lang in Lang::ALL {
                let s = f.message.text(lang);
                assert!(!s.contains('{') && !s.contains("finding-"), "{s}");
            }
            rules.insert(f.rule);
        }
    }
    assert!(rules.len() >= 20, "{rules:?}");
}

fn json_messages(file: &str, lang: &str) -> Vec<(String, String)> {
    let out = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args([
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--lang",
            lang,
        ])
        .arg(format!("reglaments/{file}"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The words of `s` written in Latin letters.
fn latin_words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .collect()
}

#[test]
fn russian_and_kazakh_messages_hold_no_latin_words_but_the_texts_own() {
    for (file, lang) in [(F003, "kk"), (F000, "ru")] {
        let text = std::fs::read_to_string(format!("reglaments/{file}")).unwrap();
        let printed: BTreeSet<&str> = latin_words(&text).into_iter().collect();
        let messages = json_messages(file, lang);
        assert!(messages.len() >= 10, "{file}: {}", messages.len());
        for (rule, m) in &messages {
            for w in latin_words(m) {
                assert!(printed.contains(w), "{file} {lang} {rule}: «{w}» in «{m}»");
            }
        }
    }
}

#[test]
fn english_messages_stay_english() {
    let messages = json_messages(F000, "en");
    let (_, m) = messages
        .iter()
        .find(|(rule, _)| rule == "duration-mismatch")
        .unwrap();
    assert!(
        m.starts_with("¶5 item 4 gives «в течение 1 (одного) рабочего дня» (line 102) but ¶8 item 4 gives «в течение 6 (шести) рабочих дней» (line 140)"),
        "{m}"
    );
    let kk = json_messages(F003, "en");
    assert!(
        kk.iter()
            .any(|(rule, m)| rule == "numbering" && m.contains("skips item 4")),
        "{kk:?}"
    );
}

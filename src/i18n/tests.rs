use super::*;

fn count(lang: Lang, id: &str, n: usize) -> String {
    text(lang, id, &[("n", n.into())])
}

#[test]
fn russian_counts_take_one_few_and_many() {
    assert_eq!(count(Lang::Ru, "files", 1), "1 файл");
    assert_eq!(count(Lang::Ru, "files", 3), "3 файла");
    assert_eq!(count(Lang::Ru, "files", 5), "5 файлов");
    assert_eq!(count(Lang::Ru, "files", 11), "11 файлов");
    assert_eq!(count(Lang::Ru, "files", 21), "21 файл");
    assert_eq!(count(Lang::Ru, "files", 22), "22 файла");
    assert_eq!(count(Lang::Ru, "errors", 0), "0 ошибок");
    assert_eq!(count(Lang::Ru, "findings", 104), "104 замечания");
    assert_eq!(count(Lang::Ru, "regulations", 112), "112 регламентов");
}

#[test]
fn kazakh_nouns_stay_singular_after_a_number() {
    assert_eq!(count(Lang::Kk, "files", 1), "1 файл");
    assert_eq!(count(Lang::Kk, "files", 5), "5 файл");
    assert_eq!(count(Lang::Kk, "errors", 21), "21 қате");
    assert_eq!(count(Lang::Kk, "regulations", 3), "3 регламент");
}

#[test]
fn english_counts_take_one_and_other() {
    assert_eq!(count(Lang::En, "files", 1), "1 file");
    assert_eq!(count(Lang::En, "files", 0), "0 files");
    assert_eq!(count(Lang::En, "diagrams", 21), "21 diagrams");
    assert_eq!(count(Lang::En, "infos", 3), "3 info");
}

#[test]
fn every_language_has_every_message() {
    let en = ids(Lang::En);
    assert!(en.len() > 40, "{}", en.len());
    for lang in [Lang::Ru, Lang::Kk] {
        assert_eq!(ids(lang), en, "{}", lang.tag());
    }
}

#[test]
fn every_message_formats_without_error_in_every_language() {
    // Every argument any message uses, so a misspelt variable shows as an error.
    let names = [
        "n",
        "files",
        "regulations",
        "diagrams",
        "findings",
        "errors",
        "warnings",
        "infos",
        "acts",
        "fingerprints",
        "fingerprint",
        "at",
        "built",
        "total",
        "how",
        "out",
        "seconds",
        "index",
        "report",
        "path",
        "why",
        "message",
        "folder",
        "rule",
        "severity",
        "text",
        "level",
        "file",
        "line",
        "title",
        "process",
        "list",
        "values",
        "value",
        "departures",
        "bpmn",
        "subject",
        "channel",
        "diagram",
    ];
    let args: Vec<(&str, Arg)> = names.iter().map(|n| (*n, Arg::from(2usize))).collect();
    let mut fluent_args = FluentArgs::new();
    for (n, _) in &args {
        fluent_args.set(*n, FluentValue::from(2));
    }
    for lang in Lang::ALL {
        let b = bundle_of(lang);
        // The findings' messages take typed arguments; `check::message`'s tests render them.
        for id in ids(lang)
            .into_iter()
            .filter(|id| !id.starts_with("finding-"))
        {
            let pattern = b.get_message(&id).and_then(|m| m.value()).expect(&id);
            let mut errors = Vec::new();
            let s = b.format_pattern(pattern, Some(&fluent_args), &mut errors);
            assert!(errors.is_empty(), "{} {id}: {errors:?}", lang.tag());
            assert!(!s.contains('{'), "{} {id}: {s}", lang.tag());
        }
    }
    assert_eq!(text(Lang::Ru, "build-no-findings", &args), "замечаний нет");
}

#[test]
fn the_language_comes_from_the_locale_variables_in_posix_order() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Lang::from_vars(env(&[("LANG", "ru_RU.UTF-8")])), Lang::Ru);
    assert_eq!(Lang::from_vars(env(&[("LANG", "kk_KZ.UTF-8")])), Lang::Kk);
    assert_eq!(
        Lang::from_vars(env(&[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "kk_KZ")])),
        Lang::Kk
    );
    assert_eq!(
        Lang::from_vars(env(&[("LANG", "kk_KZ"), ("LC_ALL", "")])),
        Lang::Kk
    );
    assert_eq!(Lang::from_vars(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_vars(env(&[("LANG", "C.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_vars(env(&[])), Lang::En);
}

#[test]
fn a_regulation_speaks_its_own_language() {
    assert_eq!(Lang::of(Language::Ru), Lang::Ru);
    assert_eq!(Lang::of(Language::Kk), Lang::Kk);
}

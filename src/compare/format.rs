//! A comparison as compiler-style text (`file:line: kind: element «name»: message`, so editors
//! jump to the text's line), as Markdown (a table per departure) or as JSON (`docs/compare.md`).

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Comparison, Departure};
use crate::check::cite;
use crate::i18n::{self, Lang};
use crate::report::markdown::escape;
use crate::report::text::one_line;

/// Output format of `reglament compare`.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// `file:line: kind: element «name»: message` lines and a summary line.
    #[default]
    Text,
    /// One Markdown document: what was compared, then a table of the departures.
    Markdown,
    /// Machine-readable departures and summary.
    Json,
}

/// «1 departure», «3 расхождения», «2 айырмашылық».
fn departures_phrase(n: usize, lang: Lang) -> String {
    i18n::text(lang, "compare-departures", &[("n", n.into())])
}

/// What was compared, in one line: the regulation, its line and the channel's diagram.
fn subject(c: &Comparison, lang: Lang) -> String {
    i18n::text(
        lang,
        "compare-subject",
        &[
            ("title", one_line(&c.reglament).into()),
            ("at", cite(lang, &c.source, c.reglament_line).into()),
            ("channel", c.channel.slug().into()),
            ("diagram", c.diagram.as_str().into()),
        ],
    )
}

/// The comparison as text lines, the summary in `lang` (the departures' messages speak the
/// regulation's language).
pub fn text(c: &Comparison, lang: Lang) -> String {
    let at = |line: u32| {
        if c.source.is_text() {
            format!("{}:{line}", c.file)
        } else {
            format!("{}, {}", c.file, cite(lang, &c.source, line))
        }
    };
    let mut out = String::new();
    for d in &c.departures {
        out.push_str(&format!(
            "{}: {}: {} «{}»: {}\n",
            at(d.line),
            d.kind.as_str(),
            one_line(&d.element),
            one_line(&d.name),
            one_line(&d.message)
        ));
    }
    let files = [
        ("bpmn", c.bpmn.as_str().into()),
        ("file", c.file.as_str().into()),
        ("subject", subject(c, lang).into()),
    ];
    if c.departures.is_empty() {
        out.push_str(&i18n::text(lang, "compare-agrees", &files));
    } else {
        let mut args = files.to_vec();
        args.push((
            "departures",
            departures_phrase(c.departures.len(), lang).into(),
        ));
        out.push_str(&i18n::text(lang, "compare-departs", &args));
    }
    out.push('\n');
    out
}

/// The comparison as one Markdown document, its words in `lang`.
pub fn markdown(c: &Comparison, lang: Lang) -> String {
    let word = |id: &str| i18n::text(lang, id, &[]);
    let code = |s: &str| format!("`{}`", s.replace('`', "'"));
    let mut out = format!("# {}\n\n", word("compare-page-title"));
    let lines = [
        i18n::text(
            lang,
            "compare-page-diagram",
            &[("bpmn", code(&c.bpmn).into())],
        ),
        i18n::text(
            lang,
            "compare-page-text",
            &[
                ("file", code(&c.file).into()),
                ("title", escape(&c.reglament).into()),
                ("at", cite(lang, &c.source, c.reglament_line).into()),
            ],
        ),
        i18n::text(
            lang,
            "compare-page-channel",
            &[
                ("channel", code(c.channel.slug()).into()),
                ("diagram", code(&c.diagram).into()),
                ("list", cite(lang, &c.source, c.list_line).into()),
            ],
        ),
    ];
    for line in lines {
        out.push_str(&format!("- {line}\n"));
    }
    out.push('\n');
    if c.departures.is_empty() {
        out.push_str(&word("compare-page-agrees"));
        out.push('\n');
        return out;
    }
    out.push_str(&format!(
        "{}.\n\n",
        departures_phrase(c.departures.len(), lang)
    ));
    out.push_str(&format!(
        "| {} | {} | {} | {} |\n|---|---|---|---|\n",
        word("compare-page-place"),
        word("compare-page-departure"),
        word("compare-page-element"),
        word("compare-page-message")
    ));
    for d in &c.departures {
        out.push_str(&format!(
            "| {} | `{}` | `{}` {} | {} |\n",
            cite(lang, &c.source, d.line),
            d.kind.as_str(),
            d.element.replace('`', "'"),
            if d.name.trim().is_empty() {
                String::new()
            } else {
                format!("«{}»", escape(&d.name))
            },
            escape(&d.message)
        ));
    }
    out
}

#[derive(Serialize)]
struct Json<'a> {
    bpmn: &'a str,
    file: &'a str,
    reglament: Reglament<'a>,
    language: &'a str,
    channel: &'a str,
    diagram: &'a str,
    list_line: u32,
    departures: Vec<Placed<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct Reglament<'a> {
    title: &'a str,
    line: u32,
}

/// A departure, with its place in a file that is not plain text.
#[derive(Serialize)]
struct Placed<'a> {
    #[serde(flatten)]
    departure: &'a Departure,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<String>,
}

#[derive(Serialize)]
struct Summary {
    departures: usize,
    by_kind: BTreeMap<&'static str, usize>,
}

/// The comparison as pretty-printed JSON with a trailing newline.
pub fn json(c: &Comparison) -> String {
    let mut by_kind = BTreeMap::new();
    for d in &c.departures {
        *by_kind.entry(d.kind.as_str()).or_insert(0) += 1;
    }
    let value = Json {
        bpmn: &c.bpmn,
        file: &c.file,
        reglament: Reglament {
            title: &c.reglament,
            line: c.reglament_line,
        },
        language: c.language.tag(),
        channel: c.channel.slug(),
        diagram: &c.diagram,
        list_line: c.list_line,
        departures: c
            .departures
            .iter()
            .map(|d| Placed {
                departure: d,
                place: (!c.source.is_text()).then(|| c.cite(d.line)),
            })
            .collect(),
        summary: Summary {
            departures: c.departures.len(),
            by_kind,
        },
    };
    let mut s = serde_json::to_string_pretty(&value).expect("a comparison always serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, Language, Place, Source};

    /// A comparison of `n` departures with the regulation of line 68, its list at line 102.
    fn comparison(n: usize, language: Language, source: Source) -> Comparison {
        let departure = |i: usize| Departure {
            kind: super::super::Kind::LaneRenamed,
            element: format!("R1_provider_Lane_{i}"),
            name: "Заместитель".into(),
            line: 128,
            message: "дорожка переименована".into(),
            text: None,
            diagram: None,
        };
        Comparison {
            bpmn: "edited.bpmn".into(),
            file: "act.txt".into(),
            source,
            reglament: "Назначение помощи".into(),
            reglament_line: 68,
            language,
            channel: Channel::Provider,
            diagram: "R1_provider".into(),
            list_line: 102,
            departures: (0..n).map(departure).collect(),
        }
    }

    fn summary(n: usize, lang: Lang) -> String {
        let c = comparison(n, Language::Ru, Source::default());
        text(&c, lang).lines().last().unwrap().to_string()
    }

    #[test]
    fn the_summary_counts_departures_in_each_language() {
        assert_eq!(
            summary(1, Lang::Ru),
            "1 расхождение между edited.bpmn и act.txt, «Назначение помощи» (строка 68), канал provider (R1_provider)"
        );
        assert!(summary(3, Lang::Ru).starts_with("3 расхождения между "));
        assert!(summary(5, Lang::Ru).starts_with("5 расхождений между "));
        assert!(summary(21, Lang::Ru).starts_with("21 расхождение между "));
        assert_eq!(
            summary(2, Lang::Kk),
            "edited.bpmn файлы мен act.txt мәтіні арасында 2 айырмашылық, «Назначение помощи» (68-жол), provider арнасы (R1_provider)"
        );
        assert_eq!(
            summary(1, Lang::En),
            "1 departure of edited.bpmn from act.txt, «Назначение помощи» (line 68), channel provider (R1_provider)"
        );
        assert!(summary(2, Lang::En).starts_with("2 departures of "));
        assert_eq!(
            summary(0, Lang::Kk),
            "айырмашылық жоқ: edited.bpmn файлы act.txt мәтініне сәйкес, «Назначение помощи» (68-жол), provider арнасы (R1_provider)"
        );
        assert!(
            summary(0, Lang::Ru).starts_with("расхождений нет: edited.bpmn согласуется с act.txt")
        );
    }

    #[test]
    fn the_markdown_page_speaks_the_language_and_cites_the_places_in_it() {
        let places = Source {
            format: "docx".into(),
            places: (1..=200)
                .map(|paragraph| Place::Paragraph { paragraph })
                .collect(),
        };
        let kk = markdown(&comparison(2, Language::Kk, places.clone()), Lang::Kk);
        assert!(
            kk.starts_with("# Диаграмма және оның мәтіні\n\n- Диаграмма: `edited.bpmn`\n"),
            "{kk}"
        );
        assert!(
            kk.contains("\n2 айырмашылық.\n\n| Орны | Айырмашылық | Элемент | Хабар |\n"),
            "{kk}"
        );
        let ru = markdown(&comparison(2, Language::Ru, places), Lang::Ru);
        assert!(
            ru.contains("- Канал: `provider`, диаграмма `R1_provider`, перечень: абзац 102\n"),
            "{ru}"
        );
        assert!(ru.contains("| абзац 128 | `lane-renamed` |"), "{ru}");
        let en = markdown(&comparison(0, Language::Ru, Source::default()), Lang::En);
        assert!(
            en.ends_with("No departures: the diagram agrees with the text.\n"),
            "{en}"
        );
    }
}

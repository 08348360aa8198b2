//! Property tests: no panic on arbitrary input at each public parsing entry point, and the parse
//! of a real regulation does not depend on where its lines are wrapped.

use proptest::prelude::*;
use reglament::model::Document;
use reglament::parse::{duration, lines, segment};

/// Pieces of the real wording, so that random inputs reach deep into the segmenter instead of
/// stopping at "no regulation found".
const VOCAB: &[&str] = &[
    "Регламент государственной услуги \"Выдача справки\"",
    "\"Анықтама беру\" мемлекеттік көрсетілетін қызмет регламенті",
    "1. Общие положения",
    "1. Жалпы ережелер",
    "5. Содержание каждой процедуры (действия), входящей в состав процесса оказания государственной услуги через услугодателя, длительность его выполнения:",
    "8. Описание последовательности процедур (действий) между структурными подразделениями (работниками) с указанием длительности каждой процедуры (действия) через услугодателя:",
    "Перечень структурных подразделений (работников) услугодателя:",
    "через Государственную корпорацию",
    "через портал",
    "1)",
    "2)",
    "10)",
    "а)",
    "1 үдеріс",
    "1 шарт",
    "процесс 1 –",
    "условие 1 –",
    "ответственный исполнитель услугодателя",
    "руководитель услугодателя",
    "көрсетілетін қызметті берушінің жауапты орындаушысы",
    "принимает документы",
    "– не более 15 (пятнадцати) минут;",
    "в течение 1 (одного) рабочего дня",
    "99999999999 рабочих дней",
    "2 сағат",
    "Приложение 1 к Регламенту",
    "Справочник бизнес-процессов оказания государственной услуги",
    "Условные обозначения:",
    "- вариант выбора;",
    "## ",
    "**",
    "|",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\u{c}",
    " ",
    "–",
    "«",
    "»",
    "\u{feff}",
    "\u{202e}",
];

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(VOCAB).prop_map(str::to_string),
        1 => any::<String>(),
        1 => "[0-9]{1,25}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn logical_lines_and_segment_never_panic(t in text()) {
        let ls = lines::logical_lines(&t);
        // Lines are 1-based and never past the end of the input.
        let physical = t.split('\n').count() as u32;
        for l in &ls {
            prop_assert!(l.line >= 1 && l.line <= physical.max(1), "line {} of {physical}", l.line);
        }
        let regs = segment::regulations(&ls);
        for r in &regs {
            prop_assert!(r.line >= 1 && r.line <= physical.max(1));
        }
    }

    #[test]
    fn step_duration_never_panics(t in text()) {
        if let Some(d) = duration::step_duration(&t) {
            prop_assert!(!d.text.is_empty());
        }
    }

    #[test]
    fn parse_bytes_never_panics(b in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = reglament::parse_bytes("prop.txt", &b, None);
    }

    #[test]
    fn parse_bytes_of_wordy_text_never_panics(t in text()) {
        if let Ok(doc) = reglament::parse_bytes("prop.txt", t.as_bytes(), None) {
            prop_assert!(!doc.reglaments.is_empty());
            let _ = reglament::check::check(&doc);
        }
    }
}

/// Re-wrap every paragraph line longer than `width` characters by breaking at spaces, the way a
/// PDF export hard-wraps a paragraph. Markdown headings (`#`) and table rows (tab-separated or
/// `|`) are left alone: in markdown a heading ends at its line, and a wrapped row is a different
/// table, so neither is the same text re-wrapped.
fn rewrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for line in text.split('\n') {
        let t = line.trim_start();
        if line.chars().count() <= width
            || line.contains('\t')
            || t.starts_with('|')
            || t.starts_with('#')
        {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut cur = String::new();
        // Trailing spaces (a markdown hard break) would otherwise become a blank line of their
        // own: a paragraph break the original does not have.
        for word in line.trim_end_matches(' ').split(' ') {
            // «заключения- в» (a dash typed without its first space) broken after the hyphen reads
            // exactly like a word hyphenated at the wrap («медико-⏎социальные»): the text no
            // longer says which it was, so the re-wrap never breaks there.
            let after_hyphen = cur.ends_with('-') && !cur.ends_with(" -");
            if !cur.is_empty()
                && !after_hyphen
                && cur.chars().count() + 1 + word.chars().count() > width
            {
                out.push_str(&cur);
                out.push('\n');
                cur.clear();
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
        out.push_str(&cur);
        out.push('\n');
    }
    out.pop();
    out
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Everything of the model except line numbers, one line per element, so a failure shows a diff.
fn projection(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for r in &doc.reglaments {
        out.push(format!(
            "REG «{}» {} electronic={}",
            squash(&r.title),
            r.language.tag(),
            r.electronic
        ));
        let ch: Vec<&str> = r.channels.iter().map(|c| c.channel.slug()).collect();
        out.push(format!("  channels {ch:?}"));
        for p in &r.participants {
            out.push(format!("  participant {}", squash(&p.actor)));
        }
        for l in &r.lists {
            out.push(format!(
                "  LIST {} / {} ¶{:?} {} items",
                l.kind.slug(),
                l.channel.slug(),
                l.paragraph,
                l.items.len()
            ));
            for it in &l.items {
                out.push(format!(
                    "    {} n={:?} kind={:?} actor={:?} dur={:?} action=«{}»",
                    it.label,
                    it.number,
                    it.kind,
                    it.actor.as_deref().map(squash),
                    it.duration.as_ref().map(|d| (d.value, d.unit)),
                    squash(&it.action)
                ));
            }
        }
        for a in &r.appendices {
            out.push(format!(
                "  appendix {:?} {:?} diagram={} legend={}",
                a.number,
                a.channel.map(|c| c.slug()),
                a.is_diagram,
                a.legend.len()
            ));
        }
    }
    out
}

const REAL_000: &str = include_str!("../reglaments/000_6f385fbdd640c006.txt");

/// First differing line of two projections, with a little context, for the failure message.
fn first_difference(a: &[String], b: &[String]) -> Option<String> {
    let i = a
        .iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .or_else(|| (a.len() != b.len()).then(|| a.len().min(b.len())))?;
    Some(format!(
        "element {i}:\n  original: {}\n  rewrapped: {}",
        a.get(i).map_or("(none)", String::as_str),
        b.get(i).map_or("(none)", String::as_str)
    ))
}

proptest! {
    // Each case parses reglaments/000 twice (≈250 KB); a few dozen widths cover 40..=120.
    #![proptest_config(ProptestConfig {
        cases: 24,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn parse_is_independent_of_wrapping(width in 40usize..=120) {
        let original = reglament::parse::parse_text("000.txt", REAL_000, "utf-8").unwrap();
        let wrapped_text = rewrap(REAL_000, width);
        let wrapped = reglament::parse::parse_text("000.txt", &wrapped_text, "utf-8").unwrap();
        let (a, b) = (projection(&original), projection(&wrapped));
        prop_assert!(a == b, "width {width}: {}", first_difference(&a, &b).unwrap_or_default());
    }
}

#[test]
fn rewrap_really_wraps() {
    let w = rewrap(REAL_000, 40);
    assert!(w.lines().count() > REAL_000.lines().count() * 2);
    assert!(
        w.lines()
            .filter(|l| !l.contains('\t') && !l.trim_start().starts_with(['|', '#']))
            // Over-long only where a hyphen-ended word keeps its neighbour (see `rewrap`).
            .all(|l| l.chars().count() <= 40 || !l.contains(' ') || l.contains("- "))
    );
    assert_eq!(squash(&w), squash(REAL_000), "only whitespace changes");
}

/// Not a check: prints, for every width, the first element the re-wrap changes (run with
/// `--ignored --nocapture` to see which widths fail and why).
#[test]
#[ignore = "diagnostic"]
fn wrapping_survey() {
    let original = projection(&reglament::parse::parse_text("000.txt", REAL_000, "utf-8").unwrap());
    for width in 40..=120 {
        let wrapped =
            reglament::parse::parse_text("000.txt", &rewrap(REAL_000, width), "utf-8").unwrap();
        if let Some(d) = first_difference(&original, &projection(&wrapped)) {
            println!("width {width}: {d}");
        }
    }
}

/// The minimal case behind the wrapping property's failures: the last step of a list, wrapped
/// right before the dash that introduces its duration, so the continuation line starts with «– »
/// like a list bullet. (A wrap elsewhere in the step, or in a step that is not the last, keeps it.)
fn wrapped_last_step(break_before_dash: bool) -> reglament::model::Item {
    let sep = if break_before_dash { "\n" } else { " " };
    let text = format!(
        "Регламент государственной услуги \"Выдача справки\"\n\n1. Общие положения\n\n\
         5. Содержание каждой процедуры (действия), входящей в состав процесса оказания государственной услуги через услугодателя, длительность его выполнения:\n\n\
         1) руководитель услугодателя подписывает справку – не более 10 (десяти) минут;\n\n\
         2) ответственный исполнитель услугодателя выдает справку{sep}– не более 15 (пятнадцати) минут.\n"
    );
    let doc = reglament::parse::parse_text("wrap.txt", &text, "utf-8").unwrap();
    let items = &doc.reglaments[0].lists[0].items;
    assert_eq!(items.len(), 2);
    items[1].clone()
}

#[test]
fn unwrapped_last_step_has_its_duration() {
    let d = wrapped_last_step(false)
        .duration
        .expect("duration on one line");
    assert_eq!((d.value, d.unit), (15, reglament::model::TimeUnit::Minute));
}

#[test]
fn wrap_before_dash_in_last_step_keeps_duration() {
    let it = wrapped_last_step(true);
    let d = it.duration.expect("duration after a wrap before the dash");
    assert_eq!((d.value, d.unit), (15, reglament::model::TimeUnit::Minute));
    assert!(it.action.contains("не более 15"), "action: {}", it.action);
}

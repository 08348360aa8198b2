//! `reglament rules` and `reglament check --explain RULE`: what the checker looks at, told from
//! the rule list, the catalogue and `docs/check.md`.

use std::fmt::Write as _;
use std::process::ExitCode;

use super::Ui;
use super::config::Level;
use crate::check::Severity;
use crate::check::rules::{RULES, Rule, find};
use crate::i18n::Lang;

/// The rules table of `docs/check.md`, the explanation `--explain` prints.
const CHECK_DOC: &str = include_str!("../../docs/check.md");

/// A severity's name in the catalogue's words.
fn severity_name(ui: &Ui, s: Severity) -> String {
    ui.say(&format!("severity-{}", s.as_str()), &[])
}

/// «warning», or «warning (info in a milder case)» spelled as `docs/check.md` does.
fn severity_of(ui: &Ui, r: &Rule) -> String {
    let name = severity_name(ui, r.severity);
    if r.milder { format!("{name}*") } else { name }
}

/// The level `reglament.toml` sets for a rule, if it does.
fn configured(ui: &Ui, id: &str) -> Option<Level> {
    ui.config.as_ref()?.config.rules.get(id).copied()
}

/// The list `reglament rules` prints: one rule a line, id, severity and what it compares.
pub fn table(ui: &Ui) -> String {
    let mut out = ui.say("rules-heading", &[("n", RULES.len().into())]);
    out.push('\n');
    let width = RULES.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let sev_width = RULES
        .iter()
        .map(|r| severity_of(ui, r).chars().count())
        .max()
        .unwrap_or(0);
    for r in RULES {
        let sev = match configured(ui, r.id) {
            Some(Level::Off) => ui.say("level-off", &[]),
            Some(Level::Error) => severity_name(ui, Severity::Error),
            Some(Level::Warning) => severity_name(ui, Severity::Warning),
            Some(Level::Info) => severity_name(ui, Severity::Info),
            None => severity_of(ui, r),
        };
        let pad = sev_width.saturating_sub(sev.chars().count());
        let _ = writeln!(
            out,
            "  {:width$}  {sev}{}  {}",
            r.id,
            " ".repeat(pad),
            ui.say(&format!("rule-{}", r.id), &[])
        );
    }
    out
}

/// `reglament rules`.
pub(super) fn list(ui: &Ui) -> ExitCode {
    print!("{}", table(ui));
    ExitCode::SUCCESS
}

/// The cells of a rule's row in `docs/check.md`: severity, what it compares, an example.
fn doc_row(id: &str) -> Option<[&'static str; 3]> {
    let start = format!("| `{id}` |");
    let row = CHECK_DOC.lines().find(|l| l.starts_with(&start))?;
    let cells: Vec<&str> = row[start.len()..]
        .trim_end_matches('|')
        .split(" | ")
        .map(str::trim)
        .collect();
    match cells.as_slice() {
        [severity, compares, example] => Some([severity, compares, example]),
        _ => None,
    }
}

/// What `--explain` tells of a rule.
pub fn explanation(ui: &Ui, id: &str) -> Option<String> {
    let r = find(id)?;
    let mut out = format!("{}: {}\n", r.id, ui.say(&format!("rule-{id}"), &[]));
    let (severity, compares, example) = match doc_row(id) {
        Some([s, c, e]) if ui.lang == Lang::En => (s.to_string(), Some(c), Some(e)),
        Some([_, c, e]) => (severity_of(ui, r), Some(c), Some(e)),
        None => (severity_of(ui, r), None, None),
    };
    let _ = writeln!(
        out,
        "{}",
        ui.say("explain-severity", &[("severity", severity.into())])
    );
    // The documentation is written once, in English; the one line above is in every language.
    if let Some(c) = compares {
        let _ = writeln!(out, "{}", ui.say("explain-compares", &[("text", c.into())]));
    }
    if let Some(e) = example {
        let _ = writeln!(out, "{}", ui.say("explain-example", &[("text", e.into())]));
    }
    if let Some(level) = configured(ui, id) {
        let level = match level {
            Level::Off => ui.say("level-off", &[]),
            Level::Error => severity_name(ui, Severity::Error),
            Level::Warning => severity_name(ui, Severity::Warning),
            Level::Info => severity_name(ui, Severity::Info),
        };
        let _ = writeln!(
            out,
            "{}",
            ui.say("explain-level", &[("level", level.into())])
        );
    }
    Some(out)
}

/// `reglament check --explain RULE`; exit 2 for an unknown rule.
pub(super) fn explain(ui: &Ui, id: &str) -> ExitCode {
    match explanation(ui, id) {
        Some(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        None => {
            ui.error("error-unknown-rule", &[("rule", id.into())]);
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::ColorChoice;

    fn ui(lang: Lang) -> Ui {
        Ui {
            lang,
            report_lang: Some(lang),
            color: ColorChoice::Never,
            quiet: false,
            verbose: false,
            config: None,
        }
    }

    #[test]
    fn every_rule_has_a_row_in_the_documentation() {
        for r in RULES {
            let [severity, _, _] = doc_row(r.id).unwrap_or_else(|| panic!("{}", r.id));
            assert!(
                severity.starts_with(r.severity.as_str()),
                "{}: {severity}",
                r.id
            );
            assert_eq!(
                r.milder,
                severity.contains(';') || severity.contains('('),
                "{}",
                r.id
            );
        }
    }

    #[test]
    fn the_list_names_every_rule_in_each_language() {
        let en = table(&ui(Lang::En));
        assert!(en.starts_with("30 rules"), "{en}");
        assert!(en.contains("  numbering  "));
        assert!(en.contains("the numbers of items and paragraphs"));
        let ru = table(&ui(Lang::Ru));
        assert!(
            ru.contains("предупреждение*  номера пунктов и подпунктов"),
            "{ru}"
        );
        let kk = table(&ui(Lang::Kk));
        assert!(kk.contains("шартты белгілері жоқ анықтамалық"), "{kk}");
        assert_eq!(en.lines().count(), RULES.len() + 1);
    }

    #[test]
    fn an_explanation_quotes_the_documentation() {
        let e = explanation(&ui(Lang::En), "step-count-mismatch").unwrap();
        assert!(e.contains("severity: error\n"), "{e}");
        assert!(
            e.contains("example: Число процедур расходится: ¶5 (строка 1828) — 7 процедур, ¶8 (строка 1869) — 6."),
            "{e}"
        );
        let ru = explanation(&ui(Lang::Ru), "step-count-mismatch").unwrap();
        assert!(
            ru.starts_with("step-count-mismatch: число процедур"),
            "{ru}"
        );
        assert!(ru.contains("важность: ошибка\n"), "{ru}");
        assert!(explanation(&ui(Lang::En), "no-such-rule").is_none());
    }
}

//! Appendix rules: `appendix-missing` (warning) for referenced numbers that are not printed (the
//! numbers one reference names together, a range «1 - 6» or a list, make one finding; a reference
//! without a number, when no appendix is printed at all), `appendix-unreferenced` (info),
//! `appendix-ambiguous` (info) for a reference without a number while several appendices are
//! printed, `legend-missing` (warning) for a справочник without its legend, and `header-missing`
//! (warning) for an appendix without its «Приложение N» header. An appendix printed without its
//! header where a referenced number is missing between its neighbours is that number: one
//! `header-missing` finding quoting the reference, no `appendix-missing`. «Приложение к
//! Регламенту» over the only appendix is correct usage and no finding.

use super::{Ctx, Finding, Message, Severity, Value};
use crate::model::{AppendixRef, Language, Reglament};

/// Rule id: a referenced appendix is absent.
pub const MISSING: &str = "appendix-missing";
/// Rule id: an appendix nobody refers to.
pub const UNREFERENCED: &str = "appendix-unreferenced";
/// Rule id: «the» appendix referenced without a number while several are printed.
pub const AMBIGUOUS: &str = "appendix-ambiguous";
/// Rule id: a diagram without legend.
pub const LEGEND: &str = "legend-missing";
/// Rule id: an appendix without its numbered header.
pub const HEADER: &str = "header-missing";

/// Cross-checks appendix references with the printed appendices.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let reg = ctx.reg;
    let printed: Vec<u32> = reg.appendices.iter().filter_map(|a| a.number).collect();
    let mut missing: Vec<u32> = Vec::new();
    for n in reg.appendix_refs.iter().flat_map(|r| r.numbers()) {
        if !printed.contains(&n) && !missing.contains(&n) {
            missing.push(n);
        }
    }
    // A headerless appendix standing where a missing number belongs is that appendix: one
    // defect, reported once as its missing header.
    let stands_for = headerless_numbers(reg, &missing);
    missing.retain(|n| !stands_for.contains(&Some(*n)));
    // The numbers one reference names together («приложениям 1 - 6») are one finding.
    let mut groups: Vec<(Vec<u32>, Vec<&AppendixRef>)> = Vec::new();
    for n in missing {
        let naming: Vec<&AppendixRef> = reg.appendix_refs.iter().filter(|x| x.names(n)).collect();
        let same = |g: &&mut (Vec<u32>, Vec<&AppendixRef>)| {
            g.1.len() == naming.len() && g.1.iter().zip(&naming).all(|(a, b)| std::ptr::eq(*a, *b))
        };
        match groups.iter_mut().find(|g| same(g)) {
            Some(g) => g.0.push(n),
            None => groups.push((vec![n], naming)),
        }
    }
    for (numbers, naming) in groups {
        let lines: Vec<u32> = naming.iter().map(|x| x.line).collect();
        let quotes: Vec<String> = naming.iter().map(|x| x.text.clone()).collect();
        let message = match numbers.as_slice() {
            [n] => Message::new("finding-appendix-missing").arg("n", *n),
            _ => Message::new("finding-appendix-missing-many").arg("numbers", spelled(&numbers)),
        }
        .arg("refs", cited(&naming))
        .arg("language", language(reg.language));
        let keys: Vec<String> = numbers.iter().map(u32::to_string).collect();
        out.push(ctx.finding(MISSING, Severity::Warning, lines, quotes, message, &keys));
    }
    let numberless: Vec<_> = reg
        .appendix_refs
        .iter()
        .filter(|r| r.number.is_none())
        .collect();
    if !numberless.is_empty() && reg.appendices.len() != 1 {
        let lines: Vec<u32> = numberless.iter().map(|x| x.line).collect();
        let quotes: Vec<String> = numberless.iter().map(|x| x.text.clone()).collect();
        if reg.appendices.is_empty() {
            out.push(ctx.finding(
                MISSING,
                Severity::Warning,
                lines,
                quotes,
                Message::new("finding-appendix-missing-numberless").arg("refs", cited(&numberless)),
                &[String::new()],
            ));
        } else {
            let message = Message::new("finding-appendix-ambiguous")
                .arg("refs", cited(&numberless))
                .arg("n", reg.appendices.len());
            out.push(ctx.finding(
                AMBIGUOUS,
                Severity::Info,
                lines,
                quotes,
                message,
                &[reg.appendices.len().to_string()],
            ));
        }
    }
    for (i, a) in reg.appendices.iter().enumerate() {
        let title = a.title.trim();
        if let Some(n) = a.number
            && !reg.appendix_refs.iter().any(|r| r.names(n))
            // «согласно приложению к настоящему регламенту» names the only appendix there is.
            && !(reg.appendices.len() == 1 && reg.appendix_refs.iter().any(|r| r.number.is_none()))
        {
            let message = Message::new("finding-appendix-unreferenced")
                .arg("n", n)
                .arg("title", title)
                .arg("line", Value::Line(a.line));
            out.push(ctx.finding(
                UNREFERENCED,
                Severity::Info,
                vec![a.line],
                vec![a.title.clone()],
                message,
                &[n.to_string(), title.to_string()],
            ));
        }
        if a.is_diagram && a.legend.is_empty() {
            let message = Message::new("finding-legend-missing")
                .arg("title", title)
                .arg("line", Value::Line(a.line));
            out.push(ctx.finding(
                LEGEND,
                Severity::Warning,
                vec![a.line],
                vec![a.title.clone()],
                message,
                &[title.to_string()],
            ));
        }
        // «Приложение к Регламенту» over the only appendix is how a sole appendix is headed.
        let sole = a.header && reg.appendices.len() == 1;
        if (!a.header || a.number.is_none()) && !sole {
            let naming: Vec<&AppendixRef> = match stands_for[i] {
                Some(n) => reg.appendix_refs.iter().filter(|r| r.names(n)).collect(),
                None => Vec::new(),
            };
            let message = match stands_for[i] {
                Some(n) => Message::new("finding-header-missing")
                    .arg("n", n)
                    .arg("refs", cited(&naming))
                    .arg("language", language(reg.language)),
                None if a.header => Message::new("finding-header-unnumbered"),
                None => {
                    Message::new("finding-header-absent").arg("language", language(reg.language))
                }
            }
            .arg("title", title)
            .arg("line", Value::Line(a.line));
            let mut lines = vec![a.line];
            let mut quotes = vec![a.title.clone()];
            lines.extend(naming.iter().map(|r| r.line));
            quotes.extend(naming.iter().map(|r| r.text.clone()));
            out.push(ctx.finding(
                HEADER,
                Severity::Warning,
                lines,
                quotes,
                message,
                &[title.to_string(), a.header.to_string()],
            ));
        }
    }
}

/// For each appendix, the number it stands for when it is printed without its header between
/// two numbered ones and a referenced number is missing in that gap (the smallest such).
fn headerless_numbers(reg: &Reglament, missing: &[u32]) -> Vec<Option<u32>> {
    let mut out = vec![None; reg.appendices.len()];
    let mut before = 0;
    for (i, a) in reg.appendices.iter().enumerate() {
        if let Some(n) = a.number {
            before = n;
            continue;
        }
        if a.header {
            continue;
        }
        let after = reg.appendices[i + 1..]
            .iter()
            .find_map(|b| b.number)
            .unwrap_or(u32::MAX);
        if let Some(&n) = missing
            .iter()
            .filter(|&&n| n > before && n < after && !out.contains(&Some(n)))
            .min()
        {
            out[i] = Some(n);
            before = n;
        }
    }
    out
}

/// The language the regulation prints its appendix headers in, the messages' selector for
/// quoting a header («Приложение 3 к …», «… регламентіне 3-қосымша»).
fn language(language: Language) -> &'static str {
    match language {
        Language::Ru => "ru",
        Language::Kk => "kk",
    }
}

/// The references quoted with their lines: «приложениям 2, 3, 4 к настоящему регламенту», line 970.
fn cited(refs: &[&AppendixRef]) -> Value {
    Value::Passages(refs.iter().map(|r| (r.text.clone(), r.line)).collect())
}

/// Numbers as a reader writes them: «1–6» for a run, «1, 3, 5» otherwise.
fn spelled(numbers: &[u32]) -> String {
    let run = numbers.windows(2).all(|w| w[1] == w[0] + 1);
    match (numbers.first(), numbers.last()) {
        (Some(a), Some(b)) if run && numbers.len() > 2 => format!("{a}–{b}"),
        _ => numbers
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::{Appendix, AppendixRef, Channel};

    fn appendix(n: Option<u32>, header: bool, legend: bool, line: u32) -> Appendix {
        Appendix {
            number: n,
            header,
            title: "Справочник бизнес-процессов оказания государственной услуги".into(),
            channel: Some(Channel::Provider),
            is_diagram: true,
            line,
            legend: if legend {
                vec!["Условные обозначения".into()]
            } else {
                vec![]
            },
        }
    }

    fn appendix_ref(number: Option<u32>, last: Option<u32>, line: u32) -> AppendixRef {
        AppendixRef {
            number,
            last,
            text: "согласно приложению к настоящему регламенту".into(),
            line,
        }
    }

    fn rules(r: crate::model::Reglament) -> Vec<(&'static str, Vec<u32>)> {
        check(&doc(r))
            .into_iter()
            .map(|f| (f.rule, f.lines))
            .collect()
    }

    #[test]
    fn clean_appendices_are_silent() {
        let mut r = reg();
        r.appendices = vec![appendix(Some(1), true, true, 211)];
        r.appendix_refs = vec![appendix_ref(Some(1), None, 205)];
        assert!(rules(r).is_empty());
    }

    #[test]
    fn each_defect_fires() {
        let mut r = reg();
        r.appendices = vec![
            appendix(Some(1), true, false, 211),
            appendix(None, false, true, 230),
        ];
        // 3 is missing where the headerless appendix stands: that appendix is it. 5 is missing.
        r.appendix_refs = vec![
            appendix_ref(Some(3), None, 205),
            appendix_ref(Some(5), None, 207),
        ];
        assert_eq!(
            rules(r),
            vec![
                (MISSING, vec![207]),
                (UNREFERENCED, vec![211]),
                (LEGEND, vec![211]),
                (HEADER, vec![230, 205]),
            ]
        );
    }

    #[test]
    fn a_headerless_appendix_in_the_gap_of_a_missing_number_is_one_defect() {
        // Russian: «приложениям 2, 3, 4»; the fourth справочник lost its header.
        let mut r = reg();
        r.appendices = vec![
            appendix(Some(1), true, true, 974),
            appendix(Some(2), true, true, 989),
            appendix(Some(3), true, true, 1009),
            appendix(None, false, true, 1027),
        ];
        r.appendix_refs = (1..=4).map(|n| appendix_ref(Some(n), None, 970)).collect();
        let found = check(&doc(r));
        assert_eq!(
            found.len(),
            1,
            "{:#?}",
            found.iter().map(|f| &f.message).collect::<Vec<_>>()
        );
        assert_eq!(
            (found[0].rule, found[0].lines.clone()),
            (HEADER, vec![1027, 970])
        );
        assert!(
            found[0]
                .message
                .text(crate::i18n::Lang::En)
                .contains("«Приложение 4 к …»"),
            "{:?}",
            found[0].message
        );
        // Kazakh: «Регламенттің 3-қосымшасына»; the third appendix lost its header.
        let mut r = reg();
        r.language = crate::model::Language::Kk;
        r.appendices = vec![
            appendix(Some(2), true, true, 1271),
            appendix(None, false, true, 1323),
            appendix(Some(4), true, true, 1339),
        ];
        r.appendix_refs = vec![
            appendix_ref(Some(2), None, 1190),
            AppendixRef {
                text: "Регламенттің 3-қосымшасына".into(),
                ..appendix_ref(Some(3), None, 1194)
            },
            appendix_ref(Some(4), None, 1196),
        ];
        let found = check(&doc(r));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            (found[0].rule, found[0].lines.clone()),
            (HEADER, vec![1323, 1194])
        );
        assert!(
            found[0]
                .message
                .text(crate::i18n::Lang::En)
                .contains("3-қосымша»"),
            "{:?}",
            found[0].message
        );
    }

    #[test]
    fn a_range_not_printed_is_one_finding() {
        let mut r = reg();
        r.appendix_refs = vec![
            appendix_ref(Some(1), Some(6), 813),
            appendix_ref(Some(7), None, 869),
        ];
        let found = check(&doc(r));
        let got: Vec<_> = found.iter().map(|f| (f.rule, f.lines.clone())).collect();
        assert_eq!(got, vec![(MISSING, vec![813]), (MISSING, vec![869])]);
        assert!(
            found[0]
                .message
                .text(crate::i18n::Lang::En)
                .contains("appendices 1–6"),
            "{:?}",
            found[0].message
        );
    }

    #[test]
    fn the_sole_appendix_headed_without_a_number_is_correct() {
        let mut r = reg();
        r.appendices = vec![appendix(None, true, true, 1627)];
        r.appendix_refs = vec![appendix_ref(None, None, 1621)];
        assert!(rules(r).is_empty());
        // Beside another appendix the missing number is a defect.
        let mut r = reg();
        r.appendices = vec![
            appendix(Some(1), true, true, 1600),
            appendix(None, true, true, 1627),
        ];
        r.appendix_refs = vec![appendix_ref(Some(1), None, 1590)];
        assert_eq!(rules(r), vec![(HEADER, vec![1627])]);
    }

    #[test]
    fn a_range_references_each_number_in_it() {
        let mut r = reg();
        r.appendices = vec![
            appendix(Some(1), true, true, 211),
            appendix(Some(2), true, true, 230),
            appendix(Some(3), true, true, 250),
        ];
        r.appendix_refs = vec![appendix_ref(Some(1), Some(4), 205)];
        // 1–3 are printed and referenced; 4 is referenced and missing.
        assert_eq!(rules(r), vec![(MISSING, vec![205])]);
    }

    #[test]
    fn a_reference_without_a_number() {
        // The only appendix: «the» appendix is it, numbered or not.
        let mut r = reg();
        r.appendices = vec![appendix(Some(1), true, true, 211)];
        r.appendix_refs = vec![appendix_ref(None, None, 205)];
        assert!(rules(r).is_empty());
        // None printed: missing.
        let mut r = reg();
        r.appendix_refs = vec![appendix_ref(None, None, 205), appendix_ref(None, None, 207)];
        assert_eq!(rules(r), vec![(MISSING, vec![205, 207])]);
        // Several printed: which one is meant is unclear, and the others stay unreferenced.
        let mut r = reg();
        r.appendices = vec![
            appendix(Some(1), true, true, 211),
            appendix(Some(2), true, true, 230),
        ];
        r.appendix_refs = vec![appendix_ref(None, None, 205)];
        assert_eq!(
            rules(r),
            vec![
                (AMBIGUOUS, vec![205]),
                (UNREFERENCED, vec![211]),
                (UNREFERENCED, vec![230])
            ]
        );
    }
}

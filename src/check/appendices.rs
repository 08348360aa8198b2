//! Appendix rules: `appendix-missing` (warning) for referenced numbers that are not printed (a
//! range «1 - 6» references each number in it; a reference without a number, when no appendix
//! is printed at all), `appendix-unreferenced` (info), `appendix-ambiguous` (info) for a
//! reference without a number while several appendices are printed, `legend-missing` (warning)
//! for a справочник without its legend, and `header-missing` (warning) for an appendix without
//! its «Приложение N» header.

use super::{Ctx, Finding, Severity};

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
    let mut seen = Vec::new();
    for n in reg.appendix_refs.iter().flat_map(|r| r.numbers()) {
        if printed.contains(&n) || seen.contains(&n) {
            continue;
        }
        seen.push(n);
        let naming: Vec<_> = reg.appendix_refs.iter().filter(|x| x.names(n)).collect();
        let lines: Vec<u32> = naming.iter().map(|x| x.line).collect();
        let quotes: Vec<String> = naming.iter().map(|x| x.text.clone()).collect();
        let message =
            format!("The text refers to appendix {n} but no «Приложение {n}» header is printed.");
        out.push(ctx.finding(
            MISSING,
            Severity::Warning,
            lines,
            quotes,
            message,
            &[n.to_string()],
        ));
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
                "The text refers to «the» appendix, without a number, but no appendix is printed."
                    .to_string(),
                &[String::new()],
            ));
        } else {
            let message = format!(
                "The text refers to «the» appendix without a number, but {} appendices are printed.",
                reg.appendices.len()
            );
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
    for a in &reg.appendices {
        let title = a.title.trim();
        if let Some(n) = a.number
            && !reg.appendix_refs.iter().any(|r| r.names(n))
            // «согласно приложению к настоящему регламенту» names the only appendix there is.
            && !(reg.appendices.len() == 1 && reg.appendix_refs.iter().any(|r| r.number.is_none()))
        {
            let message = format!("Appendix {n} («{title}») is never referenced from the text.");
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
            let message = format!("The справочник «{title}» has no legend (условные обозначения).");
            out.push(ctx.finding(
                LEGEND,
                Severity::Warning,
                vec![a.line],
                vec![a.title.clone()],
                message,
                &[title.to_string()],
            ));
        }
        if !a.header || a.number.is_none() {
            let what = if a.header {
                "its header carries no number"
            } else {
                "its «Приложение N к …» header is missing"
            };
            let message = format!("The appendix «{title}» is printed but {what}.");
            out.push(ctx.finding(
                HEADER,
                Severity::Warning,
                vec![a.line],
                vec![a.title.clone()],
                message,
                &[title.to_string(), a.header.to_string()],
            ));
        }
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
        r.appendix_refs = vec![appendix_ref(Some(2), None, 205)];
        assert_eq!(
            rules(r),
            vec![
                (MISSING, vec![205]),
                (UNREFERENCED, vec![211]),
                (LEGEND, vec![211]),
                (HEADER, vec![230]),
            ]
        );
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

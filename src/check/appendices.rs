//! Appendix rules: `appendix-missing` (warning) for referenced numbers that are not printed,
//! `appendix-unreferenced` (info), `legend-missing` (warning) for a справочник without its
//! legend, and `header-missing` (warning) for an appendix without its «Приложение N» header.

use super::{Ctx, Finding, Severity};

/// Rule id: a referenced appendix is absent.
pub const MISSING: &str = "appendix-missing";
/// Rule id: an appendix nobody refers to.
pub const UNREFERENCED: &str = "appendix-unreferenced";
/// Rule id: a diagram without legend.
pub const LEGEND: &str = "legend-missing";
/// Rule id: an appendix without its numbered header.
pub const HEADER: &str = "header-missing";

/// Cross-checks appendix references with the printed appendices.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let reg = ctx.reg;
    let printed: Vec<u32> = reg.appendices.iter().filter_map(|a| a.number).collect();
    let mut seen = Vec::new();
    for r in &reg.appendix_refs {
        if printed.contains(&r.number) || seen.contains(&r.number) {
            continue;
        }
        seen.push(r.number);
        let lines: Vec<u32> = reg
            .appendix_refs
            .iter()
            .filter(|x| x.number == r.number)
            .map(|x| x.line)
            .collect();
        let message = format!(
            "The text refers to appendix {} but no «Приложение {}» header is printed.",
            r.number, r.number
        );
        let quotes = vec![String::new(); lines.len()];
        out.push(ctx.finding(
            MISSING,
            Severity::Warning,
            lines,
            quotes,
            message,
            &[r.number.to_string()],
        ));
    }
    for a in &reg.appendices {
        let title = a.title.trim();
        if let Some(n) = a.number
            && !reg.appendix_refs.iter().any(|r| r.number == n)
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
        r.appendix_refs = vec![AppendixRef {
            number: 1,
            line: 205,
        }];
        assert!(rules(r).is_empty());
    }

    #[test]
    fn each_defect_fires() {
        let mut r = reg();
        r.appendices = vec![
            appendix(Some(1), true, false, 211),
            appendix(None, false, true, 230),
        ];
        r.appendix_refs = vec![AppendixRef {
            number: 2,
            line: 205,
        }];
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
}

//! `annex-missing` (warning): the decree sets out an annex («согласно приложению 4 к настоящему
//! постановлению», «осы қаулыға 4-қосымшаға сәйкес», «Утвердить прилагаемый регламент "…"») that
//! the act does not print: no regulation of the service it names and no header of its number.

use super::annex_match::{Annexes, act_place, own_header};
use super::{Finding, Severity};
use crate::model::Document;

/// Stable rule id.
pub const RULE: &str = "annex-missing";

/// Reports each cited annex no regulation of the act answers, once per number.
pub fn run(doc: &Document, annexes: &Annexes, out: &mut Vec<Finding>) {
    let place = act_place(doc);
    let mut seen: Vec<u32> = Vec::new();
    for c in &annexes.unmatched {
        let named = c
            .title
            .as_deref()
            .map(|t| format!(" for «{t}»"))
            .unwrap_or_default();
        let (lines, quotes, message) = match c.number {
            Some(n) => {
                if seen.contains(&n) || annexes.pairs.iter().any(|p| p.cite.number == Some(n)) {
                    continue;
                }
                seen.push(n);
                // A header of that number may stand above another service.
                let other = doc.reglaments.iter().find_map(|r| {
                    own_header(&doc.decree, r)
                        .filter(|h| h.number == Some(n))
                        .map(|h| (h, r))
                });
                match other {
                    Some((h, r)) => (
                        vec![c.line, h.line],
                        vec![c.text.clone(), h.text.clone()],
                        format!(
                            "The decree sets out annex {n}{named} («{}», line {}), but «{}» (line {}) stands above «{}», and no regulation of the cited service is printed.",
                            c.text, c.line, h.text, h.line, r.title
                        ),
                    ),
                    None => (
                        vec![c.line],
                        vec![c.text.clone()],
                        format!(
                            "The decree sets out annex {n}{named} («{}», line {}), but the act prints no «Приложение {n} к постановлению» and no regulation it names.",
                            c.text, c.line
                        ),
                    ),
                }
            }
            None => match &c.title {
                Some(t) => (
                    vec![c.line],
                    vec![c.text.clone()],
                    format!(
                        "The decree approves the regulation «{t}» (line {}), but the act prints no regulation of that service.",
                        c.line
                    ),
                ),
                // «согласно приложению к настоящему постановлению» with nothing named: nothing
                // to look for.
                None => continue,
            },
        };
        let key = c.number.map(|n| n.to_string()).unwrap_or_default();
        let title = c.title.clone().unwrap_or_default();
        out.push(place.finding(
            RULE,
            Severity::Warning,
            lines,
            quotes,
            message,
            &[key, title],
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::annex_match::{pair, testutil::*};
    use super::*;

    fn lines(doc: &Document) -> Vec<Vec<u32>> {
        let mut out = Vec::new();
        run(doc, &pair(doc), &mut out);
        out.into_iter().map(|f| f.lines).collect()
    }

    #[test]
    fn ru_a_cited_annex_never_printed() {
        let regs = vec![regulation(
            "Назначение помощи",
            68,
            Some(header(Some(1), "107", 61)),
        )];
        let cites = vec![
            cite(Some(1), Some("Назначение помощи"), 19),
            cite(Some(4), None, 27),
        ];
        assert_eq!(lines(&act("107", cites, regs.clone())), vec![vec![27]]);
        // The clean twin: annex 4 printed under its header.
        let mut twin = regs;
        twin.push(regulation(
            "Выдача справок",
            300,
            Some(header(Some(4), "107", 290)),
        ));
        let cites = vec![
            cite(Some(1), Some("Назначение помощи"), 19),
            cite(Some(4), None, 27),
        ];
        assert!(lines(&act("107", cites, twin)).is_empty());
    }

    #[test]
    fn kk_an_approved_regulation_never_printed() {
        let regs = vec![regulation("Жұмыссыз азаматтарға анықтама беру", 36, None)];
        let cites = vec![
            cite(None, Some("Жұмыссыз азаматтарға анықтама беру"), 16),
            cite(None, Some("Атаулы әлеуметтік көмек тағайындау"), 17),
        ];
        assert_eq!(lines(&act("133", cites, regs.clone())), vec![vec![17]]);
        let cites = vec![cite(None, Some("Жұмыссыз азаматтарға анықтама беру"), 16)];
        assert!(lines(&act("133", cites, regs)).is_empty());
    }

    #[test]
    fn a_header_of_the_number_above_another_service_is_quoted() {
        let regs = vec![regulation(
            "Присвоение статуса оралмана",
            68,
            Some(header(Some(2), "107", 61)),
        )];
        let cites = vec![cite(Some(2), Some("Выдача справок безработным"), 19)];
        let doc = act("107", cites, regs);
        let mut out = Vec::new();
        run(&doc, &pair(&doc), &mut out);
        assert_eq!(out[0].lines, vec![19, 61]);
        assert!(
            out[0].message.contains("Присвоение статуса оралмана"),
            "{}",
            out[0].message
        );
    }
}

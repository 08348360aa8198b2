//! `annex-missing` (warning): the decree sets out an annex («согласно приложению 4 к настоящему
//! постановлению», «осы қаулыға 4-қосымшаға сәйкес», «Утвердить прилагаемый регламент "…"») that
//! the act does not print: no regulation of the service it names and no header of its number.

use super::annex_match::{Annexes, act_place, own_header};
use super::{Finding, Message, Severity, Value};
use crate::model::Document;

/// Stable rule id.
pub const RULE: &str = "annex-missing";

/// Reports each cited annex no regulation of the act answers, once per number.
pub fn run(doc: &Document, annexes: &Annexes, out: &mut Vec<Finding>) {
    let place = act_place(doc);
    let mut seen: Vec<u32> = Vec::new();
    for c in &annexes.unmatched {
        // The catalogue says «for «…»» only when the cite names its service.
        let cited = |id: &str, n: u32| {
            Message::new(id)
                .arg("n", n)
                .arg("titled", if c.title.is_some() { "yes" } else { "no" })
                .arg("title", c.title.as_deref().unwrap_or(""))
                .arg("text", c.text.as_str())
                .arg("line", Value::Line(c.line))
        };
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
                        cited("finding-annex-missing-other", n)
                            .arg("header", h.text.as_str())
                            .arg("line-header", Value::Line(h.line))
                            .arg("service", r.title.as_str()),
                    ),
                    None => (
                        vec![c.line],
                        vec![c.text.clone()],
                        cited("finding-annex-missing", n),
                    ),
                }
            }
            None => match &c.title {
                Some(t) => (
                    vec![c.line],
                    vec![c.text.clone()],
                    Message::new("finding-annex-missing-unnumbered")
                        .arg("title", t.as_str())
                        .arg("line", Value::Line(c.line)),
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
            out[0]
                .message
                .text(crate::i18n::Lang::En)
                .contains("Присвоение статуса оралмана"),
            "{:?}",
            out[0].message
        );
    }
}

//! `annex-header-mismatch`: the decree sets out a regulation as annex k («… согласно приложению k
//! к настоящему постановлению», «осы қаулыға k-қосымшаға сәйкес»), but the header above that
//! regulation says otherwise: another number (error), no number, no header at all, or only the
//! header of the act it amends, which numbers the regulation as that act did (warnings). An
//! amending act's annex that prints its own header and the amended act's under it is the normal
//! form and stays silent.

use super::annex_match::{Annexes, headers, is_own, own_header, reg_place};
use super::{Finding, Message, Severity, Value};
use crate::model::Document;

/// Stable rule id.
pub const RULE: &str = "annex-header-mismatch";

/// Compares the number of each cited annex with the header its regulation is printed under.
pub fn run(doc: &Document, annexes: &Annexes, out: &mut Vec<Finding>) {
    for p in &annexes.pairs {
        let (c, r) = (p.cite, p.reg);
        let Some(k) = c.number else { continue };
        let (severity, h_line, h_text, how, j) = match own_header(&doc.decree, r) {
            Some(h) if h.number == Some(k) => continue,
            Some(h) => match h.number {
                Some(j) => (Severity::Error, h.line, &h.text, "other", j),
                None => (Severity::Warning, h.line, &h.text, "unnumbered", 0),
            },
            None => match headers(r).find(|h| !is_own(&doc.decree, h)) {
                // A header naming an act the decree does not amend is `annex-act-mismatch`.
                Some(h)
                    if h.act
                        .as_ref()
                        .is_some_and(|a| !doc.decree.amends.contains(a)) =>
                {
                    continue;
                }
                Some(h) => (Severity::Warning, h.line, &h.text, "amended", 0),
                None => (Severity::Warning, r.line, &r.heading, "none", 0),
            },
        };
        let h_text = h_text.clone();
        let message = Message::new("finding-annex-header-mismatch")
            .arg("how", how)
            .arg("title", r.title.as_str())
            .arg("k", k)
            .arg("cited", c.text.as_str())
            .arg("line-cited", Value::Line(c.line))
            .arg("header", h_text.as_str())
            .arg("line-header", Value::Line(h_line))
            .arg("j", j)
            .arg("act", doc.decree.act.as_deref().unwrap_or("…"));
        out.push(reg_place(doc, r).finding(
            RULE,
            severity,
            vec![h_line, c.line],
            vec![h_text.clone(), c.text.clone()],
            message,
            &[k.to_string(), h_text],
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::annex_match::{pair, testutil::*};
    use super::*;
    use crate::model::Reglament;

    fn found(
        cites: Vec<crate::model::AnnexCite>,
        regs: Vec<Reglament>,
    ) -> Vec<(Severity, Vec<u32>)> {
        let doc = act("2/154", cites, regs);
        let mut out = Vec::new();
        run(&doc, &pair(&doc), &mut out);
        out.into_iter().map(|f| (f.severity, f.lines)).collect()
    }

    const RU: &str = "Назначение государственной адресной социальной помощи";
    const KK: &str = "Атаулы әлеуметтік көмек тағайындау";

    #[test]
    fn ru_number_missing_other_or_absent() {
        let cites = || vec![cite(Some(4), Some(RU), 27)];
        // Clean: the header carries the cited number.
        assert!(
            found(
                cites(),
                vec![regulation(RU, 652, Some(header(Some(4), "2/154", 645)))]
            )
            .is_empty()
        );
        assert_eq!(
            found(
                cites(),
                vec![regulation(RU, 652, Some(header(None, "2/154", 645)))]
            ),
            vec![(Severity::Warning, vec![645, 27])]
        );
        assert_eq!(
            found(
                cites(),
                vec![regulation(RU, 652, Some(header(Some(5), "2/154", 645)))]
            ),
            vec![(Severity::Error, vec![645, 27])]
        );
        assert_eq!(
            found(cites(), vec![regulation(RU, 859, None)]),
            vec![(Severity::Warning, vec![859, 27])]
        );
    }

    #[test]
    fn kk_number_missing_or_other() {
        let cites = || vec![cite(Some(3), Some(KK), 12)];
        assert!(
            found(
                cites(),
                vec![regulation(KK, 40, Some(header(Some(3), "2/154", 30)))]
            )
            .is_empty()
        );
        assert_eq!(
            found(
                cites(),
                vec![regulation(KK, 40, Some(header(Some(2), "2/154", 30)))]
            ),
            vec![(Severity::Error, vec![30, 12])]
        );
    }

    #[test]
    fn amending_acts_header_beside_the_own_is_normal_alone_it_is_not() {
        let cites = || vec![cite(Some(3), Some(RU), 50)];
        let mut own = header(Some(3), "2/154", 860);
        own.also.push(header(Some(6), "158", 870));
        assert!(found(cites(), vec![regulation(RU, 886, Some(own))]).is_empty());
        assert_eq!(
            found(
                cites(),
                vec![regulation(RU, 886, Some(header(Some(6), "158", 877)))]
            ),
            vec![(Severity::Warning, vec![877, 50])]
        );
        // A header of an act the decree does not amend is another rule's.
        assert!(
            found(
                cites(),
                vec![regulation(RU, 886, Some(header(Some(3), "999", 877)))]
            )
            .is_empty()
        );
    }
}

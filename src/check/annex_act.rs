//! `annex-act-mismatch` (error): an annex header names an act («Приложение 3 к постановлению …
//! № 108») that is neither the act it is printed in nor one that act amends, or the act's own
//! number with another date than its registration line's: the annex claims to belong to another
//! act. The amended act's header beside the act's own is the normal form of a
//! restated regulation and is left alone.

use super::annex_match::{Annexes, headers, reg_place};
use super::{Finding, Message, Severity, Value};
use crate::model::Document;

/// Stable rule id.
pub const RULE: &str = "annex-act-mismatch";

/// Reports every header naming an act other than the act itself and the acts it amends.
pub fn run(doc: &Document, annexes: &Annexes, out: &mut Vec<Finding>) {
    let Some(own) = doc.decree.act.as_deref() else {
        return;
    };
    for r in &doc.reglaments {
        let cite = annexes
            .pairs
            .iter()
            .find(|p| std::ptr::eq(p.reg, r))
            .map(|p| p.cite);
        for h in headers(r) {
            let Some(named) = h.act.as_deref() else {
                continue;
            };
            // The act's own number with another date is another act too.
            let other_date = match (&h.date, &doc.decree.date) {
                (Some(hd), Some(ad)) if named == own && hd != ad => Some((hd, ad)),
                _ => None,
            };
            if other_date.is_none()
                && (named == own || doc.decree.amends.iter().any(|a| a == named))
            {
                continue;
            }
            let (mut lines, mut quotes) = (vec![h.line], vec![h.text.clone()]);
            let cited = match cite {
                Some(c) => {
                    lines.push(c.line);
                    quotes.push(c.text.clone());
                    vec![
                        Message::new("finding-annex-act-cited")
                            .arg("text", c.text.as_str())
                            .arg("line", Value::Line(c.line)),
                    ]
                }
                None => Vec::new(),
            };
            let (how, hd, ad) = match other_date {
                Some((hd, ad)) => ("date", hd.as_str(), ad.as_str()),
                None => ("number", "", ""),
            };
            let message = Message::new("finding-annex-act-mismatch")
                .arg("how", how)
                .arg("header", h.text.as_str())
                .arg("line", Value::Line(h.line))
                .arg("named", named)
                .arg("header-date", hd)
                .arg("title", r.title.as_str())
                .arg("own", own)
                .arg("date", ad)
                .arg("cited", Value::Parts(cited));
            out.push(reg_place(doc, r).finding(
                RULE,
                Severity::Error,
                lines,
                quotes,
                message,
                &[named.to_string(), h.text.clone()],
            ));
        }
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
    fn ru_a_header_of_another_act() {
        let title = "Выдача справок безработным гражданам";
        let doc = act(
            "107",
            vec![cite(Some(8), Some(title), 35)],
            vec![regulation(title, 1400, Some(header(Some(8), "108", 1390)))],
        );
        assert_eq!(lines(&doc), vec![vec![1390, 35]]);
        // The act's own header, and the amended act's (№ 158) under it: silent.
        let mut own = header(Some(8), "107", 1385);
        own.also.push(header(Some(12), "158", 1390));
        let doc = act(
            "107",
            vec![cite(Some(8), Some(title), 35)],
            vec![regulation(title, 1400, Some(own))],
        );
        assert!(lines(&doc).is_empty());
    }

    #[test]
    fn ru_the_own_number_with_another_date() {
        let title = "Выдача справок безработным гражданам";
        let mut h = header(Some(8), "107", 1390);
        h.date = Some("2016-04-01".into());
        let doc = act(
            "107",
            vec![cite(Some(8), Some(title), 35)],
            vec![regulation(title, 1400, Some(h))],
        );
        let mut out = Vec::new();
        run(&doc, &pair(&doc), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].lines, vec![1390, 35]);
        assert!(
            out[0]
                .message
                .text(crate::i18n::Lang::En)
                .contains("2016-04-01"),
            "{:?}",
            out[0].message.text(crate::i18n::Lang::En)
        );
        assert!(
            out[0]
                .message
                .text(crate::i18n::Lang::En)
                .contains("2016-03-31"),
            "{:?}",
            out[0].message.text(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn kk_the_own_number_with_another_date() {
        let title = "Жұмыссыз азаматтарға анықтама беру";
        let mut h = header(Some(1), "149", 1);
        h.date = Some("2018-05-29".into());
        let doc = act("149", vec![], vec![regulation(title, 6, Some(h.clone()))]);
        assert_eq!(lines(&doc), vec![vec![1]]);
        h.date = Some("2016-03-31".into());
        let doc = act("149", vec![], vec![regulation(title, 6, Some(h))]);
        assert!(lines(&doc).is_empty());
    }

    #[test]
    fn kk_a_header_of_another_act() {
        let title = "Жұмыссыз азаматтарға анықтама беру";
        let mut h = header(Some(1), "149", 1);
        h.text = "Солтүстік Қазақстан облысы әкімдігінің 2018 жылғы 28 мамырдағы № 149 қаулысына 1-қосымша".into();
        let doc = act("150", vec![], vec![regulation(title, 6, Some(h.clone()))]);
        assert_eq!(lines(&doc), vec![vec![1]]);
        let doc = act("149", vec![], vec![regulation(title, 6, Some(h))]);
        assert!(lines(&doc).is_empty());
    }
}

//! `annex-title-mismatch`: the service the decree names for an annex differs from the title of
//! the regulation printed for it. Case, quotes, hyphens, punctuation and spaces are evened out
//! first («детей инвалидов» and «детей-инвалидов» agree). A difference of spelling only (each
//! differing word a near twin of the other: «ресімдеу» / «рәсімдеу») is info; other words are a
//! warning. An amending act that restates a regulation names it by its former title and gives
//! the new one in the quoted new wording of the amended act's list; a title that the act itself
//! gives that way agrees.

use super::annex_match::{Annexes, reg_place};
use super::{Finding, Message, Severity, Value, normalise};
use crate::model::Document;
use similar::{DiffTag, capture_diff_slices};

/// Stable rule id.
pub const RULE: &str = "annex-title-mismatch";

/// How alike two words must be, letter by letter, to be one word spelt two ways.
const SAME_WORD: f32 = 0.75;

/// Compares the name each cite gives with the title of its regulation.
pub fn run(doc: &Document, annexes: &Annexes, out: &mut Vec<Finding>) {
    for p in &annexes.pairs {
        let (c, r) = (p.cite, p.reg);
        let Some(named) = c.title.as_deref() else {
            continue;
        };
        let (a, b) = (normalise(named), normalise(&r.title));
        if a == b {
            continue;
        }
        let renamed = doc
            .decree
            .annexes
            .iter()
            .any(|q| q.quoted && q.title.as_deref().is_some_and(|t| normalise(t) == b));
        if renamed {
            continue;
        }
        let d = difference(&a, &b);
        let message = Message::new("finding-annex-title-mismatch")
            .arg("annex", c.number.unwrap_or(0))
            .arg("named", named)
            .arg("line-named", Value::Line(c.line))
            .arg("how", d.how)
            .arg("title", r.title.as_str())
            .arg("line-title", Value::Line(r.line))
            .arg("gone", d.gone.as_str())
            .arg("added", d.added.as_str());
        out.push(reg_place(doc, r).finding(
            RULE,
            d.severity,
            vec![c.line, r.line],
            vec![named.to_string(), r.title.clone()],
            message,
            &[a, b],
        ));
    }
}

/// How two names differ once evened out: the words of each side that the other lacks, and
/// whether only spelling differs.
pub(crate) struct Difference {
    pub severity: Severity,
    /// «spelling» for a difference of spelling, «words» otherwise (the messages' selector).
    pub how: &'static str,
    pub gone: String,
    pub added: String,
}

/// The difference of two names already passed through `normalise`.
pub(crate) fn difference(a: &str, b: &str) -> Difference {
    let wa: Vec<&str> = a.split(' ').collect();
    let wb: Vec<&str> = b.split(' ').collect();
    let (mut gone, mut added, mut spelling) = (Vec::new(), Vec::new(), true);
    for op in capture_diff_slices(similar::Algorithm::Myers, &wa, &wb) {
        let (tag, old, new) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            continue;
        }
        let (x, y) = (&wa[old.clone()], &wb[new.clone()]);
        spelling &= tag == DiffTag::Replace
            && x.len() == y.len()
            && x.iter()
                .zip(y.iter())
                .all(|(u, v)| similar::TextDiff::from_chars(*u, *v).ratio() >= SAME_WORD);
        gone.extend(x.iter().copied());
        added.extend(y.iter().copied());
    }
    let (severity, how) = if spelling {
        (Severity::Info, "spelling")
    } else {
        (Severity::Warning, "words")
    };
    Difference {
        severity,
        how,
        gone: gone.join(" "),
        added: added.join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::super::annex_match::{pair, testutil::*};
    use super::*;

    fn found(cited: &str, printed: &str) -> Vec<(Severity, Vec<u32>)> {
        let doc = act(
            "107",
            vec![cite(Some(5), Some(cited), 29)],
            vec![regulation(printed, 859, Some(header(Some(5), "107", 850)))],
        );
        let mut out = Vec::new();
        run(&doc, &pair(&doc), &mut out);
        out.into_iter().map(|f| (f.severity, f.lines)).collect()
    }

    #[test]
    fn ru_hyphens_and_quotes_agree_other_words_do_not() {
        assert!(
            found(
                "Возмещение затрат на обучение на дому детей инвалидов",
                "\"Возмещение затрат на обучение на дому детей-инвалидов\""
            )
            .is_empty()
        );
        assert_eq!(
            found(
                "Назначение социальной помощи отдельным категориям нуждающихся граждан",
                "Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям маслихата"
            ),
            vec![(Severity::Warning, vec![29, 859])]
        );
    }

    #[test]
    fn kk_spelling_is_info() {
        assert_eq!(
            found(
                "Үйде оқитын мүгедек балаларды материалдық қамтамасыз ету үшін құжаттарды ресімдеу",
                "Үйде оқитын мүгедек балаларды материалдық қамтамасыз ету үшін құжаттарды рәсімдеу"
            ),
            vec![(Severity::Info, vec![29, 859])]
        );
        assert!(
            found(
                "Үйде оқитын мүгедек балаларды қамтамасыз ету үшін құжаттарды рәсімдеу",
                "«Үйде оқитын мүгедек балаларды қамтамасыз ету үшін құжаттарды рәсімдеу»"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_title_the_act_gives_in_its_new_wording_agrees() {
        let old = "Выдача разрешения иностранному работнику на трудоустройство";
        let new = "Выдача разрешения на привлечение иностранной рабочей силы работодателям";
        let mut renaming = cite(Some(5), Some(new), 33);
        renaming.quoted = true;
        let doc = act(
            "2/154",
            vec![renaming, cite(Some(2), Some(old), 47)],
            vec![regulation(new, 382, Some(header(Some(2), "2/154", 363)))],
        );
        let mut out = Vec::new();
        run(&doc, &pair(&doc), &mut out);
        assert!(out.is_empty(), "{out:#?}");
    }
}

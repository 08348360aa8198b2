//! The annexes the decree cites paired with the regulations the act prints, shared by the annex
//! rules: a cite names its service, so the pairing goes by the service's name first and by the
//! annex number only for a cite that names none («согласно приложению 4 …»). A regulation printed
//! under a wrong number, or under no header at all, is still found by its name.

use super::{Place, normalise, stem5};
use crate::model::{AnnexCite, AnnexHeader, Decree, Document, Reglament};

/// Share of the longer name's words (by their first five letters) the two names must have in
/// common to be one service.
const SAME_SERVICE: f64 = 0.5;
/// The most cite–regulation pairs whose names are compared word by word.
const MAX_COMPARED: usize = 250_000;

/// One cited annex and the regulation that stands for it.
pub struct Pair<'a> {
    pub cite: &'a AnnexCite,
    pub reg: &'a Reglament,
}

/// The decree's own cites (not those in the quoted new wording of another act) paired with the
/// regulations of the document; `unmatched` holds the cites no regulation answers.
pub struct Annexes<'a> {
    pub pairs: Vec<Pair<'a>>,
    pub unmatched: Vec<&'a AnnexCite>,
}

/// Pairs each cite with at most one regulation and each regulation with at most one cite, the
/// closest names first.
pub fn pair(doc: &Document) -> Annexes<'_> {
    let cites: Vec<&AnnexCite> = doc.decree.annexes.iter().filter(|c| !c.quoted).collect();
    let reg_names: Vec<Vec<String>> = doc.reglaments.iter().map(|r| stems(&r.title)).collect();
    let numbers: Vec<Option<u32>> = doc
        .reglaments
        .iter()
        .map(|r| own_header(&doc.decree, r).and_then(|h| h.number))
        .collect();
    // Beyond a real act's size only equal names and numbers are looked at, so that a hostile
    // file cannot make the comparison quadratic in time.
    let fuzzy = cites.len().saturating_mul(doc.reglaments.len()) <= MAX_COMPARED;
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (ci, c) in cites.iter().enumerate() {
        let name = c.title.as_deref().map(stems);
        for (ri, r_name) in reg_names.iter().enumerate() {
            let number_agrees = c.number.is_some() && numbers[ri] == c.number;
            let score = match &name {
                Some(n) if fuzzy || n == r_name => {
                    let s = shared(n, r_name);
                    (s >= SAME_SERVICE).then_some(s + if number_agrees { 0.01 } else { 0.0 })
                }
                Some(_) => None,
                None => number_agrees.then_some(SAME_SERVICE),
            };
            if let Some(s) = score {
                candidates.push((s, ci, ri));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut cite_reg: Vec<Option<usize>> = vec![None; cites.len()];
    let mut reg_taken = vec![false; doc.reglaments.len()];
    for (_, ci, ri) in candidates {
        if cite_reg[ci].is_none() && !reg_taken[ri] {
            cite_reg[ci] = Some(ri);
            reg_taken[ri] = true;
        }
    }
    let mut out = Annexes {
        pairs: Vec::new(),
        unmatched: Vec::new(),
    };
    for (c, r) in cites.into_iter().zip(cite_reg) {
        match r {
            Some(ri) => out.pairs.push(Pair {
                cite: c,
                reg: &doc.reglaments[ri],
            }),
            None => out.unmatched.push(c),
        }
    }
    out
}

/// Runs the annex rules over a document: the decree's cites against the regulations printed.
pub fn run(doc: &Document, out: &mut Vec<super::Finding>) {
    let annexes = pair(doc);
    super::annex_missing::run(doc, &annexes, out);
    super::annex_header::run(doc, &annexes, out);
    super::annex_act::run(doc, &annexes, out);
    super::annex_title::run(doc, &annexes, out);
}

/// Every header of the block above a regulation, in printed order.
pub fn headers(reg: &Reglament) -> impl Iterator<Item = &AnnexHeader> {
    reg.annex
        .iter()
        .flat_map(|h| std::iter::once(h).chain(h.also.iter()))
}

/// True when a header belongs to the act itself: it names the act's number, or names none, or
/// the act's number is unknown.
pub fn is_own(decree: &Decree, h: &AnnexHeader) -> bool {
    match (&decree.act, &h.act) {
        (Some(act), Some(named)) => act == named,
        _ => true,
    }
}

/// The act's own header above a regulation, when one is printed.
pub fn own_header<'a>(decree: &Decree, reg: &'a Reglament) -> Option<&'a AnnexHeader> {
    headers(reg).find(|h| is_own(decree, h))
}

/// How much two service names agree: the share of the longer name's words found in the other,
/// words compared by their first five letters after case, quotes, hyphens and spaces are
/// evened out.
pub fn name_similarity(a: &str, b: &str) -> f64 {
    shared(&stems(a), &stems(b))
}

/// A name's words by their first five letters, after `normalise`.
fn stems(name: &str) -> Vec<String> {
    normalise(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| stem5(w).to_string())
        .collect()
}

/// The share of the longer word list found in the other, each word used once.
fn shared(a: &[String], b: &[String]) -> f64 {
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 0.0;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut pool: Vec<&String> = long.iter().collect();
    let mut common = 0;
    for w in short {
        if let Some(i) = pool.iter().position(|x| *x == w) {
            pool.swap_remove(i);
            common += 1;
        }
    }
    common as f64 / longer as f64
}

/// Where a finding about the act's own text belongs: the file, outside any regulation.
pub fn act_place(doc: &Document) -> Place<'_> {
    Place {
        file: &doc.file,
        reglament: "",
        reglament_line: 0,
    }
}

/// Where a finding about one regulation's annex belongs.
pub fn reg_place<'a>(doc: &'a Document, reg: &'a Reglament) -> Place<'a> {
    Place {
        file: &doc.file,
        reglament: &reg.title,
        reglament_line: reg.line,
    }
}

#[cfg(test)]
pub(crate) mod testutil {
    //! Crafted acts for the annex rules' tests.
    use crate::check::testutil::reg;
    use crate::model::*;

    /// A cite of annex `n` for the service `title` at `line`.
    pub fn cite(n: Option<u32>, title: Option<&str>, line: u32) -> AnnexCite {
        AnnexCite {
            number: n,
            title: title.map(str::to_string),
            line,
            text: match n {
                Some(n) => format!("приложению {n} к настоящему постановлению"),
                None => "приложению к настоящему постановлению".into(),
            },
            quoted: false,
        }
    }

    /// An annex header «Приложение n к постановлению … № act» at `line`.
    pub fn header(n: Option<u32>, act: &str, line: u32) -> AnnexHeader {
        let num = n.map(|n| format!(" {n}")).unwrap_or_default();
        AnnexHeader {
            number: n,
            text: format!(
                "Приложение{num} к постановлению акимата области от 31 марта 2016 года № {act}"
            ),
            line,
            act: Some(act.into()),
            date: Some("2016-03-31".into()),
            also: Vec::new(),
        }
    }

    /// A regulation titled `title` at `line` under `annex`.
    pub fn regulation(title: &str, line: u32, annex: Option<AnnexHeader>) -> Reglament {
        let mut r = reg();
        r.title = title.into();
        r.line = line;
        r.annex = annex;
        r
    }

    /// An act № `act` citing `cites` and printing `regs`.
    pub fn act(act: &str, cites: Vec<AnnexCite>, regs: Vec<Reglament>) -> Document {
        Document {
            file: "act.txt".into(),
            encoding: "utf-8".into(),
            decree: Decree {
                annexes: cites,
                act: Some(act.into()),
                date: Some("2016-03-31".into()),
                amends: vec!["158".into()],
                title: None,
            },
            reglaments: regs,
            unattributed: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testutil::*;
    use super::*;

    #[test]
    fn names_agree_across_quotes_case_hyphens_and_endings() {
        assert_eq!(
            name_similarity(
                "Возмещение затрат на обучение на дому детей инвалидов",
                "«Возмещение затрат на обучение на дому детей-инвалидов»"
            ),
            1.0
        );
        assert!(
            name_similarity(
                "Үйде оқитын мүгедек балаларды қамтамасыз ету үшін құжаттарды ресімдеу",
                "Үйде оқитын мүгедек балаларды қамтамасыз ету үшін құжаттарды рәсімдеу"
            ) > 0.8
        );
        assert!(
            name_similarity(
                "Назначение государственной адресной социальной помощи",
                "Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям адресной социальной помощи"
            ) < SAME_SERVICE
        );
    }

    #[test]
    fn cites_pair_by_name_before_number() {
        // The headers are swapped: each cite still finds its service.
        let doc = act(
            "107",
            vec![
                cite(Some(1), Some("Выдача справок безработным"), 19),
                cite(Some(2), Some("Присвоение статуса оралмана"), 21),
                cite(Some(3), None, 23),
            ],
            vec![
                regulation(
                    "Присвоение статуса оралмана",
                    60,
                    Some(header(Some(1), "107", 55)),
                ),
                regulation(
                    "Выдача справок безработным",
                    200,
                    Some(header(Some(2), "107", 195)),
                ),
            ],
        );
        let a = pair(&doc);
        let got: Vec<_> = a.pairs.iter().map(|p| (p.cite.line, p.reg.line)).collect();
        assert_eq!(got, vec![(19, 200), (21, 60)]);
        assert_eq!(
            a.unmatched.iter().map(|c| c.line).collect::<Vec<_>>(),
            vec![23]
        );
    }

    #[test]
    fn a_cite_without_a_name_pairs_by_its_number_and_quoted_cites_are_left_out() {
        let mut quoted = cite(Some(1), Some("Другая услуга"), 10);
        quoted.quoted = true;
        let doc = act(
            "107",
            vec![quoted, cite(Some(1), None, 19)],
            vec![regulation(
                "Көмек тағайындау",
                60,
                Some(header(Some(1), "107", 55)),
            )],
        );
        let a = pair(&doc);
        assert_eq!(a.pairs.len(), 1);
        assert_eq!(a.pairs[0].cite.line, 19);
        assert!(a.unmatched.is_empty());
    }
}

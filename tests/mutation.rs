//! Mutation test of the checker: every item that another list of its regulation repeats (the
//! pairs `check::align` makes of the list twins `parse::twins` finds) is changed, one mutant text
//! at a time, in its duration (another number, in the line holding the duration's words) and in
//! its actor (another participant of the regulation, in the line holding the actor's words). The
//! checker must then report a new finding citing the changed line.

use rayon::prelude::*;
use reglament::check::{Finding, align, check};
use reglament::model::{Item, Reglament};
use std::collections::BTreeSet;

const FILES: [&str; 4] = [
    "000_6f385fbdd640c006.txt",
    "001_17a9bf27c86efb5e.txt",
    "002_2973bc44dfc7985a.txt",
    "003_1c2847d2c07c60cf.txt",
];

/// One mutant: the line changed and the text it now holds.
struct Mutant {
    what: String,
    line: u32,
    new_line: String,
}

type Seen = BTreeSet<(&'static str, Vec<u32>, String)>;

fn seen(findings: &[Finding]) -> Seen {
    findings
        .iter()
        .map(|f| {
            (
                f.rule,
                f.lines.clone(),
                f.message.text(reglament::i18n::Lang::En).clone(),
            )
        })
        .collect()
}

/// The column of a table item: the cell of its number row that holds its number.
fn column(lines: &[&str], it: &Item) -> Option<usize> {
    let row = lines.get(it.line as usize - 1)?;
    let n = it.number?.to_string();
    row.split('\t')
        .enumerate()
        .skip(2)
        .find(|(_, c)| c.trim() == n)
        .map(|(i, _)| i)
}

/// `line` with the cell `col` (tab-separated) replaced by what `f` makes of it.
fn in_cell(line: &str, col: usize, f: impl Fn(&str) -> Option<String>) -> Option<String> {
    let mut cells: Vec<String> = line.split('\t').map(str::to_string).collect();
    let new = f(cells.get(col)?)?;
    cells[col] = new;
    Some(cells.join("\t"))
}

/// `s` with the first run of digits in `s[from..]` replaced by another number.
fn other_number(s: &str, from: usize) -> Option<String> {
    let start = from + s[from..].find(|c: char| c.is_ascii_digit())?;
    let end = s[start..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(s.len(), |e| start + e);
    let n: u64 = s[start..end].parse().ok()?;
    let m = if n == 7 { 13 } else { n + 6 };
    Some(format!("{}{m}{}", &s[..start], &s[end..]))
}

fn duration_mutant(lines: &[&str], it: &Item) -> Option<Mutant> {
    let d = it.duration.as_ref().filter(|d| d.line > 0)?;
    let text = lines.get(d.line as usize - 1)?;
    let new_line = match column(lines, it).filter(|_| text.contains('\t')) {
        Some(col) => in_cell(text, col, |c| other_number(c, 0))?,
        None => {
            // The duration's words start on this line; its count is the first number there.
            let head: String = d.text.chars().take(12).collect();
            let at = text.find(head.as_str()).unwrap_or(0);
            other_number(text, at)?
        }
    };
    Some(Mutant {
        what: format!("duration of item {:?} «{}»", it.number, d.text),
        line: d.line,
        new_line,
    })
}

fn actor_mutant(lines: &[&str], reg: &Reglament, it: &Item) -> Option<Mutant> {
    let actor = it.actor.as_deref()?;
    let printed = it.actor_text.as_deref()?;
    let line = it.actor_line.filter(|&l| l > 0).unwrap_or(it.line);
    let text = lines.get(line as usize - 1)?;
    let other = reg
        .participants
        .iter()
        .find(|p| {
            !p.actor.is_empty()
                && p.actor != actor
                && !reglament::check::is_applicant(&p.actor)
                && !reglament::lexicon::same_actor(&p.actor, actor)
        })?
        .text
        .trim()
        .trim_end_matches([';', '.', ',', ':'])
        .trim()
        .to_string();
    let new_line = match column(lines, it).filter(|_| text.contains('\t')) {
        Some(col) => in_cell(text, col, |_| Some(other.clone()))?,
        None => {
            let at = text.find(printed)?;
            format!("{}{other}{}", &text[..at], &text[at + printed.len()..])
        }
    };
    Some(Mutant {
        what: format!("actor of item {:?} «{printed}» → «{other}»", it.number),
        line,
        new_line,
    })
}

/// The mutants of one file: two per repeated item, where its line holds what is to change.
fn mutants(file: &str, text: &str) -> (Vec<Mutant>, usize) {
    let doc = reglament::parse::parse_text(file, text, "utf-8").expect(file);
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = Vec::new();
    let mut repeated = 0;
    for reg in &doc.reglaments {
        let mut items: Vec<*const Item> = Vec::new();
        for p in align::pairings(reg) {
            for &(i, j, _) in &p.pairs {
                items.push(&p.a.items[i]);
                items.push(&p.b.items[j]);
            }
        }
        items.sort();
        items.dedup();
        for list in &reg.lists {
            for it in list
                .items
                .iter()
                .filter(|it| items.contains(&(*it as *const Item)))
            {
                repeated += 1;
                out.extend(duration_mutant(&lines, it));
                out.extend(actor_mutant(&lines, reg, it));
            }
        }
    }
    (out, repeated)
}

#[test]
fn changed_durations_and_actors_of_repeated_items_are_caught() {
    let mut total = 0;
    let mut caught = 0;
    let mut missed = Vec::new();
    for file in FILES {
        let path = format!("reglaments/{file}");
        let text = std::fs::read_to_string(&path).expect(&path);
        let base = seen(&check(
            &reglament::parse::parse_text(file, &text, "utf-8").unwrap(),
        ));
        let (mutants, repeated) = mutants(file, &text);
        assert!(mutants.len() <= 2 * repeated);
        let results: Vec<bool> = mutants
            .par_iter()
            .map(|m| {
                let mut lines: Vec<&str> = text.split('\n').collect();
                lines[m.line as usize - 1] = &m.new_line;
                let mutant = lines.join("\n");
                let doc = reglament::parse::parse_text(file, &mutant, "utf-8").unwrap();
                check(&doc).iter().any(|f| {
                    f.lines.contains(&m.line)
                        && !base.contains(&(
                            f.rule,
                            f.lines.clone(),
                            f.message.text(reglament::i18n::Lang::En).clone(),
                        ))
                })
            })
            .collect();
        println!(
            "{file}: {repeated} repeated items, {} mutants, {} caught",
            mutants.len(),
            results.iter().filter(|&&c| c).count()
        );
        for (m, c) in mutants.iter().zip(&results) {
            total += 1;
            if *c {
                caught += 1;
            } else {
                missed.push(format!("{file}:{}: {}", m.line, m.what));
            }
        }
    }
    let rate = caught as f64 / total as f64;
    println!(
        "mutants caught: {caught} of {total} ({:.1}%)\nmissed:\n{}",
        100.0 * rate,
        missed.join("\n")
    );
    assert!(total > 100, "only {total} mutants");
    assert!(rate >= 0.98, "caught {caught} of {total}");
}

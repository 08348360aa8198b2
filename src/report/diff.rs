//! Word-level difference of two conflicting passages, shared by the markdown and HTML reports.

use std::cell::RefCell;
use std::collections::HashMap;

use similar::{ChangeTag, TextDiff};

/// A run of a passage: unchanged, or present only on this side of the comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub changed: bool,
    pub text: String,
}

/// Both sides of a word diff.
type Diffed = (Vec<Segment>, Vec<Segment>);

/// How many diffs a thread remembers.
const RECENT: usize = 256;

thread_local! {
    /// The diffs this thread made lately: a build renders each file's findings as Markdown and
    /// then as HTML, and diffing every pair twice was a tenth of the report pages' work.
    static MADE: RefCell<HashMap<(String, String), Diffed>> = RefCell::new(HashMap::new());
}

/// The two passages cut into runs: the left keeps equal and removed words, the right equal and
/// added words. Adjacent runs of the same kind are merged, so a changed phrase is one mark.
pub fn word_diff(left: &str, right: &str) -> Diffed {
    let key = (left.to_string(), right.to_string());
    if let Some(d) = MADE.with(|m| m.borrow().get(&key).cloned()) {
        return d;
    }
    let d = diff_words(left, right);
    MADE.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= RECENT {
            m.clear();
        }
        m.insert(key, d.clone());
    });
    d
}

fn diff_words(left: &str, right: &str) -> Diffed {
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_words(left, right);
    let mut l = Vec::new();
    let mut r = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        // Whitespace between two changed words belongs to the change; between a change and an
        // equal word it is printed unmarked (see `trimmed`), so marks never start with a space.
        match change.tag() {
            ChangeTag::Equal => {
                push(&mut l, false, text);
                push(&mut r, false, text);
            }
            ChangeTag::Delete => push(&mut l, !text.trim().is_empty(), text),
            ChangeTag::Insert => push(&mut r, !text.trim().is_empty(), text),
        }
    }
    (absorb_spaces(l), absorb_spaces(r))
}

fn push(out: &mut Vec<Segment>, changed: bool, text: &str) {
    match out.last_mut() {
        Some(last) if last.changed == changed => last.text.push_str(text),
        _ => out.push(Segment {
            changed,
            text: text.to_string(),
        }),
    }
}

/// Merges a whitespace-only unchanged run lying between two changed runs into them, so
/// «~~1 (одного) рабочего дня~~» is one mark rather than four.
fn absorb_spaces(segs: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segs.len());
    let mut i = 0;
    while i < segs.len() {
        let s = &segs[i];
        let between_changes = !s.changed
            && s.text.trim().is_empty()
            && out.last().is_some_and(|p| p.changed)
            && segs.get(i + 1).is_some_and(|n| n.changed);
        if between_changes {
            let last = out.last_mut().expect("checked above");
            last.text.push_str(&s.text);
            last.text.push_str(&segs[i + 1].text);
            i += 2;
        } else {
            match out.last_mut() {
                Some(last) if last.changed == s.changed => last.text.push_str(&s.text),
                _ => out.push(s.clone()),
            }
            i += 1;
        }
    }
    out
}

/// Splits a changed run into (leading space, core, trailing space) so marks hug the words.
pub fn trimmed(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    if core.is_empty() {
        return (text, "", "");
    }
    let start = text.find(core).unwrap_or(0);
    (&text[..start], core, &text[start + core.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_diff_is_the_diff() {
        let (a, b) = (
            "в течение 1 (одного) рабочего дня",
            "в течение 6 (шести) рабочих дней",
        );
        let fresh = diff_words(a, b);
        assert_eq!(word_diff(a, b), fresh);
        assert_eq!(word_diff(a, b), fresh);
        // Past the bound the memory starts again and still answers.
        for k in 0..RECENT + 3 {
            word_diff(&format!("{a} {k}"), b);
        }
        assert_eq!(word_diff(a, b), fresh);
        assert!(MADE.with(|m| m.borrow().len()) <= RECENT);
    }

    fn marked(segs: &[Segment]) -> Vec<&str> {
        segs.iter()
            .filter(|s| s.changed)
            .map(|s| s.text.trim())
            .collect()
    }

    #[test]
    fn the_changed_duration_is_one_mark_on_each_side() {
        let (l, r) = word_diff(
            "направляет на подпись в течение 1 (одного) рабочего дня;",
            "направляет на подпись в течение 6 (шести) рабочих дней;",
        );
        assert_eq!(marked(&l), vec!["1 (одного) рабочего дня;"]);
        assert_eq!(marked(&r), vec!["6 (шести) рабочих дней;"]);
        let whole: String = l.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            whole,
            "направляет на подпись в течение 1 (одного) рабочего дня;"
        );
    }

    #[test]
    fn an_added_word_marks_only_the_right_side() {
        let (l, r) = word_diff(
            "услугодателя готовит уведомление",
            "ответственный исполнитель услугодателя готовит уведомление",
        );
        assert!(marked(&l).is_empty());
        assert_eq!(marked(&r), vec!["ответственный исполнитель"]);
    }

    #[test]
    fn equal_passages_have_no_marks() {
        let (l, r) = word_diff("одно и то же", "одно и то же");
        assert_eq!(
            l,
            vec![Segment {
                changed: false,
                text: "одно и то же".into()
            }]
        );
        assert_eq!(l, r);
    }

    #[test]
    fn trimmed_keeps_the_spaces_outside() {
        assert_eq!(trimmed(" 6 дней "), (" ", "6 дней", " "));
        assert_eq!(trimmed("   "), ("   ", "", ""));
    }
}

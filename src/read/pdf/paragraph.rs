//! Which breaks between lines of prose are wraps inside one paragraph where the words alone (a
//! full stop, then a capital) would read them as a paragraph's end.
//!
//! A text that sets its paragraphs apart with space (most numbered paragraphs and items open
//! after a gap) makes each paragraph a block of lines between two gaps. Such a block is one
//! paragraph when its lines read as one: a label, if any, only on its first line, every later
//! line at the left edge, and every line but the last filled to the measure (the next line's
//! first word would not have fitted after it). A full stop that ends a full line of such a
//! block ends a sentence, not the paragraph: «… қалыптастыру.» / «Электрондық құжат …;» is one
//! item. In a text whose paragraphs follow each other without space, nothing tells a paragraph
//! that ends on a full line from a wrap, and the break is left as a paragraph's end.

use super::layout::PageLine;
use crate::parse::label::starts_with_label;

/// A line of prose, or what sets blocks apart: a gap wider than the line spacing, a table, the
/// start of the text.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    Line(&'a PageLine),
    Break,
}

/// Whether `line`'s first word would not have fitted after `above` within the measure `right`:
/// `above` was wrapped, not ended by its author.
pub fn filled(above: &PageLine, line: &PageLine, right: f64) -> bool {
    line.words
        .first()
        .is_some_and(|first| above.end() + above.space + (first.end - first.x) > right)
}

/// Whether the text sets its paragraphs apart with space: more than half of its labelled lines
/// («1.», «3)») open after a gap.
fn spaced(items: &[Item]) -> bool {
    let (mut labelled, mut after_gap) = (0usize, 0usize);
    let mut before = Item::Break;
    for item in items {
        if let Item::Line(line) = item
            && starts_with_label(&line.text)
        {
            labelled += 1;
            after_gap += usize::from(matches!(before, Item::Break));
        }
        before = *item;
    }
    labelled > 0 && after_gap * 2 > labelled
}

/// Whether the lines of a block between gaps read as one paragraph.
fn one_paragraph(block: &[&PageLine], margin: f64, right: f64) -> bool {
    block.iter().all(|l| l.cells.len() == 1)
        && block[1..]
            .iter()
            .all(|l| (l.x - margin).abs() < l.space.max(0.5) && !starts_with_label(&l.text))
        && block.windows(2).all(|w| filled(w[0], w[1], right))
}

/// For each line of `items`, in order: whether it goes on with the sentence-ended line above it
/// as one paragraph (see the module's comment). `margin` is the text's left edge, `right` its
/// measure.
pub fn runs_on(items: &[Item], margin: f64, right: f64) -> Vec<bool> {
    let lines = items.iter().filter(|i| matches!(i, Item::Line(_))).count();
    let mut out = vec![false; lines];
    if !spaced(items) {
        return out;
    }
    let mut at = 0;
    for block in items.split(|i| matches!(i, Item::Break)) {
        let block: Vec<&PageLine> = block
            .iter()
            .filter_map(|i| match i {
                Item::Line(l) => Some(*l),
                Item::Break => None,
            })
            .collect();
        if block.len() > 1 && one_paragraph(&block, margin, right) {
            for (i, w) in block.windows(2).enumerate() {
                out[at + i + 1] = w[0].text.trim_end().ends_with('.');
            }
        }
        at += block.len();
    }
    out
}

/// Whether a word set letter-spaced («к ө р с е т і л е») wraps from `above` onto `line`
/// («д і .»): `above` ends with three letters standing alone and `line` opens with one followed
/// by another or by punctuation. Written as one line, the run reads as the one word it is.
pub fn letter_spaced_across(above: &PageLine, line: &PageLine) -> bool {
    let single = |t: &&str| t.chars().count() == 1;
    let letter = |t: &&str| single(t) && t.chars().all(char::is_alphabetic);
    let tail = above.text.split(' ').rev().take_while(letter).count();
    let mut head = line.text.split(' ');
    tail >= 3 && head.next().as_ref().is_some_and(letter) && head.next().as_ref().is_none_or(single)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of prose at the left edge 50.
    fn prose(text: &str) -> PageLine {
        super::super::layout::prose(50.0, 0.0, text)
    }

    /// The measure: 40 letters from the left edge.
    const RIGHT: f64 = 50.0 + 6.0 * 40.0;

    fn run(blocks: &[&[&str]]) -> Vec<bool> {
        let lines: Vec<Vec<PageLine>> = blocks
            .iter()
            .map(|b| b.iter().map(|t| prose(t)).collect())
            .collect();
        let mut items = Vec::new();
        for block in &lines {
            items.push(Item::Break);
            items.extend(block.iter().map(Item::Line));
        }
        runs_on(&items, 50.0, RIGHT)
    }

    #[test]
    fn a_full_stop_on_a_full_line_of_a_spaced_item_is_a_wrap() {
        // «Электрондық» would not have fitted after «қалыптастыру.»; the item goes on to its
        // semicolon before the gap that opens the next item.
        let kk = run(&[
            &["9) 6 үдеріс - УО қызметкері сұранысты өңдейді;"],
            &[
                "10) 7 үдеріс - нәтижесін бас тарту туралы", // 40 letters
                "дәлелделген жауабын қалыптастыру.",
                "Электрондық құжат ЭЦҚ пайдаланумен жасалады;",
            ],
            &["11) 8 үдеріс - нәтижесін береді."],
        ]);
        assert_eq!(kk, [false, false, false, true, false]);
        let ru = run(&[
            &["1. Общие положения услуги."],
            &[
                "2. Результат оказания услуги выдается в",
                "электронной форме на портале сотруднику.",
                "Документ подписывается ЭЦП сотрудника.",
            ],
        ]);
        assert_eq!(ru, [false, false, false, true]);
    }

    #[test]
    fn a_letter_spaced_word_goes_on_across_the_wrap() {
        let across = |a: &str, b: &str| letter_spaced_across(&prose(a), &prose(b));
        assert!(across(
            "бөлімдері (бұдан әрі - уәкілетті о р г а н ) к ө р с е т і л е",
            "д і ."
        ));
        assert!(across(
            "услуга оказывается р а й о н н ы м о т д е",
            "л о м ;"
        ));
        // Single-letter words of running text are not a spaced word.
        assert!(!across("права и обязанности граждан и в", "с оответствии"));
        assert!(!across("о р г а н", "көрсетеді."));
        assert!(!across("көрсетілетін қызметті беруші", "а) жеке тұлға;"));
    }

    #[test]
    fn a_paragraph_end_stays_where_it_cannot_be_told_from_a_wrap() {
        // Paragraphs that follow each other without space: a full line ending a sentence may
        // end its paragraph («… минут.» before «Әлеуметтік көмек …»).
        let unspaced = run(&[&[
            "5) жауапты орындаушы нәтижені береді - 30",
            "(отыз) минут жұмыс уақыты ішінде жібереді.",
            "Әлеуметтік көмек көрсету үшін құжаттар",
            "6. Келесі рәсімнің нәтижесі:",
        ]]);
        assert_eq!(unspaced, [false; 4]);
        // In a spaced text, a line the author ended short ends its sentence where it stands,
        // and a block holding a second label holds two paragraphs.
        let short = run(&[
            &["1. Общие положения."],
            &["Облыс әкімі.", "А. Мұхамбетов"],
            &[
                "2. Результат оказания услуги выдается в",
                "3) Документ подписывается ЭЦП сотрудника.",
            ],
        ]);
        assert_eq!(short, [false; 5]);
    }
}

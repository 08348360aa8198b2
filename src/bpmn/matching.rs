//! Pairs the elements of a diagram drawn from the text with those of an edited BPMN file: the
//! ids the generator gave survive an editor, names survive a change of id (an element deleted
//! and drawn again), and a changed name still resembles the one it replaced.
//!
//! The stages run in this order so that a step moved along the list by a change in the text
//! («4. …» now numbered 5, while the file's `Task_4` still holds the old step 4) pairs with
//! its words rather than with the id its number now gives another step.

use crate::check::similarity::stem5;
use crate::layout::diagram::NodeKind;

/// What the pairing looks at in one element.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Key<'a> {
    pub id: &'a str,
    /// `None` for lanes and for elements the generator never writes.
    pub kind: Option<NodeKind>,
    pub name: &'a str,
}

/// The least share of common word stems (Dice coefficient) at which two names are one
/// element's old and new wording.
const SIMILAR: f64 = 0.5;

/// For every expected element, the index of its edited counterpart (each paired at most once):
/// same id and same words; then same words; then same id; then, for elements of one kind, the
/// same leading number; then the most similar words.
pub fn pair(expected: &[Key], edited: &[Key]) -> Vec<Option<usize>> {
    let norm_a: Vec<String> = expected.iter().map(|k| normalise(k.name)).collect();
    let norm_b: Vec<String> = edited.iter().map(|k| normalise(k.name)).collect();
    let mut out = vec![None; expected.len()];
    let mut taken = vec![false; edited.len()];
    let link = |out: &mut Vec<Option<usize>>, taken: &mut Vec<bool>, i: usize, j: usize| {
        out[i] = Some(j);
        taken[j] = true;
    };
    let kinds = |a: &Key, b: &Key| a.kind.is_none() || b.kind.is_none() || a.kind == b.kind;
    // 1. Same id, same words.
    for (i, a) in expected.iter().enumerate() {
        if let Some(j) = edited.iter().position(|b| b.id == a.id)
            && norm_a[i] == norm_b[j]
        {
            link(&mut out, &mut taken, i, j);
        }
    }
    // 2. Same words, in order among equals (an unnamed element has no words to pair by).
    for (i, a) in expected.iter().enumerate() {
        if out[i].is_some() || norm_a[i].is_empty() {
            continue;
        }
        let found = (0..edited.len())
            .find(|&j| !taken[j] && norm_b[j] == norm_a[i] && kinds(a, &edited[j]));
        if let Some(j) = found {
            link(&mut out, &mut taken, i, j);
        }
    }
    // 3. Same id, the words changed.
    for (i, a) in expected.iter().enumerate() {
        if out[i].is_some() {
            continue;
        }
        if let Some(j) = edited.iter().position(|b| b.id == a.id)
            && !taken[j]
        {
            link(&mut out, &mut taken, i, j);
        }
    }
    // 4. The same leading number among elements of one kind («3. …»), when only one has it.
    for (i, a) in expected.iter().enumerate() {
        let Some(n) = leading_number(a.name).filter(|_| out[i].is_none() && a.kind.is_some())
        else {
            continue;
        };
        let mut found = (0..edited.len()).filter(|&j| {
            !taken[j] && edited[j].kind == a.kind && leading_number(edited[j].name) == Some(n)
        });
        if let (Some(j), None) = (found.next(), found.next()) {
            link(&mut out, &mut taken, i, j);
        }
    }
    // 5. The most similar words, best pairs first.
    let stems_a: Vec<Vec<&str>> = norm_a.iter().map(|n| stems(n)).collect();
    let stems_b: Vec<Vec<&str>> = norm_b.iter().map(|n| stems(n)).collect();
    let mut candidates = Vec::new();
    for (i, a) in expected.iter().enumerate() {
        if out[i].is_some() || stems_a[i].is_empty() {
            continue;
        }
        for (j, b) in edited.iter().enumerate() {
            if taken[j] || !kinds(a, b) || stems_b[j].is_empty() {
                continue;
            }
            let s = dice(&stems_a[i], &stems_b[j]);
            if s >= SIMILAR {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    for (_, i, j) in candidates {
        if out[i].is_none() && !taken[j] {
            link(&mut out, &mut taken, i, j);
        }
    }
    out
}

/// A name's words in lower case, without the leading «N.» and without punctuation, one space
/// between them: what an editor's retyping or re-wrapping leaves as it was.
pub fn normalise(name: &str) -> String {
    let text = name.trim_start();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let text = match text[digits..].strip_prefix(['.', ')']) {
        Some(rest) if digits > 0 => rest,
        _ => text,
    };
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The number a name opens with («3. …», «3) …»).
pub fn leading_number(name: &str) -> Option<u32> {
    let text = name.trim_start();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || !text[digits..].starts_with(['.', ')']) {
        return None;
    }
    text[..digits].parse().ok()
}

fn stems(normalised: &str) -> Vec<&str> {
    let mut s: Vec<&str> = normalised
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(stem5)
        .collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// Twice the common stems over the stems of both (each list sorted, without repeats).
fn dice(a: &[&str], b: &[&str]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task<'a>(id: &'a str, name: &'a str) -> Key<'a> {
        Key {
            id,
            kind: Some(NodeKind::Task),
            name,
        }
    }

    #[test]
    fn names_are_compared_by_their_words() {
        assert_eq!(
            normalise("3. Руководитель  услугодателя\nподписывает «уведомление» –"),
            "руководитель услугодателя подписывает уведомление"
        );
        assert_eq!(
            normalise("2) Көрсетілетін қызметті беруші кеңсесінің қызметкері"),
            "көрсетілетін қызметті беруші кеңсесінің қызметкері"
        );
        assert_eq!(leading_number("12. принимает"), Some(12));
        assert_eq!(leading_number("3 үдеріс – ..."), None);
        assert_eq!(normalise("30 минут"), "30 минут");
    }

    #[test]
    fn ids_pair_first_then_words_then_numbers() {
        let expected = [
            task("R1_provider_Task_1", "1. принимает документы"),
            task("R1_provider_Task_2", "2. рассматривает документы"),
            task("R1_provider_Task_3", "3. подписывает уведомление"),
        ];
        // Step 2 renamed by hand, step 3 drawn anew under a tool's id, step 1 untouched.
        let edited = [
            task("Activity_0x1", "3. подписывает уведомление"),
            task("R1_provider_Task_2", "2. проверяет полноту документов"),
            task("R1_provider_Task_1", "1. принимает документы"),
        ];
        assert_eq!(pair(&expected, &edited), vec![Some(2), Some(1), Some(0)]);
    }

    #[test]
    fn a_step_renumbered_by_the_text_pairs_with_its_words() {
        // The text gained a step 2: the file's Task_2 is the text's step 3.
        let expected = [
            task("R1_provider_Task_1", "1. қабылдайды құжаттарды"),
            task("R1_provider_Task_2", "2. тіркейді өтінішті"),
            task("R1_provider_Task_3", "3. қарайды құжаттарды және қол қояды"),
        ];
        let edited = [
            task("R1_provider_Task_1", "1. қабылдайды құжаттарды"),
            task("R1_provider_Task_2", "2. қарайды құжаттарды және қол қояды"),
        ];
        assert_eq!(pair(&expected, &edited), vec![Some(0), None, Some(1)]);
    }

    #[test]
    fn similar_words_pair_and_strangers_do_not() {
        let expected = [
            task(
                "A",
                "руководитель услугодателя подписывает уведомление в бумажном виде",
            ),
            task("B", "выдает результат"),
        ];
        let edited = [
            task(
                "X",
                "руководитель услугодателя подписывает уведомление в электронном виде",
            ),
            task("Y", "совсем другой шаг процесса"),
        ];
        assert_eq!(pair(&expected, &edited), vec![Some(0), None]);
        // Kinds never mix: a gateway does not take a task's words.
        let gateway = [Key {
            id: "G",
            kind: Some(NodeKind::Gateway),
            name: "выдает результат",
        }];
        assert_eq!(pair(&expected[1..], &gateway), vec![None]);
    }

    #[test]
    fn unnamed_elements_pair_only_by_id() {
        let merge = |id| Key {
            id,
            kind: Some(NodeKind::Gateway),
            name: "",
        };
        assert_eq!(
            pair(
                &[merge("M1"), merge("M2")],
                &[merge("Gateway_1"), merge("M2")]
            ),
            vec![None, Some(1)]
        );
    }
}

//! Number words and time units, Russian and Kazakh.
//!
//! The forms themselves are data (`ru.rs`, `kk.rs`); this module reads a run of them as one
//! number («двухсот сорока пяти», «екі жүз қырық бес», «полутора»).

mod kk;
mod ru;

use crate::model::TimeUnit;

/// A count read from words: whole units and perhaps a half («полтора» = 1 and a half).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity {
    pub whole: u64,
    pub half: bool,
}

impl Quantity {
    /// A whole count.
    pub fn whole(n: u64) -> Self {
        Quantity {
            whole: n,
            half: false,
        }
    }
}

/// What one number word contributes, by the place it may take in a compound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rank {
    /// 1–9.
    Unit(u64),
    /// Russian 10–19: nothing smaller may follow.
    Teen(u64),
    /// Russian 20–90, Kazakh 10–90.
    Ten(u64),
    /// Russian 100–900.
    Hundred(u64),
    /// Kazakh «жүз»: a hundred, or the unit before it in hundreds.
    Hundreds,
    /// «полтора», «жарты»: the whole count, standing alone (in halves: 3 = 1.5, 1 = 0.5).
    Halves(u64),
    /// Kazakh «жарым»: a half added to the number before it.
    AndAHalf,
}

fn rank_of(value: u32) -> Rank {
    let v = u64::from(value);
    match value {
        1..=9 => Rank::Unit(v),
        10..=19 => Rank::Teen(v),
        20..=99 => Rank::Ten(v),
        _ => Rank::Hundred(v),
    }
}

/// The number word `w` (lower case) exactly as a regulation prints it, in any case form.
fn rank(w: &str) -> Option<Rank> {
    if let Some(&(v, _)) = kk::CARDINALS.iter().find(|(_, k)| *k == w) {
        // Kazakh tens take a unit after them, «он» included («он бес»).
        return Some(if v >= 10 {
            Rank::Ten(u64::from(v))
        } else {
            Rank::Unit(u64::from(v))
        });
    }
    match w {
        _ if w == kk::HUNDRED => return Some(Rank::Hundreds),
        _ if w == kk::AND_A_HALF => return Some(Rank::AndAHalf),
        _ if w == kk::HALF => return Some(Rank::Halves(1)),
        _ if ru::ONE_AND_A_HALF.contains(&w) => return Some(Rank::Halves(3)),
        _ => {}
    }
    ru::CARDINALS
        .iter()
        .find(|(_, forms)| forms.contains(&w))
        .map(|&(v, _)| rank_of(v))
}

/// [`rank`], or failing that the value of a stem: inside brackets the words are known to spell
/// a number, and an odd or misspelt form should still be read.
fn rank_lenient(w: &str) -> Option<Rank> {
    rank(w).or_else(|| {
        ru::STEMS
            .iter()
            .find(|(stem, _)| w.starts_with(stem))
            .map(|&(_, v)| rank_of(v))
    })
}

/// True for a number word (lower case) in any of its forms.
pub fn is_number_word(w: &str) -> bool {
    rank(w).is_some()
}

/// The number a run of number words spells, when they make one compound in order: hundreds,
/// then tens (or a Russian teen), then units, then a Kazakh «жарым». `None` for «пять двадцать».
fn compose(ranks: &[Rank]) -> Option<Quantity> {
    if let [Rank::Halves(h)] = ranks {
        return Some(Quantity {
            whole: h / 2,
            half: h % 2 == 1,
        });
    }
    // The place the last word took: 3 hundreds, 2 tens, 1 units, 0 nothing more may follow.
    let mut place = 4;
    let mut total = 0u64;
    let mut half = false;
    let mut i = 0;
    while i < ranks.len() {
        let (value, at) = match ranks[i] {
            Rank::Hundred(v) => (v, 3),
            Rank::Unit(u) if ranks.get(i + 1) == Some(&Rank::Hundreds) => {
                i += 1;
                (u * 100, 3)
            }
            Rank::Hundreds => (100, 3),
            Rank::Ten(v) => (v, 2),
            // Nothing smaller follows a teen: «пятнадцать пять» is not a number.
            Rank::Teen(v) if place > 2 => (v, 1),
            Rank::Unit(u) => (u, 1),
            Rank::AndAHalf if place < 4 => {
                half = true;
                (0, 0)
            }
            Rank::Teen(_) | Rank::AndAHalf | Rank::Halves(_) => return None,
        };
        if at >= place {
            return None;
        }
        total += value;
        place = at;
        i += 1;
    }
    (place < 4).then_some(Quantity { whole: total, half })
}

/// The number spelled by `words` (lower case, in reading order), exact forms only.
pub fn words_quantity(words: &[&str]) -> Option<Quantity> {
    let ranks: Option<Vec<Rank>> = words.iter().map(|w| rank(w)).collect();
    compose(&ranks?)
}

/// The value of a number spelled in words («двадцати пяти» → 25, «он бес» → 15, «екі жүз» →
/// 200); `None` if any word is not a number. Words out of order are summed as printed.
pub fn words_value(text: &str) -> Option<u64> {
    let mut ranks = Vec::new();
    for w in text
        .split(|c: char| !crate::text::is_letter(c))
        .filter(|w| !w.is_empty())
    {
        ranks.push(rank_lenient(&crate::text::lower(w))?);
    }
    if ranks.is_empty() {
        return None;
    }
    if let Some(q) = compose(&ranks) {
        // A half has no whole value to compare digits with.
        return (!q.half).then_some(q.whole);
    }
    ranks.iter().try_fold(0u64, |sum, r| match r {
        Rank::Unit(v) | Rank::Teen(v) | Rank::Ten(v) | Rank::Hundred(v) => sum.checked_add(*v),
        Rank::Hundreds => sum.checked_add(100),
        Rank::Halves(_) | Rank::AndAHalf => None,
    })
}

/// The unit a unit phrase names, with the word that qualified it («рабочих дней» → working day).
/// «Сутки» and «тәулік» are a calendar day: twenty-four hours, whatever the day of the week.
pub fn unit(phrase: &str) -> Option<TimeUnit> {
    let p = crate::text::lower(phrase);
    let has = |s: &str| p.contains(s);
    if has("мин") {
        Some(TimeUnit::Minute)
    } else if has("час") || has("сағат") {
        Some(TimeUnit::Hour)
    } else if has("рабоч") || has("жұмыс") {
        Some(TimeUnit::WorkingDay)
    } else if has("календар") || has("күнтізбе") || has("сут") || has("тәулі")
    {
        Some(TimeUnit::CalendarDay)
    } else if has("дн") || has("день") || has("дня") || has("күн") {
        Some(TimeUnit::Day)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(words: &str) -> Option<Quantity> {
        words_quantity(&words.split(' ').collect::<Vec<_>>())
    }

    #[test]
    fn russian_words() {
        assert_eq!(words_value("пятнадцати"), Some(15));
        assert_eq!(words_value("одного"), Some(1));
        assert_eq!(words_value("двух"), Some(2));
        assert_eq!(words_value("восемнадцати"), Some(18));
        assert_eq!(words_value("двадцати пяти"), Some(25));
        assert_eq!(words_value("трех"), Some(3));
        assert_eq!(words_value("шести"), Some(6));
        assert_eq!(words_value("тридцати"), Some(30));
        assert_eq!(words_value("сорока"), Some(40));
        assert_eq!(words_value("далее"), None);
        // A misspelt form inside brackets is still read by its stem.
        assert_eq!(words_value("восемнадцат"), Some(18));
    }

    #[test]
    fn russian_cases_and_genders() {
        for (w, v) in [
            ("один", 1),
            ("одного", 1),
            ("одному", 1),
            ("одним", 1),
            ("одном", 1),
            ("одна", 1),
            ("одной", 1),
            ("одну", 1),
            ("одних", 1),
            ("два", 2),
            ("двух", 2),
            ("двум", 2),
            ("двумя", 2),
            ("две", 2),
            ("три", 3),
            ("трёх", 3),
            ("тремя", 3),
            ("пятью", 5),
            ("пятнадцать", 15),
            ("сорок", 40),
            ("девяносто", 90),
            ("девяноста", 90),
            ("сто", 100),
            ("ста", 100),
            ("двести", 200),
            ("двухсот", 200),
            ("девятьюстами", 900),
        ] {
            assert_eq!(q(w), Some(Quantity::whole(v)), "{w}");
        }
        assert_eq!(q("двадцать пять"), Some(Quantity::whole(25)));
        assert_eq!(q("двадцати пяти"), Some(Quantity::whole(25)));
        assert_eq!(q("двухсот сорока пяти"), Some(Quantity::whole(245)));
        assert_eq!(q("ста пятнадцати"), Some(Quantity::whole(115)));
        assert_eq!(
            q("полутора"),
            Some(Quantity {
                whole: 1,
                half: true
            })
        );
        assert_eq!(q("пять двадцать"), None);
        assert_eq!(q("пятнадцать пять"), None);
        assert_eq!(q("два три"), None);
        // Words that only look like numbers.
        for w in ["семья", "стол", "тримаран", "сорока-летний", "из"]
        {
            assert!(!is_number_word(w), "{w}");
        }
    }

    #[test]
    fn kazakh_words() {
        assert_eq!(words_value("он бес"), Some(15));
        assert_eq!(words_value("бір"), Some(1));
        assert_eq!(words_value("отыз"), Some(30));
        assert_eq!(words_value("екі"), Some(2));
        assert_eq!(words_value("екі жүз"), Some(200));
        assert_eq!(q("жиырма бес"), Some(Quantity::whole(25)));
        assert_eq!(q("жүз он"), Some(Quantity::whole(110)));
        assert_eq!(q("екі жүз қырық бес"), Some(Quantity::whole(245)));
        assert_eq!(
            q("бір жарым"),
            Some(Quantity {
                whole: 1,
                half: true
            })
        );
        assert_eq!(
            q("жарты"),
            Some(Quantity {
                whole: 0,
                half: true
            })
        );
        assert_eq!(q("бес он"), None);
        assert_eq!(q("жарым"), None);
        // Ordinals are not counts.
        assert!(!is_number_word("бірінші"));
        assert!(!is_number_word("екінші"));
    }

    #[test]
    fn units() {
        assert_eq!(unit("рабочих дней"), Some(TimeUnit::WorkingDay));
        assert_eq!(unit("рабочего дня"), Some(TimeUnit::WorkingDay));
        assert_eq!(unit("дней"), Some(TimeUnit::Day));
        assert_eq!(unit("минут"), Some(TimeUnit::Minute));
        assert_eq!(unit("жұмыс күні"), Some(TimeUnit::WorkingDay));
        assert_eq!(unit("күнтізбелік күн"), Some(TimeUnit::CalendarDay));
        assert_eq!(unit("сағат"), Some(TimeUnit::Hour));
        assert_eq!(unit("календарных дней"), Some(TimeUnit::CalendarDay));
        assert_eq!(unit("суток"), Some(TimeUnit::CalendarDay));
        assert_eq!(unit("тәуліктен"), Some(TimeUnit::CalendarDay));
    }
}

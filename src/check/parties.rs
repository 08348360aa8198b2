//! Whether two names of actors name the same party, allowing what a regulation's wording does
//! without meaning another person: case forms, the organisation's name left out («сотрудник
//! канцелярии» / «канцелярия услугодателя»), a person named within a sub-unit («исполнитель
//! услугодателя» / «исполнитель услугодателя отдела трудовой миграции»), a body and its staff
//! («отдел трудовой миграции» / «сотрудник отдела трудовой миграции»), a qualifier
//! («ответственный»), a deputy for a head. A head of another unit is another person: «руководитель
//! услугодателя» is not «руководитель районного отдела услугодателя».

use crate::lexicon::actors::phrase::same_word;
use crate::lexicon::roles::{
    LEADING_HEADS, ORGANISATION_WORDS, PARTICIPANTS_OF, PERSON_HEADS, PERSON_QUALIFIERS,
};
use crate::model::{ListKind, Reglament};

/// True when `w` is a case form of one of `list`.
fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| same_word(w, x))
}

/// True when every word of `short` has a case form among `long`.
fn within(short: &[&str], long: &[&str]) -> bool {
    short.iter().all(|w| long.iter().any(|l| same_word(w, l)))
}

/// A name split into its organisation words and the rest.
struct Name<'a> {
    org: Vec<&'a str>,
    core: Vec<&'a str>,
}

impl<'a> Name<'a> {
    /// Splits `words`; the words of `place` (where the regulation's units work) count as the
    /// organisation's.
    fn new(words: &'a str, place: &[String]) -> Self {
        let (org, core) = words
            .split(' ')
            .filter(|w| !w.is_empty())
            .partition(|w| one_of(w, ORGANISATION_WORDS) || place.iter().any(|p| same_word(w, p)));
        Name { org, core }
    }

    /// The person the name is about: its head noun when that names a person, the first word
    /// after the adjectives in Russian, the last word in Kazakh; `None` for a body
    /// («аппарат акима», «участковая комиссия»).
    fn head(&self) -> Option<&'a str> {
        let adjective = |w: &str| {
            one_of(w, PERSON_QUALIFIERS)
                || ["ый", "ий", "ой", "ая", "яя", "ое", "ее"]
                    .iter()
                    .any(|e| w.ends_with(e))
        };
        let first = self.core.iter().copied().find(|w| !adjective(w));
        first
            .into_iter()
            .chain(self.core.last().copied())
            .find(|w| one_of(w, PERSON_HEADS))
    }

    /// The words that place a person: the core without person nouns and qualifiers.
    fn place(&self) -> Vec<&'a str> {
        self.core
            .iter()
            .copied()
            .filter(|w| !one_of(w, PERSON_HEADS) && !one_of(w, PERSON_QUALIFIERS))
            .collect()
    }
}

/// True when a name holds nothing but an organisation's words («услугодатель», «көрсетілетін
/// қызметті беруші»): the organisation as a whole, no unit of it.
pub fn is_organisation(name: &str) -> bool {
    let words = super::normalise(name);
    let n = Name::new(&words, &[]);
    n.core.is_empty() && !n.org.is_empty()
}

/// True when `w` (lower case) is a case form of an organisation's word.
pub fn is_organisation_word(w: &str) -> bool {
    one_of(w, ORGANISATION_WORDS)
}

/// Where a regulation's units work, when its participants heading says so («Перечень
/// структурных подразделений (работников) районного отдела услугодателя» → «районного
/// отдела»): there «руководитель услугодателя» is the district department's head. Empty when
/// the heading names the organisation alone.
pub fn implied_place(reg: &Reglament) -> Vec<String> {
    let Some(heading) = reg
        .lists
        .iter()
        .find(|l| l.kind == ListKind::Participants)
        .map(|l| super::normalise(&l.heading))
    else {
        return Vec::new();
    };
    let words: Vec<&str> = heading.split(' ').collect();
    let Some(org) = words.iter().position(|w| one_of(w, ORGANISATION_WORDS)) else {
        return Vec::new();
    };
    match words[..org]
        .iter()
        .rposition(|w| PARTICIPANTS_OF.contains(w))
    {
        Some(of) => words[of + 1..org].iter().map(|w| w.to_string()).collect(),
        None => Vec::new(),
    }
}

/// True when `a` and `b` (canonical actors) name the same unit: the same words once the
/// organisation's (and `place`'s) are set aside, in any case form.
pub fn same_unit(a: &str, b: &str, place: &[String]) -> bool {
    same_unit_normalised(&super::normalise(a), &super::normalise(b), place)
}

/// [`same_unit`] of two names already normalised ([`super::normalise`]): a rule comparing every
/// actor with every participant normalises each name once.
pub fn same_unit_normalised(a: &str, b: &str, place: &[String]) -> bool {
    let (x, y) = (Name::new(a, place), Name::new(b, place));
    orgs_agree(&x, &y)
        && !x.core.is_empty()
        && x.core.len() == y.core.len()
        && within(&x.core, &y.core)
        && within(&y.core, &x.core)
}

/// Two organisations named are the same one, or one is named more fully.
fn orgs_agree(x: &Name, y: &Name) -> bool {
    x.org.is_empty() || y.org.is_empty() || within(&x.org, &y.org) || within(&y.org, &x.org)
}

/// True when `a` and `b` (canonical actors) name the same party.
pub fn same_party(a: &str, b: &str) -> bool {
    same_party_in(a, b, &[])
}

/// [`same_party`] in a regulation whose units work in `place` ([`implied_place`]).
pub fn same_party_in(a: &str, b: &str, place: &[String]) -> bool {
    same_party_normalised(&super::normalise(a), &super::normalise(b), place)
}

/// The parties of one regulation compared by name: where its units work, and each name met
/// normalised once (a rule compares every step with the next, so a name is met many times).
pub struct Parties<'a> {
    place: Vec<String>,
    names: Vec<(&'a str, String)>,
    /// The verdict on each pair of names compared so far, by their indexes in `names`: the
    /// same two parties meet at many steps.
    verdicts: std::collections::BTreeMap<(usize, usize), bool>,
}

impl<'a> Parties<'a> {
    /// The comparisons of `reg`'s parties.
    pub fn new(reg: &Reglament) -> Self {
        Parties {
            place: implied_place(reg),
            names: Vec::new(),
            verdicts: std::collections::BTreeMap::new(),
        }
    }

    fn normalised(&mut self, name: &'a str) -> usize {
        match self.names.iter().position(|(n, _)| *n == name) {
            Some(k) => k,
            None => {
                self.names.push((name, super::normalise(name)));
                self.names.len() - 1
            }
        }
    }

    /// [`same_party_in`] of the regulation.
    pub fn same(&mut self, a: &'a str, b: &'a str) -> bool {
        let (x, y) = (self.normalised(a), self.normalised(b));
        *self.verdicts.entry((x, y)).or_insert_with(|| {
            same_party_normalised(&self.names[x].1, &self.names[y].1, &self.place)
        })
    }
}

/// [`same_party_in`] of two names already normalised ([`super::normalise`]).
fn same_party_normalised(a: &str, b: &str, place: &[String]) -> bool {
    if a == b || crate::lexicon::actors::same_actor(a, b) {
        return true;
    }
    let (x, y) = (Name::new(a, place), Name::new(b, place));
    // Two organisations named are the same one, or one is named more fully.
    let orgs_agree =
        x.org.is_empty() || y.org.is_empty() || within(&x.org, &y.org) || within(&y.org, &x.org);
    if !orgs_agree {
        return false;
    }
    // A whole organisation: any of its staff.
    if x.core.is_empty() || y.core.is_empty() {
        return true;
    }
    let (short, long) = if x.core.len() <= y.core.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    if within(&short.core, &long.core) {
        // The longer name narrows the shorter; only a leading head placed in another unit is
        // another person.
        let leading = short.head().is_some_and(|h| one_of(h, LEADING_HEADS));
        let extra_places = long
            .core
            .iter()
            .any(|w| !short.core.iter().any(|s| same_word(w, s)) && !one_of(w, PERSON_QUALIFIERS));
        return !(leading && extra_places);
    }
    // A body (no person named) and a person placed in it, or placed nowhere more precise in
    // the organisation both name.
    for (body, person) in [(&x, &y), (&y, &x)] {
        if body.head().is_none() && person.head().is_some() {
            let place = person.place();
            let same_org = !body.org.is_empty() && !person.org.is_empty();
            if (place.is_empty() && same_org) || within(&body.core, &place) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::same_party;

    #[test]
    fn russian_equivalences() {
        for (a, b) in [
            ("руководитель услугодателя", "руководителю услугодателя"),
            ("сотрудник канцелярии", "канцелярия услугодателя"),
            (
                "исполнитель услугодателя",
                "исполнитель услугодателя отдела трудовой миграции",
            ),
            (
                "отдел трудовой миграции услугодателя",
                "сотрудник отдела трудовой миграции услугодателя",
            ),
            (
                "специалист акима сельского округа",
                "специалист аппарата акима сельского округа",
            ),
            (
                "специалист районного отдела услугодателя",
                "ответственный специалист районного отдела услугодателя",
            ),
            ("услугодатель", "специалист канцелярии"),
            (
                "руководитель услугодателя",
                "заместитель руководителя услугодателя",
            ),
            (
                "районный отдел услугодателя",
                "ответственный специалист услугодателя",
            ),
            (
                "аппарат акима сельского округа",
                "специалист аппарата акима сельского округа",
            ),
            ("аким сельского округа", "специалист акима сельского округа"),
        ] {
            assert!(same_party(a, b), "{a} / {b}");
            assert!(same_party(b, a), "{b} / {a}");
        }
    }

    #[test]
    fn russian_other_parties() {
        for (a, b) in [
            (
                "руководитель услугодателя",
                "руководитель районного отдела услугодателя",
            ),
            (
                "ответственный исполнитель услугодателя",
                "ответственный специалист услугодателя",
            ),
            (
                "специалист государственной корпорации",
                "оператор государственной корпорации",
            ),
            ("услугодатель", "оператор государственной корпорации"),
            (
                "исполнитель услугодателя",
                "сотрудник отдела трудовой миграции услугодателя",
            ),
            (
                "специалист государственной корпорации",
                "специалист услугодателя",
            ),
            ("специальная комиссия", "сотрудник услугодателя"),
            (
                "ответственный исполнитель услугодателя",
                "сотрудник услугодателя",
            ),
        ] {
            assert!(!same_party(a, b), "{a} / {b}");
            assert!(!same_party(b, a), "{b} / {a}");
        }
    }

    #[test]
    fn a_place_the_participants_heading_names_is_implied() {
        let place = vec!["районного".to_string(), "отдела".to_string()];
        let (head, district) = (
            "руководитель услугодателя",
            "руководитель районного отдела услугодателя",
        );
        assert!(!same_party(head, district));
        assert!(super::same_party_in(head, district, &place));
        assert!(super::same_unit(district, head, &place));
        assert!(!super::same_unit(district, head, &[]));
        assert!(!super::same_unit(
            "ответственный специалист районного отдела услугодателя",
            "специалист районного отдела услугодателя",
            &place
        ));
        let mut r = crate::check::testutil::reg();
        let mut l = crate::check::testutil::list(
            crate::model::ListKind::Participants,
            crate::model::Channel::Provider,
            7,
            1086,
            vec![],
        );
        l.heading = "7. Перечень структурных подразделений (работников) районного отдела услугодателя, участвующих в процессе оказания государственной услуги:".into();
        r.lists.push(l.clone());
        assert_eq!(super::implied_place(&r), place);
        r.lists[0].heading = "7. Мемлекеттік қызмет көрсету процесіне қатысатын көрсетілетін қызметті берушінің құрылымдық бөлімшелерінің (қызметкерлерінің) тізбесі:".into();
        assert!(super::implied_place(&r).is_empty());
        r.lists[0].heading = "7. Перечень структурных подразделений (работников) услугодателя, которые участвуют в процессе оказания государственной услуги:".into();
        assert!(super::implied_place(&r).is_empty());
    }

    #[test]
    fn kazakh_names() {
        assert!(same_party(
            "көрсетілетін қызметті берушінің қызметкері",
            "көрсетілетін қызметті беруші"
        ));
        assert!(same_party(
            "көрсетілетін қызметті берушінің басшысы",
            "көрсетілетін қызметті берушінің басшысына"
        ));
        assert!(same_party(
            "көрсетілетін қызметті берушінің басшысы",
            "көрсетілетін қызметті берушінің басшысының орынбасары"
        ));
        assert!(!same_party(
            "көрсетілетін қызметті берушінің басшысы",
            "көрсетілетін қызметті берушінің жауапты орындаушысы"
        ));
        assert!(!same_party(
            "көрсетілетін қызметті берушінің басшысы",
            "аудандық бөлімнің басшысы"
        ));
    }
}

//! The messages of a comparison in the regulation's language: a methodologist reads them beside
//! the text, so they speak its words («шаг 3», «3-қадам», «дорожка», «жолақ»).

use crate::layout::diagram::NodeKind;
use crate::model::Language;

/// The grammatical case a step is named in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Case {
    /// «шаг 3», «3-қадам».
    Nominative,
    /// «шага 3», «3-қадамның».
    Genitive,
    /// «после шага 3», «3-қадамнан кейін»: what follows a step.
    After,
}

/// What a message names: a numbered step, a decision, an event, or the start of the process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Thing {
    Step(u32),
    Decision,
    Event,
    Start,
}

impl Thing {
    /// What a node of the kind, with the step number, is called.
    pub(super) fn of(kind: Option<NodeKind>, step: Option<u32>) -> Thing {
        match (kind, step) {
            (Some(NodeKind::Task), Some(n)) => Thing::Step(n),
            (Some(NodeKind::Gateway), _) => Thing::Decision,
            (Some(NodeKind::Start), _) => Thing::Start,
            (Some(NodeKind::Task), None) => Thing::Step(0),
            _ => Thing::Event,
        }
    }
}

/// The messages in one language.
#[derive(Debug, Clone, Copy)]
pub(super) struct Words {
    pub(super) language: Language,
}

impl Words {
    pub(super) fn of(language: Language) -> Words {
        Words { language }
    }

    /// A step, decision or event named in a case.
    pub(super) fn name(&self, t: Thing, case: Case) -> String {
        use Case::*;
        use Thing::*;
        match self.language {
            Language::Ru => match (t, case) {
                (Step(0), Nominative) => "шаг".into(),
                (Step(0), _) => "шага".into(),
                (Step(n), Nominative) => format!("шаг {n}"),
                (Step(n), _) => format!("шага {n}"),
                (Decision, Nominative) => "решение".into(),
                (Decision, _) => "решения".into(),
                (Event, Nominative) => "событие".into(),
                (Event, _) => "события".into(),
                (Start, Nominative) => "начало".into(),
                (Start, _) => "начала".into(),
            },
            Language::Kk => match (t, case) {
                (Step(0), Nominative) => "қадам".into(),
                (Step(0), Genitive) => "қадамның".into(),
                (Step(0), After) => "қадамнан".into(),
                (Step(n), Nominative) => format!("{n}-қадам"),
                (Step(n), Genitive) => format!("{n}-қадамның"),
                (Step(n), After) => format!("{n}-қадамнан"),
                (Decision, Nominative) => "шешім".into(),
                (Decision, Genitive) => "шешімнің".into(),
                (Decision, After) => "шешімнен".into(),
                (Event, Nominative) => "оқиға".into(),
                (Event, Genitive) => "оқиғаның".into(),
                (Event, After) => "оқиғадан".into(),
                (Start, Nominative) => "бастау".into(),
                (Start, Genitive) => "бастаудың".into(),
                (Start, After) => "бастаудан".into(),
            },
        }
    }

    /// The text's step is not in the diagram.
    pub(super) fn missing(&self, t: Thing) -> String {
        match self.language {
            Language::Ru => format!("в диаграмме нет {}", self.name(t, Case::Genitive)),
            Language::Kk => format!("диаграммада {} жоқ", self.name(t, Case::Nominative)),
        }
    }

    /// The diagram's element is not in the text.
    pub(super) fn added(&self, t: Thing) -> String {
        match (self.language, t) {
            (Language::Ru, Thing::Decision) => "в тексте нет такого решения".into(),
            (Language::Ru, Thing::Step(_)) => "в тексте нет такого шага".into(),
            (Language::Ru, _) => "в тексте нет такого события".into(),
            (Language::Kk, Thing::Decision) => "мәтінде мұндай шешім жоқ".into(),
            (Language::Kk, Thing::Step(_)) => "мәтінде мұндай қадам жоқ".into(),
            (Language::Kk, _) => "мәтінде мұндай оқиға жоқ".into(),
        }
    }

    /// The step follows another one in the diagram than in the text.
    pub(super) fn order(&self, t: Thing, in_diagram: Thing, in_text: Thing) -> String {
        let (d, x) = (
            self.name(in_diagram, Case::After),
            self.name(in_text, Case::After),
        );
        match self.language {
            Language::Ru => format!(
                "в диаграмме {} идёт после {d}, в тексте — после {x}",
                self.name(t, Case::Nominative)
            ),
            Language::Kk => format!(
                "диаграммада {} {d} кейін тұр, мәтінде — {x} кейін",
                self.name(t, Case::Nominative)
            ),
        }
    }

    /// The step stands in another actor's lane.
    pub(super) fn lane(&self, t: Thing, lane: &str, actor: &str) -> String {
        match self.language {
            Language::Ru => format!(
                "в диаграмме {} стоит в дорожке «{lane}», в тексте его выполняет «{actor}»",
                self.name(t, Case::Nominative)
            ),
            Language::Kk => format!(
                "диаграммада {} «{lane}» жолағында тұр, мәтінде оны «{actor}» орындайды",
                self.name(t, Case::Nominative)
            ),
        }
    }

    pub(super) fn lane_renamed(&self, text: &str, diagram: &str) -> String {
        match self.language {
            Language::Ru => {
                format!("дорожка переименована: в тексте «{text}», в диаграмме «{diagram}»")
            }
            Language::Kk => {
                format!("жолақтың атауы өзгертілген: мәтінде «{text}», диаграммада «{diagram}»")
            }
        }
    }

    pub(super) fn lane_missing(&self, text: &str) -> String {
        match self.language {
            Language::Ru => format!("в диаграмме нет дорожки «{text}»"),
            Language::Kk => format!("диаграммада «{text}» жолағы жоқ"),
        }
    }

    pub(super) fn lane_added(&self, diagram: &str) -> String {
        match self.language {
            Language::Ru => format!("в тексте нет исполнителя «{diagram}»"),
            Language::Kk => format!("мәтінде «{diagram}» орындаушысы жоқ"),
        }
    }

    /// The step's duration changed; `diagram` is `None` when the diagram gives none.
    pub(super) fn duration(&self, t: Thing, text: &str, diagram: Option<&str>) -> String {
        let whose = self.name(t, Case::Genitive);
        match (self.language, diagram) {
            (Language::Ru, Some(d)) => {
                format!("срок {whose} изменён: в тексте «{text}», в диаграмме «{d}»")
            }
            (Language::Ru, None) => {
                format!("срок {whose} изменён: в тексте «{text}», в диаграмме срока нет")
            }
            (Language::Kk, Some(d)) => {
                format!("{whose} мерзімі өзгертілген: мәтінде «{text}», диаграммада «{d}»")
            }
            (Language::Kk, None) => {
                format!("{whose} мерзімі өзгертілген: мәтінде «{text}», диаграммада мерзім жоқ")
            }
        }
    }

    /// The step's action changed.
    pub(super) fn action(&self, t: Thing, text: &str, diagram: &str) -> String {
        let whose = self.name(t, Case::Genitive);
        match self.language {
            Language::Ru => {
                format!("действие {whose} изменено: в тексте «{text}», в диаграмме «{diagram}»")
            }
            Language::Kk => {
                format!("{whose} әрекеті өзгертілген: мәтінде «{text}», диаграммада «{diagram}»")
            }
        }
    }

    /// The decision's condition changed.
    pub(super) fn condition(&self, text: &str, diagram: &str) -> String {
        match self.language {
            Language::Ru => {
                format!("условие решения изменено: в тексте «{text}», в диаграмме «{diagram}»")
            }
            Language::Kk => {
                format!("шешімнің шарты өзгертілген: мәтінде «{text}», диаграммада «{diagram}»")
            }
        }
    }

    /// A decision's outcome leads to another element than in the text.
    pub(super) fn branch_elsewhere(&self, label: &str, diagram: &str, text: &str) -> String {
        match self.language {
            Language::Ru => {
                format!("ветвь «{label}» ведёт в диаграмме к «{diagram}», в тексте — к «{text}»")
            }
            Language::Kk => format!(
                "«{label}» тармағы диаграммада «{diagram}» элементіне апарады, мәтінде — «{text}» элементіне"
            ),
        }
    }

    /// A decision's outcome of the text is not in the diagram.
    pub(super) fn branch_missing(&self, label: &str, text: &str) -> String {
        match self.language {
            Language::Ru => format!("в диаграмме нет ветви «{label}» к «{text}»"),
            Language::Kk => {
                format!("диаграммада «{text}» элементіне апаратын «{label}» тармағы жоқ")
            }
        }
    }

    /// The diagram gives a decision an outcome the text does not.
    pub(super) fn branch_added(&self, label: &str, diagram: &str) -> String {
        match self.language {
            Language::Ru => format!("в тексте нет ветви «{label}» к «{diagram}»"),
            Language::Kk => {
                format!("мәтінде «{diagram}» элементіне апаратын «{label}» тармағы жоқ")
            }
        }
    }

    /// How an unnamed flow is called in a message.
    pub(super) fn unnamed(&self) -> &'static str {
        match self.language {
            Language::Ru => "без названия",
            Language::Kk => "атаусыз",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_named_in_both_languages_and_cases() {
        let ru = Words::of(Language::Ru);
        let kk = Words::of(Language::Kk);
        assert_eq!(ru.missing(Thing::Step(3)), "в диаграмме нет шага 3");
        assert_eq!(kk.missing(Thing::Step(3)), "диаграммада 3-қадам жоқ");
        assert_eq!(
            ru.order(Thing::Step(3), Thing::Step(4), Thing::Step(2)),
            "в диаграмме шаг 3 идёт после шага 4, в тексте — после шага 2"
        );
        assert_eq!(
            kk.order(Thing::Step(3), Thing::Step(4), Thing::Start),
            "диаграммада 3-қадам 4-қадамнан кейін тұр, мәтінде — бастаудан кейін"
        );
        assert_eq!(
            kk.duration(Thing::Step(2), "1 (бір) жұмыс күні", None),
            "2-қадамның мерзімі өзгертілген: мәтінде «1 (бір) жұмыс күні», диаграммада мерзім жоқ"
        );
        assert_eq!(ru.added(Thing::Decision), "в тексте нет такого решения");
        assert_eq!(Thing::of(Some(NodeKind::Task), Some(5)), Thing::Step(5));
        assert_eq!(Thing::of(None, None), Thing::Event);
    }
}

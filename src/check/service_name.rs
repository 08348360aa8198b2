//! `service-name-mismatch`: a regulation's title and the service its ¶1 names («1. Государственная
//! услуга "…" оказывается …») differ. Case, quotes, hyphens, punctuation and spaces are evened
//! out first; a difference of spelling only is info, other words («или» / «либо») a warning.

use super::annex_title::difference;
use super::{Ctx, Finding, Message, Value, normalise};

/// Stable rule id.
pub const RULE: &str = "service-name-mismatch";

/// Compares the regulation's title with the service its ¶1 names.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let r = ctx.reg;
    let Some(s) = &r.service else { return };
    let (a, b) = (normalise(&r.title), normalise(&s.name));
    if a == b {
        return;
    }
    let d = difference(&a, &b);
    let message = Message::new("finding-service-name-mismatch")
        .arg("title", r.title.as_str())
        .arg("line-title", Value::Line(r.line))
        .arg("how", d.how)
        .arg("name", s.name.as_str())
        .arg("line-name", Value::Line(s.line))
        .arg("gone", d.gone.as_str())
        .arg("added", d.added.as_str());
    out.push(ctx.finding(
        RULE,
        d.severity,
        vec![r.line, s.line],
        vec![r.title.clone(), s.name.clone()],
        message,
        &[a, b],
    ));
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::super::{Ctx, Severity};
    use super::*;
    use crate::model::{Language, ServiceName};

    fn found(title: &str, named: &str, language: Language) -> Vec<(Severity, Vec<u32>)> {
        let mut r = reg();
        r.title = title.into();
        r.line = 382;
        r.language = language;
        r.service = Some(ServiceName {
            name: named.into(),
            line: 393,
        });
        let mut out = Vec::new();
        run(&Ctx::new("act.txt", &r), &mut out);
        out.into_iter().map(|f| (f.severity, f.lines)).collect()
    }

    #[test]
    fn ru_another_word_is_a_warning_hyphens_are_not() {
        assert_eq!(
            found(
                "Выдача разрешения на территории единицы, или в рамках внутрикорпоративного перевода",
                "Выдача разрешения на территории единицы, либо в рамках внутрикорпоративного перевода",
                Language::Ru
            ),
            vec![(Severity::Warning, vec![382, 393])]
        );
        assert!(
            found(
                "Возмещение затрат на обучение на дому детей-инвалидов",
                "Возмещение затрат на обучение на дому детей инвалидов",
                Language::Ru
            )
            .is_empty()
        );
    }

    #[test]
    fn kk_spelling_is_info() {
        assert_eq!(
            found(
                "Мүгедек балаларды қамтамасыз ету үшін құжаттарды рәсімдеу",
                "Мүгедек балаларды қамтамасыз ету үшін құжаттарды ресімдеу",
                Language::Kk
            ),
            vec![(Severity::Info, vec![382, 393])]
        );
        assert!(
            found(
                "Мүгедек балаларды қамтамасыз ету үшін құжаттарды рәсімдеу",
                "«Мүгедек балаларды қамтамасыз ету үшін құжаттарды рәсімдеу»",
                Language::Kk
            )
            .is_empty()
        );
    }
}

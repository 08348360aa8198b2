//! `unattributed` (warning): regulation matter (a procedure list, an appendix, a справочник)
//! that stands where no regulation could be recognised around it. The parser keeps it apart
//! rather than dropping it or merging it into a neighbour; the auditor is told where it is.

use super::{Finding, Message, Place, Severity, Value};
use crate::model::Document;

/// Stable rule id.
pub const RULE: &str = "unattributed";

/// Reports every stretch of the file the parser could not give to a regulation.
pub fn run(doc: &Document, out: &mut Vec<Finding>) {
    let place = Place {
        file: &doc.file,
        reglament: "",
        reglament_line: 0,
    };
    for u in &doc.unattributed {
        let message = Message::new("finding-unattributed")
            .arg("from", Value::Line(u.line))
            .arg("to", Value::Line(u.end_line))
            .arg("kind", u.kind.slug())
            .arg("quote", u.quote.as_str())
            .arg("items", u.items);
        out.push(place.finding(
            RULE,
            Severity::Warning,
            vec![u.line],
            vec![u.quote.clone()],
            message,
            &[u.kind.slug().to_string(), u.quote.clone()],
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Matter, Unattributed};

    #[test]
    fn one_warning_per_stretch_with_its_lines() {
        let doc = Document {
            file: "act.txt".into(),
            encoding: "utf-8".into(),
            decree: Default::default(),
            reglaments: Vec::new(),
            unattributed: vec![Unattributed {
                line: 12,
                end_line: 20,
                kind: Matter::List,
                quote: "«5. Содержание каждой процедуры …»".into(),
                items: 0,
            }],
        };
        let mut out = Vec::new();
        run(&doc, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].lines, vec![12]);
        assert_eq!(out[0].severity, Severity::Warning);
        let en = out[0].message.text(crate::i18n::Lang::En);
        assert!(
            en.contains("(line 12 – line 20) holds procedure list heading «5. Содержание"),
            "{en}"
        );
        let ru = out[0].message.text(crate::i18n::Lang::Ru);
        assert!(
            ru.starts_with("Фрагмент (строка 12 — строка 20) содержит заголовок перечня процедур «5. Содержание"),
            "{ru}"
        );
        let kk = out[0].message.text(crate::i18n::Lang::Kk);
        assert!(
            kk.starts_with(
                "Үзінді (12-жол — 20-жол) мазмұны: рәсімдер тізбесінің тақырыбы «5. Содержание"
            ),
            "{kk}"
        );
    }
}

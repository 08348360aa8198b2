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
        out.push(
            place.finding(
                RULE,
                Severity::Warning,
                vec![u.line],
                vec![u.what.clone()],
                Message::new("finding-unattributed")
                    .arg("from", Value::Line(u.line))
                    .arg("to", Value::Line(u.end_line))
                    .arg("what", u.what.as_str()),
                std::slice::from_ref(&u.what),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Unattributed;

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
                what: "procedure list heading «5. Содержание каждой процедуры …»".into(),
            }],
        };
        let mut out = Vec::new();
        run(&doc, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].lines, vec![12]);
        assert_eq!(out[0].severity, Severity::Warning);
        assert!(out[0].message.contains("Lines 12–20"), "{}", out[0].message);
    }
}

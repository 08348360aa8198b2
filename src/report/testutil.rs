//! A small hand-made report with the shapes the formats must handle.

use super::*;
use crate::check::{Finding, ListRef, Message, Value};

/// A message quoting `text` as a passage of the regulation (a heading announcing no item).
pub fn quoting(text: &str) -> Message {
    Message::new("finding-empty-list")
        .arg("list", ListRef::Paragraph(5))
        .arg("heading", text)
        .arg("line", Value::Line(94))
}

/// A finding with the given rule, severity, lines and quotes in `file`, regulation at line 68.
pub fn finding(
    file: &str,
    rule: &'static str,
    severity: Severity,
    lines: &[u32],
    quotes: &[&str],
    message: Message,
) -> Finding {
    Finding {
        rule,
        severity,
        file: file.into(),
        reglament: "Назначение государственной адресной социальной помощи".into(),
        reglament_line: 68,
        lines: lines.to_vec(),
        message,
        quotes: quotes.iter().map(|q| q.to_string()).collect(),
        fingerprint: format!("{:016x}", lines[0]),
        pair: None,
    }
}

/// A document with one Russian regulation at line 68.
pub fn doc(file: &str) -> Document {
    let mut reg = crate::check::testutil::reg();
    reg.line = 68;
    Document {
        file: file.into(),
        encoding: "utf-8".into(),
        reglaments: vec![reg],
        decree: Default::default(),
        unattributed: Vec::new(),
    }
}

/// The duration mismatch of reglaments/000 (¶5 line 102 vs ¶8 line 140) and a numbering note.
pub fn sample() -> Report {
    let file = "reglaments/000_6f385fbdd640c006.txt";
    let findings = vec![
        finding(
            file,
            "numbering",
            Severity::Info,
            &[144],
            &["ответственный исполнитель выдает уведомление"],
            Message::new("finding-numbering-misprint")
                .arg("list", ListRef::Paragraph(8))
                .arg("item", Value::Item(Some(6)))
                .arg("label", "б)")
                .arg("line", Value::Line(144)),
        ),
        finding(
            file,
            "duration-mismatch",
            Severity::Error,
            &[102, 140],
            &[
                "направляет на подпись руководителю услугодателя в течение 1 (одного) рабочего дня;",
                "направляет на подпись руководителю услугодателя в течение 6 (шести) рабочих дней;",
            ],
            Message::new("finding-duration-mismatch")
                .arg("a", ListRef::Paragraph(5))
                .arg("x", Value::Item(Some(4)))
                .arg("duration-a", "в течение 1 (одного) рабочего дня")
                .arg("line-a", Value::Line(102))
                .arg("b", ListRef::Paragraph(8))
                .arg("y", Value::Item(Some(4)))
                .arg("duration-b", "в течение 6 (шести) рабочих дней")
                .arg("line-b", Value::Line(140))
                .arg("action", "направляет на подпись руководителю услугодателя"),
        ),
    ];
    Report::new(&[(doc(file), findings)], &[])
}

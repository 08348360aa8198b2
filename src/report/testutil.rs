//! A small hand-made report with the shapes the formats must handle.

use super::*;
use crate::check::Finding;

/// A finding with the given rule, severity, lines and quotes in `file`, regulation at line 68.
pub fn finding(
    file: &str,
    rule: &'static str,
    severity: Severity,
    lines: &[u32],
    quotes: &[&str],
    message: &str,
) -> Finding {
    Finding {
        rule,
        severity,
        file: file.into(),
        reglament: "Назначение государственной адресной социальной помощи".into(),
        reglament_line: 68,
        lines: lines.to_vec(),
        message: message.into(),
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
            "¶8 prints the label «б)» for item 6, a letter standing for a digit.",
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
            "¶5 item 4 gives «в течение 1 (одного) рабочего дня» but ¶8 item 4 gives «в течение 6 (шести) рабочих дней».",
        ),
    ];
    Report::new(&[(doc(file), findings)], &[])
}

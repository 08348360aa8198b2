//! What the commands tell a person at the end of a run, in plain English with correct plurals.

use std::path::Path;
use std::time::Duration;

use crate::build::Summary;

/// `n` and the noun, singular for one: `count(1, "file")` is «1 file», `count(2, "file")` «2 files».
pub fn count(n: usize, noun: &str) -> String {
    match (n, noun) {
        (_, "info") => format!("{n} info"),
        (1, _) => format!("{n} {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

/// What `build` did, as the lines it ends with: what was built, the findings by severity, what
/// to open (or, under `--check`, whether the output is up to date), and the time taken.
pub fn build_summary(s: &Summary, out: &Path, check: bool, elapsed: Duration) -> Vec<String> {
    let built = s.files - s.failed;
    // Read but not parsed: unchanged since the manifest.
    let unchanged = s.read.saturating_sub(s.rebuilt);
    let how: Vec<String> = [(s.rebuilt, "parsed"), (unchanged, "unchanged")]
        .into_iter()
        .filter(|&(n, _)| n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    let how = if how.is_empty() {
        String::new()
    } else {
        format!(" ({})", how.join(", "))
    };
    let files = if s.failed > 0 {
        format!("{built} of {}", count(s.files, "file"))
    } else {
        count(s.files, "file")
    };
    let verb = if check { "checked" } else { "built" };
    let mut lines = vec![format!(
        "{verb} {files}{how}: {}, {}",
        count(s.reglaments, "regulation"),
        count(s.diagrams, "diagram"),
    )];
    let [e, w, i] = s.severities;
    lines.push(if s.findings == 0 {
        "no findings".to_string()
    } else {
        format!(
            "{}: {}, {}, {}",
            count(s.findings, "finding"),
            count(e, "error"),
            count(w, "warning"),
            count(i, "info")
        )
    });
    if s.failed > 0 {
        lines.push(format!(
            "{} could not be built (errors above); what earlier builds made of {} is kept",
            count(s.failed, "file"),
            if s.failed == 1 { "it" } else { "them" }
        ));
    }
    if s.kept > 0 {
        lines.push(format!(
            "{} built earlier from files not named here {} listed as before",
            count(s.kept, "act"),
            if s.kept == 1 { "stays" } else { "stay" }
        ));
    }
    if s.removed > 0 {
        lines.push(format!(
            "removed the outputs of {} whose file is gone",
            count(s.removed, "act")
        ));
    }
    let seconds = format!("{:.2} s", elapsed.as_secs_f64());
    if check {
        lines.push(match s.stale.len() {
            0 => format!("{} is up to date ({seconds})", out.display()),
            n => format!(
                "{} of {} differ from this build ({seconds})",
                count(n, "file"),
                out.display()
            ),
        });
    } else {
        lines.push(format!(
            "open {} (the diagrams) and {} (the findings); done in {seconds}",
            out.join("index.html").display(),
            out.join("report.html").display()
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_are_english() {
        assert_eq!(count(1, "file"), "1 file");
        assert_eq!(count(0, "file"), "0 files");
        assert_eq!(count(21, "diagram"), "21 diagrams");
        assert_eq!(count(1, "info"), "1 info");
        assert_eq!(count(3, "info"), "3 info");
    }

    #[test]
    fn a_build_of_one_file_speaks_in_the_singular() {
        let s = Summary {
            files: 1,
            rebuilt: 1,
            read: 1,
            reglaments: 1,
            diagrams: 1,
            findings: 1,
            severities: [0, 1, 0],
            ..Default::default()
        };
        let lines = build_summary(&s, Path::new("out"), false, Duration::from_millis(1234));
        assert_eq!(
            lines,
            [
                "built 1 file (1 parsed): 1 regulation, 1 diagram",
                "1 finding: 0 errors, 1 warning, 0 info",
                "open out/index.html (the diagrams) and out/report.html (the findings); done in 1.23 s",
            ]
        );
    }

    #[test]
    fn failures_kept_and_removed_acts_are_told() {
        let s = Summary {
            files: 3,
            failed: 1,
            rebuilt: 1,
            read: 2,
            reglaments: 4,
            diagrams: 10,
            kept: 2,
            removed: 1,
            ..Default::default()
        };
        let lines = build_summary(&s, Path::new("pub"), false, Duration::ZERO);
        assert_eq!(
            lines,
            [
                "built 2 of 3 files (1 parsed, 1 unchanged): 4 regulations, 10 diagrams",
                "no findings",
                "1 file could not be built (errors above); what earlier builds made of it is kept",
                "2 acts built earlier from files not named here stay listed as before",
                "removed the outputs of 1 act whose file is gone",
                "open pub/index.html (the diagrams) and pub/report.html (the findings); done in 0.00 s",
            ]
        );
    }
}

//! What the commands tell a person at the end of a run, in the person's language (the
//! catalogue, `crate::i18n`) with each language's plurals.

use std::path::Path;
use std::time::Duration;

use crate::build::Summary;
use crate::i18n::{Arg, Lang, text};

/// `n` and the noun the catalogue counts by `id` («files», «errors»): «1 file», «3 файла»,
/// «5 файл».
pub fn count(lang: Lang, n: usize, id: &str) -> String {
    text(lang, id, &[("n", n.into())])
}

/// What `build` did, as the lines it ends with: what was built, the findings by severity, what
/// to open (or, under `--check`, whether the output is up to date), and the time taken.
pub fn build_summary(
    lang: Lang,
    s: &Summary,
    out: &Path,
    check: bool,
    elapsed: Duration,
) -> Vec<String> {
    let t = |id: &str, args: &[(&str, Arg)]| text(lang, id, args);
    let built = s.files - s.failed;
    // Read but not parsed: unchanged since the manifest.
    let unchanged = s.read.saturating_sub(s.rebuilt);
    let how: Vec<String> = [(s.rebuilt, "build-parsed"), (unchanged, "build-unchanged")]
        .into_iter()
        .filter(|&(n, _)| n > 0)
        .map(|(n, id)| t(id, &[("n", n.into())]))
        .collect();
    let how = if how.is_empty() {
        String::new()
    } else {
        format!(" ({})", how.join(", "))
    };
    let files = if s.failed > 0 {
        t(
            "build-of",
            &[
                ("built", built.into()),
                ("total", s.files.into()),
                ("files", count(lang, s.files, "files").into()),
            ],
        )
    } else {
        count(lang, s.files, "files")
    };
    let mut lines = vec![t(
        if check {
            "build-checked"
        } else {
            "build-built"
        },
        &[
            ("files", files.into()),
            ("how", how.into()),
            (
                "regulations",
                count(lang, s.reglaments, "regulations").into(),
            ),
            ("diagrams", count(lang, s.diagrams, "diagrams").into()),
        ],
    )];
    let [e, w, i] = s.severities;
    lines.push(if s.findings == 0 {
        t("build-no-findings", &[])
    } else {
        t(
            "build-findings",
            &[
                ("findings", count(lang, s.findings, "findings").into()),
                ("errors", count(lang, e, "errors").into()),
                ("warnings", count(lang, w, "warnings").into()),
                ("infos", count(lang, i, "infos").into()),
            ],
        )
    });
    if s.failed > 0 {
        lines.push(t(
            "build-failed",
            &[
                ("n", s.failed.into()),
                ("files", count(lang, s.failed, "files").into()),
            ],
        ));
    }
    if s.kept > 0 {
        lines.push(t(
            "build-kept",
            &[
                ("n", s.kept.into()),
                ("acts", count(lang, s.kept, "acts").into()),
            ],
        ));
    }
    if s.removed > 0 {
        lines.push(t(
            "build-removed",
            &[("acts", count(lang, s.removed, "acts").into())],
        ));
    }
    let seconds = format!("{:.2}", elapsed.as_secs_f64());
    let out_name = out.display().to_string();
    if check {
        lines.push(match s.stale.len() {
            0 => t(
                "build-up-to-date",
                &[("out", out_name.into()), ("seconds", seconds.into())],
            ),
            n => t(
                "build-stale-count",
                &[
                    ("files", count(lang, n, "files").into()),
                    ("out", out_name.into()),
                    ("seconds", seconds.into()),
                ],
            ),
        });
    } else {
        lines.push(t(
            "build-open",
            &[
                ("index", out.join("index.html").display().to_string().into()),
                (
                    "report",
                    out.join("report.html").display().to_string().into(),
                ),
                ("seconds", seconds.into()),
            ],
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_file() -> Summary {
        Summary {
            files: 1,
            rebuilt: 1,
            read: 1,
            reglaments: 1,
            diagrams: 1,
            findings: 1,
            severities: [0, 1, 0],
            ..Default::default()
        }
    }

    fn some_failed() -> Summary {
        Summary {
            files: 3,
            failed: 1,
            rebuilt: 1,
            read: 2,
            reglaments: 4,
            diagrams: 10,
            kept: 2,
            removed: 1,
            ..Default::default()
        }
    }

    #[test]
    fn a_build_of_one_file_speaks_in_the_singular() {
        let lines = build_summary(
            Lang::En,
            &one_file(),
            Path::new("out"),
            false,
            Duration::from_millis(1234),
        );
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
        let lines = build_summary(
            Lang::En,
            &some_failed(),
            Path::new("pub"),
            false,
            Duration::ZERO,
        );
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

    #[test]
    fn russian_summary_counts_with_one_few_many() {
        let lines = build_summary(
            Lang::Ru,
            &some_failed(),
            Path::new("pub"),
            false,
            Duration::ZERO,
        );
        assert_eq!(
            lines[0],
            "собрано: 2 из 3 файлов (разобрано: 1, без изменений: 1): 4 регламента, 10 диаграмм"
        );
        assert_eq!(lines[1], "замечаний нет");
        assert_eq!(
            lines[2],
            "не удалось собрать: 1 файл (ошибки выше); сделанное прежними сборками сохранено"
        );
        let lines = build_summary(
            Lang::Ru,
            &one_file(),
            Path::new("out"),
            true,
            Duration::ZERO,
        );
        assert_eq!(
            lines[1],
            "1 замечание: 0 ошибок, 1 предупреждение, 0 к сведению"
        );
        assert_eq!(lines[2], "out не отстаёт от исходных текстов (0.00 с)");
    }

    #[test]
    fn kazakh_summary_keeps_nouns_singular_after_numbers() {
        let lines = build_summary(
            Lang::Kk,
            &some_failed(),
            Path::new("pub"),
            false,
            Duration::ZERO,
        );
        assert_eq!(
            lines[0],
            "жиналды: 3 файл ішінен 2 (талданғаны: 1, өзгермегені: 1): 4 регламент, 10 диаграмма"
        );
        assert_eq!(lines[4], "файлы жоқ актілердің нәтижелері жойылды: 1 акт");
    }
}

//! The markdown report (GitHub-flavoured): summary table, then findings grouped by act and
//! regulation; two conflicting passages side by side with ~~removed~~ / **added** words.

use super::diff::{Segment, trimmed, word_diff};
use super::words::Words;
use super::{FileReport, Head, Page, Report};
use crate::check::Finding;
use crate::i18n::Lang;

/// The report as one markdown document, its own words in `lang` or in the language of most of
/// its regulations, each finding in `lang` or in its regulation's language.
pub fn markdown(report: &Report, lang: Option<Lang>) -> String {
    super::page(
        &mut Markdown(lang.unwrap_or_else(|| report.language()), lang),
        report,
    )
}

/// The markdown document in a language, written file by file; its findings in the language
/// asked for (the second field), else each in its regulation's own.
pub struct Markdown(pub Lang, pub Option<Lang>);

impl Page for Markdown {
    fn head(&mut self, head: &Head, out: &mut String) {
        let w = Words(self.0);
        let c = &head.counts;
        out.push_str(&format!("# {}\n\n", w.t("page-title", &[])));
        out.push_str(&w.totals(c));
        if head.baselined > 0 {
            out.push(' ');
            out.push_str(&w.t("page-baselined", &[("n", head.baselined.into())]));
        }
        out.push_str(&format!(
            "\n\n## {}\n\n| {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|\n",
            w.t("page-summary", &[]),
            w.t("page-rule", &[]),
            w.t("page-error", &[]),
            w.t("page-warning", &[]),
            w.t("page-info", &[]),
            w.t("page-total", &[]),
        ));
        for (rule, n) in &c.by_rule {
            out.push_str(&format!(
                "| `{rule}` | {} | {} | {} | {} |\n",
                n[0],
                n[1],
                n[2],
                n.iter().sum::<usize>()
            ));
        }
        out.push_str(&format!(
            "| **{}** | {} | {} | {} | **{}** |\n",
            w.t("page-total", &[]),
            c.error,
            c.warning,
            c.info,
            c.findings
        ));
        if !head.failed.is_empty() {
            out.push_str(&format!("\n## {}\n\n", w.t("page-failed", &[])));
            for e in head.failed {
                let at = e.line.map(|l| format!(":{l}")).unwrap_or_default();
                out.push_str(&format!(
                    "- {}{at}: {}\n",
                    escape(&e.file),
                    escape(&e.message)
                ));
            }
        }
    }

    fn act(&mut self, _: usize, run: &FileReport, out: &mut String) {
        out.push_str(&format!(
            "\n## {}\n\n{}\n",
            escape(&run.file),
            Words(self.0).act_counts(run.findings.len(), run.reglaments.len()),
        ));
        for (reg, findings) in run.by_reglament() {
            out.push_str(&format!(
                "\n### «{}» ({})\n",
                escape(&reg.title),
                run.cite_in(reg.line, self.0)
            ));
            for f in findings {
                finding(
                    Words(self.0),
                    out,
                    f,
                    run,
                    run.finding_lang(f, self.1, self.0),
                );
            }
        }
    }

    fn tail(&mut self, _: &Head, _: &mut String) {}
}

/// One finding; `said` is the language its message is worded in.
fn finding(w: Words, out: &mut String, f: &Finding, run: &FileReport, said: Lang) {
    out.push_str(&format!(
        "\n**{}** · `{}` · {} · `{}`  \n{}\n",
        w.t(&format!("severity-{}", f.severity.as_str()), &[]),
        f.rule,
        run.cite_lines(f, w.0),
        f.fingerprint,
        escape(&run.message(f, said))
    ));
    let quotes = super::numbered_quotes(f);
    if let [(la, a), (lb, b)] = quotes[..] {
        let (left, right) = word_diff(a, b);
        out.push_str(&format!(
            "\n| {} | {} |\n|---|---|\n| {} | {} |\n",
            run.cite_in(la, w.0),
            run.cite_in(lb, w.0),
            marked(&left, "~~"),
            marked(&right, "**")
        ));
    } else {
        out.push('\n');
        for (line, q) in quotes {
            out.push_str(&format!(
                "> {}: «{}»  \n",
                run.cite_in(line, w.0),
                escape(q)
            ));
        }
    }
}

/// A passage with its changed runs wrapped in `mark` (`~~` or `**`), hugging the words.
fn marked(segs: &[Segment], mark: &str) -> String {
    let mut s = String::new();
    for seg in segs {
        if seg.changed {
            let (pre, core, post) = trimmed(&seg.text);
            s.push_str(&escape(pre));
            if !core.is_empty() {
                s.push_str(&format!("{mark}{}{mark}", escape(core)));
            }
            s.push_str(&escape(post));
        } else {
            s.push_str(&escape(&seg.text));
        }
    }
    s
}

/// Escapes text for markdown: HTML-significant characters become entities (so `<script>` is
/// shown, never run by a renderer), markdown punctuation gets a backslash, line breaks a space.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '|' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_whitespace() || c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testutil::sample;

    #[test]
    fn two_passages_side_by_side_with_word_marks() {
        let md = markdown(&sample(), Some(Lang::En));
        assert!(md.contains("| line 102 | line 140 |\n|---|---|\n"), "{md}");
        assert!(md.contains(
            "| направляет на подпись руководителю услугодателя в течение ~~1 (одного) рабочего дня;~~ | направляет на подпись руководителю услугодателя в течение **6 (шести) рабочих дней;** |"
        ), "{md}");
    }

    #[test]
    fn summary_table_counts_rules_and_severities() {
        let md = markdown(&sample(), Some(Lang::En));
        assert!(md.contains("| `duration-mismatch` | 1 | 0 | 0 | 1 |"));
        assert!(md.contains("| `numbering` | 0 | 0 | 1 | 1 |"));
        assert!(md.contains("| **Total** | 1 | 0 | 1 | **2** |"));
    }

    #[test]
    fn grouped_by_act_then_regulation_in_line_order() {
        let md = markdown(&sample(), Some(Lang::En));
        let act = md.find("## reglaments/000\\_6f385fbdd640c006.txt").unwrap();
        let reg = md
            .find("### «Назначение государственной адресной социальной помощи» (line 68)")
            .unwrap();
        let first = md.find("`duration-mismatch` · lines 102, 140").unwrap();
        let second = md.find("`numbering` · line 144").unwrap();
        assert!(act < reg && reg < first && first < second);
        assert!(md.contains("> line 144: «ответственный исполнитель выдает уведомление»"));
    }

    #[test]
    fn the_page_speaks_the_regulations_language_unless_asked() {
        let md = markdown(&sample(), None);
        assert!(md.starts_with("# Отчёт о согласованности\n\n2 замечания (1 ошибка, 0 предупреждений, 1 к сведению); проверено: 1 файл, 1 регламент.\n"), "{md}");
        assert!(
            md.contains("| Правило | Ошибки | Предупреждения | К сведению | Всего |"),
            "{md}"
        );
        assert!(md.contains("\n**ошибка** · `duration-mismatch` · "), "{md}");
        let kk = markdown(&sample(), Some(Lang::Kk));
        assert!(kk.contains("\n## Жиынтық\n"), "{kk}");
        assert!(kk.contains("2 ескертпе; регламенттер: 1."), "{kk}");
    }

    #[test]
    fn hostile_text_is_escaped() {
        assert_eq!(
            escape("<script>alert(1)</script> | *x* \"/><img src=x onerror=y>"),
            "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\* \"/&gt;&lt;img src=x onerror=y&gt;"
        );
        let mut r = sample();
        r.runs[0].findings[1].quotes[0] = "<script>alert(1)</script>".into();
        assert!(!markdown(&r, Some(Lang::En)).contains("<script"));
    }
}

//! The HTML report: one self-contained page (inline CSS, no scripts, no external references, a
//! Content-Security-Policy that forbids both anyway), readable on a phone. Every text from a
//! regulation goes through [`escape`], so hostile passages are shown, never run.

use super::diff::{Segment, trimmed, word_diff};
use super::words::Words;
use super::{FileReport, Head, Page, Report};
use crate::check::Finding;
use crate::i18n::Lang;
use crate::model::Language;

/// Escapes `& < > " '` so any text is inert in element content and in quoted attributes.
pub fn escape(s: &str) -> String {
    // Pages carry whole drawings' texts: the runs between the bytes that need escaping are
    // copied whole rather than character by character.
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    let (mut copied, mut i) = (0, 0);
    while i < b.len() {
        let (replacement, len) = match b[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&#39;", 1),
            // Control characters other than line breaks are invalid in HTML text: the C0 ones,
            // DEL, and the C1 ones (U+0080–U+009F, led by C2 in UTF-8).
            b'\n' | b'\t' => {
                i += 1;
                continue;
            }
            x if x < 0x20 || x == 0x7F => (" ", 1),
            0xC2 if matches!(b.get(i + 1), Some(0x80..=0x9F)) => (" ", 2),
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[copied..i]);
        out.push_str(replacement);
        i += len;
        copied = i;
    }
    out.push_str(&s[copied..]);
    out
}

const STYLE: &str = r#"
:root { color-scheme: light; --err: #b3261e; --warn: #8a5a00; --info: #0b5d8a; --line: #d9dde3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 16px/1.5 "DejaVu Sans", system-ui, sans-serif; color: #1b1f24; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .25rem; padding-top: .5rem; border-top: 2px solid #1b1f24; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
h3 .at, .muted { color: #57606a; font-weight: normal; }
p { margin: .25rem 0; }
code, .fp { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: .85em; }
.fp { color: #57606a; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
table.summary { width: auto; min-width: 20rem; }
table.summary td.n, table.summary th.n { text-align: right; font-variant-numeric: tabular-nums; }
table.summary tr.total td { font-weight: bold; border-top: 2px solid #1b1f24; }
table.findings { margin-bottom: 1rem; table-layout: fixed; }
table.findings th.c-sev { width: 6rem; } table.findings th.c-rule { width: 12rem; } table.findings th.c-lines { width: 6rem; }
table.findings td { overflow-wrap: anywhere; }
.sev { display: inline-block; padding: 0 .4rem; border-radius: .25rem; color: #fff; font-size: .85rem; font-weight: bold; }
.sev.error { background: var(--err); } .sev.warning { background: var(--warn); } .sev.info { background: var(--info); }
tr.error > td:first-child { border-left: 4px solid var(--err); }
tr.warning > td:first-child { border-left: 4px solid var(--warn); }
tr.info > td:first-child { border-left: 4px solid var(--info); }
table.diff { margin: .5rem 0 .25rem; table-layout: fixed; font-size: .95rem; }
table.diff th { font-weight: normal; color: #57606a; font-size: .85rem; }
del { background: #ffd7d5; color: #82071e; text-decoration: line-through; }
ins { background: #ccffd8; color: #055d20; text-decoration: none; font-weight: bold; }
ul.quotes { margin: .5rem 0 0; padding-left: 0; list-style: none; }
ul.quotes li { margin: .25rem 0; padding-left: .5rem; border-left: 3px solid var(--line); }
.ln { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: .85em; color: #57606a; margin-right: .4rem; }
nav ul { padding-left: 1.2rem; } nav li { overflow-wrap: anywhere; }
details summary { cursor: pointer; color: #0b5d8a; }
@media (max-width: 40rem) {
  body { padding: .5rem; font-size: 15px; }
  table.findings, table.findings tbody, table.findings tr, table.findings td { display: block; width: 100%; }
  table.findings thead { display: none; }
  table.findings tr { margin-bottom: .75rem; border: 1px solid var(--line); }
  table.findings td { border: 0; padding: .2rem .5rem; }
  table.findings td.lines::before { content: attr(data-label) " "; color: #57606a; }
  table.diff, table.diff tbody, table.diff tr, table.diff td { display: block; width: 100%; }
  table.diff thead { display: none; }
  table.diff td::before { content: attr(data-line); display: block; color: #57606a; font-size: .85rem; }
}
"#;

/// The report as one self-contained HTML page, its own words in `lang` or in the language of
/// most of its regulations, each finding in `lang` or in its regulation's language.
pub fn html(report: &Report, lang: Option<Lang>) -> String {
    super::page(
        &mut Html(lang.unwrap_or_else(|| report.language()), lang),
        report,
    )
}

/// The HTML page in a language, written file by file; its findings in the language asked for
/// (the second field), else each in its regulation's own.
pub struct Html(pub Lang, pub Option<Lang>);

impl Page for Html {
    fn head(&mut self, head: &Head, out: &mut String) {
        let w = Words(self.0);
        let c = &head.counts;
        out.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
            self.0.tag()
        ));
        out.push_str(&format!(
            "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            escape(&w.t(
                "page-title-count",
                &[("findings", w.count(c.findings, "findings").into())]
            ))
        ));
        out.push_str(&format!(
            "<header>\n<h1>{}</h1>\n",
            escape(&w.t("page-title", &[]))
        ));
        out.push_str(&format!("<p id=\"totals\">{}", escape(&w.totals(c))));
        if head.baselined > 0 {
            out.push(' ');
            out.push_str(&escape(
                &w.t("page-baselined", &[("n", head.baselined.into())]),
            ));
        }
        out.push_str("</p>\n</header>\n");

        out.push_str(&format!(
            "<section id=\"summary\">\n<h2>{}</h2>\n<table class=\"summary\">\n<thead><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead>\n<tbody>\n",
            escape(&w.t("page-summary", &[])),
            escape(&w.t("page-rule", &[])),
            escape(&w.t("page-error", &[])),
            escape(&w.t("page-warning", &[])),
            escape(&w.t("page-info", &[])),
            escape(&w.t("page-total", &[])),
        ));
        for (rule, n) in &c.by_rule {
            out.push_str(&format!(
                "<tr><td><code>{}</code></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
                escape(rule),
                n[0],
                n[1],
                n[2],
                n.iter().sum::<usize>()
            ));
        }
        out.push_str(&format!(
            "<tr class=\"total\"><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n</tbody>\n</table>\n</section>\n",
            escape(&w.t("page-total", &[])),
            c.error,
            c.warning,
            c.info,
            c.findings
        ));

        if !head.failed.is_empty() {
            out.push_str(&format!(
                "<section id=\"failed\">\n<h2>{}</h2>\n<ul>\n",
                escape(&w.t("page-failed", &[]))
            ));
            for e in head.failed {
                let at = e.line.map(|l| format!(":{l}")).unwrap_or_default();
                out.push_str(&format!(
                    "<li><code>{}{at}</code>: {}</li>\n",
                    escape(&e.file),
                    escape(&e.message)
                ));
            }
            out.push_str("</ul>\n</section>\n");
        }

        if !head.acts.is_empty() {
            out.push_str(&format!(
                "<nav>\n<h2>{}</h2>\n<ul>\n",
                escape(&w.t("page-acts", &[]))
            ));
            for (i, file, n) in &head.acts {
                out.push_str(&format!(
                    "<li><a href=\"#act-{}\">{}</a> <span class=\"muted\">{}</span></li>\n",
                    i + 1,
                    escape(file),
                    escape(&w.severities(*n))
                ));
            }
            out.push_str("</ul>\n</nav>\n");
        }
    }

    fn act(&mut self, i: usize, run: &FileReport, out: &mut String) {
        let w = Words(self.0);
        out.push_str(&format!(
            "<section class=\"act\" id=\"act-{}\">\n<h2>{}</h2>\n<p class=\"muted\">{}</p>\n",
            i + 1,
            escape(&run.file),
            escape(&w.act_counts(run.findings.len(), run.reglaments.len())),
        ));
        for (reg, findings) in run.by_reglament() {
            let lang = match reg.language {
                Language::Ru => "ru",
                Language::Kk => "kk",
            };
            out.push_str(&format!(
                "<section class=\"reglament\" id=\"act-{}-l{}\" lang=\"{lang}\">\n<h3>«{}» <span class=\"at\">{}</span></h3>\n",
                i + 1,
                reg.line,
                escape(&reg.title),
                escape(&run.cite_in(reg.line, self.0))
            ));
            out.push_str(&format!(
                "<table class=\"findings\">\n<thead lang=\"{}\"><tr><th class=\"c-sev\">{}</th><th class=\"c-rule\">{}</th>\
                 <th class=\"c-lines\">{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                self.0.tag(),
                escape(&w.t("page-severity", &[])),
                escape(&w.t("page-rule", &[])),
                escape(&w.t("page-lines", &[])),
                escape(&w.t("page-finding", &[])),
            ));
            for f in findings {
                finding(w, out, f, run, run.finding_lang(f, self.1, self.0));
            }
            out.push_str("</tbody>\n</table>\n</section>\n");
        }
        out.push_str("</section>\n");
    }

    fn tail(&mut self, _: &Head, out: &mut String) {
        out.push_str("</body>\n</html>\n");
    }
}

/// One finding's row; `said` is the language its message is worded in.
fn finding(w: Words, out: &mut String, f: &Finding, run: &FileReport, said: Lang) {
    let sev = f.severity.as_str();
    let sev_name = escape(&w.t(&format!("severity-{sev}"), &[]));
    let lines: Vec<String> = if run.source.is_text() {
        f.lines.iter().map(u32::to_string).collect()
    } else {
        f.lines.iter().map(|&l| run.cite_in(l, w.0)).collect()
    };
    out.push_str(&format!(
        "<tr class=\"{sev}\"><td><span class=\"sev {sev}\">{sev_name}</span></td><td><code>{}</code></td><td class=\"lines\" data-label=\"{}\">{}</td><td>\n<p lang=\"{}\">{}</p>\n",
        escape(f.rule),
        escape(&w.t("page-lines", &[])),
        escape(&lines.join(if run.source.is_text() { ", " } else { "; " })),
        said.tag(),
        escape(&run.message(f, said))
    ));
    let quotes = super::numbered_quotes(f);
    if let [(la, a), (lb, b)] = quotes[..] {
        let (left, right) = word_diff(a, b);
        out.push_str(&format!(
            "<table class=\"diff\"><thead><tr><th>{la}</th><th>{lb}</th></tr></thead>\n<tbody><tr><td data-line=\"{la}\">{}</td><td data-line=\"{lb}\">{}</td></tr></tbody></table>\n",
            marked(&left, "del"),
            marked(&right, "ins"),
            la = escape(&run.cite_in(la, w.0)),
            lb = escape(&run.cite_in(lb, w.0)),
        ));
    } else if !quotes.is_empty() {
        // Long lists of passages (an unnumbered list, an actor in twenty steps) fold away so the
        // page stays scannable; <details> needs no script.
        let fold = quotes.len() > 4;
        if fold {
            out.push_str(&format!(
                "<details><summary>{}</summary>\n",
                escape(&w.t("page-passages", &[("n", quotes.len().into())]))
            ));
        }
        out.push_str("<ul class=\"quotes\">\n");
        for (line, q) in quotes {
            let at = if run.source.is_text() {
                line.to_string()
            } else {
                run.cite_in(line, w.0)
            };
            out.push_str(&format!(
                "<li><span class=\"ln\">{}</span>«{}»</li>\n",
                escape(&at),
                escape(q)
            ));
        }
        out.push_str("</ul>\n");
        if fold {
            out.push_str("</details>\n");
        }
    }
    out.push_str(&format!(
        "<p class=\"fp\">{}</p>\n</td></tr>\n",
        escape(&w.t(
            "page-fingerprint",
            &[("fingerprint", f.fingerprint.as_str().into())]
        ))
    ));
}

/// A passage with its changed runs in `<del>` or `<ins>`.
fn marked(segs: &[Segment], tag: &str) -> String {
    let mut s = String::new();
    for seg in segs {
        if seg.changed {
            let (pre, core, post) = trimmed(&seg.text);
            s.push_str(&escape(pre));
            if !core.is_empty() {
                s.push_str(&format!("<{tag}>{}</{tag}>", escape(core)));
            }
            s.push_str(&escape(post));
        } else {
            s.push_str(&escape(&seg.text));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testutil::sample;

    proptest::proptest! {
        /// Escaping by byte runs writes what escaping character by character does.
        #[test]
        fn escape_agrees_with_a_character_loop(s in "(\\PC|[\u{0}-\u{1f}\u{7f}-\u{9f}&<>\"'])*") {
            let mut expected = String::new();
            for c in s.chars() {
                match c {
                    '&' => expected.push_str("&amp;"),
                    '<' => expected.push_str("&lt;"),
                    '>' => expected.push_str("&gt;"),
                    '"' => expected.push_str("&quot;"),
                    '\'' => expected.push_str("&#39;"),
                    c if c.is_control() && c != '\n' && c != '\t' => expected.push(' '),
                    c => expected.push(c),
                }
            }
            proptest::prop_assert_eq!(escape(&s), expected);
        }
    }

    #[test]
    fn diff_is_a_two_column_table_with_del_and_ins() {
        let h = html(&sample(), Some(Lang::En));
        assert!(h.contains(
            "<table class=\"diff\"><thead><tr><th>line 102</th><th>line 140</th></tr></thead>"
        ));
        assert!(h.contains("в течение <del>1 (одного) рабочего дня;</del></td>"));
        assert!(h.contains("<td data-line=\"line 140\">направляет"));
        assert!(h.contains("в течение <ins>6 (шести) рабочих дней;</ins></td>"));
    }

    #[test]
    fn page_is_self_contained() {
        // The page speaks the language of its regulations unless another is asked for.
        let h = html(&sample(), None);
        assert!(h.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
        assert!(h.contains("<h1>Отчёт о согласованности</h1>"), "{h}");
        assert!(h.contains("<span class=\"sev error\">ошибка</span>"), "{h}");
        assert!(
            h.contains("<p class=\"fp\">отпечаток 0000000000000066</p>"),
            "{h}"
        );
        let kk = html(&sample(), Some(Lang::Kk));
        assert!(kk.starts_with("<!DOCTYPE html>\n<html lang=\"kk\">"));
        assert!(kk.contains("<h2>Жиынтық</h2>"), "{kk}");
        let h = html(&sample(), Some(Lang::En));
        assert!(h.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(h.contains("<meta name=\"viewport\""));
        assert!(h.contains("<table class=\"findings\">"));
        assert!(h.contains("<table class=\"summary\">"));
        for banned in [
            "<script", "<link", "<img", "src=", "http://", "https://", "url(",
        ] {
            assert!(!h.contains(banned), "{banned}");
        }
    }

    #[test]
    fn hostile_regulation_text_is_inert() {
        let mut r = sample();
        let evil = "<script>alert(1)</script>\"/><img src=x onerror=alert(2)>'";
        r.runs[0].reglaments[0].title = evil.into();
        r.runs[0].findings[0].message = crate::report::testutil::quoting(evil);
        r.runs[0].findings[0].quotes = vec![evil.into(), format!("{evil} и ещё")];
        r.runs[0].findings[1].quotes = vec![evil.into()];
        r.runs[0].file = evil.into();
        let h = html(&r, Some(Lang::En));
        assert!(!h.contains("<script"));
        assert!(!h.contains("<img"));
        assert!(!h.contains("\"/>"));
        assert!(h.contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;&quot;/&gt;&lt;img src=x onerror=alert(2)&gt;&#39;"
        ));
    }

    #[test]
    fn kazakh_regulations_are_tagged() {
        let mut r = sample();
        r.runs[0].reglaments[0].language = Language::Kk;
        assert!(html(&r, Some(Lang::En)).contains("id=\"act-1-l68\" lang=\"kk\""));
    }

    #[test]
    fn findings_follow_in_report_order() {
        let h = html(&sample(), Some(Lang::En));
        let a = h
            .find("<td class=\"lines\" data-label=\"Lines\">102, 140</td>")
            .unwrap();
        let b = h
            .find("<td class=\"lines\" data-label=\"Lines\">144</td>")
            .unwrap();
        assert!(a < b);
        // A phone shows the word before the lines in the page's language.
        let ru = html(&sample(), None);
        assert!(
            ru.contains("<td class=\"lines\" data-label=\"Строки\">144</td>"),
            "{ru}"
        );
    }
}

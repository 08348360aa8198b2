//! `parse`, `check` and `compare`: the model, the findings and the departures of an edited
//! diagram printed to standard output.

use std::io::Write;
use std::process::ExitCode;

use super::{CheckArgs, CompareArgs, ParseArgs, ParseFormat, default_paths};
use crate::inputs;
use crate::lexicon;
use crate::parse::Sourced;

/// `reglament check`: parse, check, filter by the baseline, print one report; exit 0, 1 or 2.
pub(super) fn check(args: CheckArgs) -> ExitCode {
    use crate::report::{self, Format, Report};
    use std::io::IsTerminal;

    let baseline = match &args.baseline {
        None => None,
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| report::Baseline::parse(&t))
        {
            Ok(b) => Some(b),
            Err(e) => {
                // A broken baseline would silently report accepted findings again; stop instead.
                eprintln!("error: baseline {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
    };
    let (files, walk_failed) = inputs::collect(&default_paths(args.paths));
    let mut checked = Vec::new();
    let mut sources = Vec::new();
    let mut failed = Vec::new();
    for f in &files {
        match crate::parse::parse_file_sourced(f, args.encoding) {
            Ok(s) => {
                let findings = crate::check::check(&s.document);
                sources.push((s.document.file.clone(), s.source));
                checked.push((s.document, findings));
            }
            Err(e) => {
                eprintln!("error: {e}");
                failed.push(e);
            }
        }
    }
    let mut rep = Report::new(&checked, &failed);
    for (file, source) in sources.into_iter().filter(|(_, s)| !s.is_text()) {
        rep.locate(&file, source);
    }
    let walk_code = if walk_failed { 2 } else { 0 };
    // Written before the old baseline filters anything, so the new file accepts every current
    // finding, the previously accepted ones included.
    if let Some(path) = &args.write_baseline {
        let n = rep.findings().count();
        if let Err(e) = std::fs::write(path, report::baseline::write(rep.findings())) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(2);
        }
        eprintln!("wrote {n} fingerprints to {}", path.display());
        return ExitCode::from(walk_code.max(if rep.failed.is_empty() { 0 } else { 2 }));
    }
    if let Some(b) = &baseline {
        rep.apply_baseline(b);
    }
    let output = match args.format {
        Format::Text => {
            let color = std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            report::text(&rep, color)
        }
        Format::Markdown => report::markdown(&rep),
        Format::Html => report::html(&rep),
        Format::Json => report::json(&rep),
    };
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(output.as_bytes()).and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: writing output: {e}");
        return ExitCode::from(2);
    }
    ExitCode::from(walk_code.max(rep.exit_code(args.fail_on)))
}

/// `reglament compare`: the departures of an edited diagram from its text; exit 0 when they
/// agree, 1 when they depart, 2 when a file cannot be read or the text draws no such diagram.
pub(super) fn compare(args: CompareArgs) -> ExitCode {
    use crate::compare::{self, Format};
    let c = match compare::compare_files(&args.bpmn, args.text.as_deref(), args.encoding) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let output = match args.format {
        Format::Text => compare::text(&c),
        Format::Markdown => compare::markdown(&c),
        Format::Json => compare::json(&c),
    };
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(output.as_bytes()).and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: writing output: {e}");
        return ExitCode::from(2);
    }
    ExitCode::from(if c.departures.is_empty() { 0 } else { 1 })
}

/// `reglament parse`: the model as JSON or an outline; exit 2 if an input failed.
pub(super) fn parse(args: ParseArgs) -> ExitCode {
    let (files, mut failed) = inputs::collect(&default_paths(args.paths));
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut docs = Vec::new();
    for f in &files {
        match crate::parse::parse_file_sourced(f, args.encoding) {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    let written = match args.format {
        ParseFormat::Json => write_json(&mut out, &docs),
        ParseFormat::Text => docs.iter().try_for_each(|d| write_outline(&mut out, d)),
    };
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: writing output: {e}");
        return ExitCode::from(2);
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_json(out: &mut impl Write, docs: &[Sourced]) -> std::io::Result<()> {
    // One document prints as the object itself; several as an array of them.
    if docs.len() == 1 {
        serde_json::to_writer_pretty(&mut *out, &docs[0])?;
    } else {
        serde_json::to_writer_pretty(&mut *out, docs)?;
    }
    writeln!(out)
}

fn write_outline(out: &mut impl Write, sourced: &Sourced) -> std::io::Result<()> {
    let doc = &sourced.document;
    // `file:line` in a text file; a Word paragraph or a PDF page elsewhere.
    let at = |line: u32| match sourced.source.place(line) {
        Some(place) => format!("{} ({place})", doc.file),
        None => format!("{}:{line}", doc.file),
    };
    let short = |line: u32| match sourced.source.place(line) {
        Some(place) => format!("({place})"),
        None => format!("L{line}"),
    };
    writeln!(out, "{} ({})", doc.file, doc.encoding)?;
    for r in &doc.reglaments {
        writeln!(out, "  {} [{}] «{}»", at(r.line), r.language.tag(), r.title)?;
        let channels: Vec<&str> = r.channels.iter().map(|c| c.channel.slug()).collect();
        writeln!(out, "    channels: {}", channels.join(", "))?;
        for l in &r.lists {
            writeln!(
                out,
                "    {} {} / {} ¶{} — {} items",
                at(l.line),
                l.kind.slug(),
                l.channel.slug(),
                l.paragraph.map_or("-".to_string(), |p| p.to_string()),
                l.items.len()
            )?;
            for it in &l.items {
                // A duration wrapped onto a later line of the item names that line.
                let dur = it.duration.as_ref().map_or(String::new(), |d| {
                    let spoken = lexicon::durations::spoken(d, r.language);
                    match d.line {
                        l if l > it.line => format!(" ⏱ {spoken} ({})", short(l)),
                        _ => format!(" ⏱ {spoken}"),
                    }
                });
                writeln!(
                    out,
                    "      {:>4} {} {}{}{}",
                    if it.label.is_empty() { "·" } else { &it.label },
                    short(it.line),
                    it.actor.as_deref().unwrap_or("—"),
                    dur,
                    if it.misprint { " (misprint)" } else { "" }
                )?;
            }
        }
        for a in &r.appendices {
            writeln!(
                out,
                "    appendix {} {} {} {}{}",
                a.number.map_or("-".to_string(), |n| n.to_string()),
                short(a.line),
                a.channel.map_or("", |c| c.slug()),
                if a.is_diagram {
                    "справочник "
                } else {
                    ""
                },
                if a.legend.is_empty() {
                    String::new()
                } else {
                    format!("legend {} lines", a.legend.len())
                }
            )?;
        }
    }
    Ok(())
}

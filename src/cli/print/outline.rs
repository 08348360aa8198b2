//! What `parse` prints: the model as JSON, or an outline a person reads.

use std::io::Write;

use crate::lexicon;
use crate::parse::Sourced;

pub(super) fn write_json(out: &mut impl Write, docs: &[Sourced]) -> std::io::Result<()> {
    // One document prints as the object itself; several as an array of them.
    if docs.len() == 1 {
        serde_json::to_writer_pretty(&mut *out, &docs[0])?;
    } else {
        serde_json::to_writer_pretty(&mut *out, docs)?;
    }
    writeln!(out)
}

pub(super) fn write_outline(out: &mut impl Write, sourced: &Sourced) -> std::io::Result<()> {
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

//! What a variant must keep of its original's parse: the regulations (titles), their channels,
//! their lists (kind and channel), the items of each list (count and numbers) and the durations
//! (value and unit). Lines are left out on purpose: every variant moves them.

use std::fmt;

use reglament::model::{Channel, Document, Duration, ListKind, TimeUnit};

/// The parse of one file, reduced to what survives a change of shape.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub regulations: Vec<RegSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegSummary {
    /// The service name with its white space collapsed (re-wrapping moves line breaks into it).
    pub title: String,
    pub channels: Vec<Channel>,
    pub lists: Vec<ListSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListSummary {
    pub kind: ListKind,
    pub channel: Channel,
    pub items: Vec<ItemSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemSummary {
    pub number: Option<u32>,
    pub duration: Option<Span>,
}

/// A duration's value and unit, with those of its parts when an item states several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub value: u64,
    pub unit: TimeUnit,
    pub parts: Vec<(u64, TimeUnit)>,
}

impl Span {
    fn of(d: &Duration) -> Span {
        Span {
            value: d.value,
            unit: d.unit,
            parts: d.parts.iter().map(|p| (p.value, p.unit)).collect(),
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:?}", self.value, self.unit)?;
        if !self.parts.is_empty() {
            let parts: Vec<String> = self
                .parts
                .iter()
                .map(|(v, u)| format!("{v} {u:?}"))
                .collect();
            write!(f, " ({})", parts.join(" + "))?;
        }
        Ok(())
    }
}

/// One line of text with its white space collapsed.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reduces a parsed document to its [`Summary`].
pub fn summarise(doc: &Document) -> Summary {
    Summary {
        regulations: doc
            .reglaments
            .iter()
            .map(|r| RegSummary {
                title: collapse(&r.title),
                channels: r.channels.iter().map(|c| c.channel).collect(),
                lists: r
                    .lists
                    .iter()
                    .map(|l| ListSummary {
                        kind: l.kind,
                        channel: l.channel,
                        items: l
                            .items
                            .iter()
                            .map(|i| ItemSummary {
                                number: i.number,
                                duration: i.duration.as_ref().map(Span::of),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn short(title: &str) -> String {
    let words: Vec<&str> = title.split(' ').collect();
    if words.len() <= 8 {
        title.to_string()
    } else {
        format!("{} …", words[..8].join(" "))
    }
}

fn list_name(i: usize, l: &ListSummary) -> String {
    format!("list {} ({} / {})", i + 1, l.kind.slug(), l.channel.slug())
}

fn titles(s: &Summary) -> String {
    s.regulations
        .iter()
        .enumerate()
        .map(|(i, r)| format!("\n    {}. «{}»", i + 1, short(&r.title)))
        .collect()
}

fn number(n: Option<u32>) -> String {
    n.map_or("unnumbered".to_string(), |n| n.to_string())
}

/// The first place where `got` departs from `want`, in words that name the regulation, the
/// list and the item; `None` when the two are equal.
pub fn first_difference(want: &Summary, got: &Summary) -> Option<String> {
    for (ri, w) in want.regulations.iter().enumerate() {
        let Some(g) = got.regulations.get(ri) else {
            return Some(format!(
                "regulation {} «{}» is missing: {} regulations found, {} expected; found:{}",
                ri + 1,
                short(&w.title),
                got.regulations.len(),
                want.regulations.len(),
                titles(got)
            ));
        };
        let at = format!("regulation {} «{}»", ri + 1, short(&w.title));
        if g.title != w.title {
            return Some(format!(
                "{at}: found «{}» in its place; found:{}",
                short(&g.title),
                titles(got)
            ));
        }
        if g.channels != w.channels {
            return Some(format!(
                "{at}: channels {:?}, expected {:?}",
                g.channels, w.channels
            ));
        }
        for (li, wl) in w.lists.iter().enumerate() {
            let Some(gl) = g.lists.get(li) else {
                return Some(format!(
                    "{at}: {} is missing ({} lists found, {} expected)",
                    list_name(li, wl),
                    g.lists.len(),
                    w.lists.len()
                ));
            };
            if (gl.kind, gl.channel) != (wl.kind, wl.channel) {
                return Some(format!(
                    "{at}: {} found as {} / {}",
                    list_name(li, wl),
                    gl.kind.slug(),
                    gl.channel.slug()
                ));
            }
            let at = format!("{at}, {}", list_name(li, wl));
            let wn: Vec<_> = wl.items.iter().map(|i| i.number).collect();
            let gn: Vec<_> = gl.items.iter().map(|i| i.number).collect();
            if wn != gn {
                return Some(format!(
                    "{at}: items numbered {} expected, found {}",
                    numbers(&wn),
                    numbers(&gn)
                ));
            }
            for (ii, (wi, gi)) in wl.items.iter().zip(&gl.items).enumerate() {
                if wi.duration != gi.duration {
                    let show =
                        |d: &Option<Span>| d.as_ref().map_or("none".to_string(), |d| d.to_string());
                    return Some(format!(
                        "{at}, item {} (number {}): duration {} expected, found {}",
                        ii + 1,
                        number(wi.number),
                        show(&wi.duration),
                        show(&gi.duration)
                    ));
                }
            }
        }
        if g.lists.len() > w.lists.len() {
            return Some(format!(
                "{at}: {} lists found, {} expected; the first extra one is {}",
                g.lists.len(),
                w.lists.len(),
                list_name(w.lists.len(), &g.lists[w.lists.len()])
            ));
        }
    }
    if got.regulations.len() > want.regulations.len() {
        return Some(format!(
            "{} regulations found, {} expected; found:{}",
            got.regulations.len(),
            want.regulations.len(),
            titles(got)
        ));
    }
    None
}

fn numbers(ns: &[Option<u32>]) -> String {
    let shown: Vec<String> = ns
        .iter()
        .map(|n| n.map_or("-".to_string(), |n| n.to_string()))
        .collect();
    format!("[{}] ({} items)", shown.join(" "), ns.len())
}

/// How much of the original a variant's parse kept, counted so that one early loss does not
/// hide everything after it: regulations are paired by title, channels by position, lists in
/// order by kind and channel, items by position and number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub regulations: (usize, usize),
    pub channels: (usize, usize),
    pub lists: (usize, usize),
    pub items: (usize, usize),
    pub durations: (usize, usize),
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = |(a, b): (usize, usize)| format!("{a}/{b}");
        write!(
            f,
            "regulations {}, channels {}, lists {}, items {}, durations {}",
            p(self.regulations),
            p(self.channels),
            p(self.lists),
            p(self.items),
            p(self.durations)
        )
    }
}

/// Counts what `got` kept of `want`; the second number of each pair is the original's count.
pub fn tally(want: &Summary, got: &Summary) -> Tally {
    let mut t = Tally::default();
    let mut used = vec![false; got.regulations.len()];
    for w in &want.regulations {
        t.regulations.1 += 1;
        t.channels.1 += w.channels.len();
        t.lists.1 += w.lists.len();
        let items = w.lists.iter().flat_map(|l| &l.items);
        t.items.1 += items.clone().count();
        t.durations.1 += items.filter(|i| i.duration.is_some()).count();
        let Some(gi) =
            (0..got.regulations.len()).find(|&i| !used[i] && got.regulations[i].title == w.title)
        else {
            continue;
        };
        used[gi] = true;
        t.regulations.0 += 1;
        let g = &got.regulations[gi];
        t.channels.0 += w
            .channels
            .iter()
            .zip(&g.channels)
            .filter(|(a, b)| a == b)
            .count();
        let mut next = 0;
        for wl in &w.lists {
            let Some(k) = (next..g.lists.len())
                .find(|&k| (g.lists[k].kind, g.lists[k].channel) == (wl.kind, wl.channel))
            else {
                continue;
            };
            next = k + 1;
            t.lists.0 += 1;
            for (wi, gi) in wl.items.iter().zip(&g.lists[k].items) {
                if wi.number != gi.number {
                    continue;
                }
                t.items.0 += 1;
                if wi.duration.is_some() && wi.duration == gi.duration {
                    t.durations.0 += 1;
                }
            }
        }
    }
    t
}

//! Logical lines → regulations, each with its channels, lists, tables and appendices.
//!
//! Structure is recognised by wording (the lexicon), never by paragraph numbers: numbers shift
//! between regulations and between regions.

use super::item::{self, Label};
use super::label;
use super::lines::{Joined, Line};
use super::table::TableBuilder;
use super::titles;
use super::twins;
use crate::lexicon;
use crate::model::{
    Appendix, AppendixRef, Channel, ChannelRef, ItemKind, ListKind, Reglament, StepList,
};

/// Legends are short; a longer run is body text that happens to follow.
const MAX_LEGEND_LINES: usize = 16;

/// A numbered item as collected, before extraction.
struct RawItem {
    label: String,
    number: Option<u32>,
    misprint: bool,
    /// The item's text after its label, with the lines it came from.
    text: Joined,
}

struct OpenList {
    list: StepList,
    raw: Vec<RawItem>,
    /// Unnumbered lines after a numbered item: continuation if another item follows, else a note.
    pending: Vec<Joined>,
}

enum Mode {
    None,
    Channels,
    List(OpenList),
    Table(TableBuilder),
    Appendix,
    Legend,
}

struct Builder<'a> {
    reg: Reglament,
    mode: Mode,
    in_appendices: bool,
    /// ¶1 as printed, for channels named in prose rather than listed.
    first_paragraph: Option<(u32, String)>,
    /// Lines taken as the current appendix title so far.
    appendix_title_lines: usize,
    lines: &'a [Line],
    /// The document's items read so far, shared by its regulations.
    items: &'a mut item::Memo,
}

impl Builder<'_> {
    fn close(&mut self) {
        match std::mem::replace(&mut self.mode, Mode::None) {
            Mode::List(open) => self.finish_list(open),
            Mode::Table(t) => {
                if let Some(list) = t.finish() {
                    self.reg.lists.push(list);
                }
            }
            _ => {}
        }
    }

    fn finish_list(&mut self, open: OpenList) {
        let OpenList { mut list, raw, .. } = open;
        let language = self.reg.language;
        list.items = raw
            .into_iter()
            .map(|r| {
                self.items.build(
                    &r.label,
                    r.number,
                    r.misprint,
                    r.text.located(),
                    list.kind,
                    language,
                )
            })
            .collect();
        if list.kind == ListKind::Participants {
            for it in &mut list.items {
                let printed = it
                    .action
                    .trim_end_matches([';', '.', ','])
                    .trim()
                    .to_string();
                it.actor = Some(lexicon::canonical_actor(&printed));
                it.actor_text = Some(printed);
            }
        }
        self.reg.lists.push(list);
    }

    fn open_list(&mut self, kind: ListKind, paragraph: Option<u32>, l: &Line) {
        self.close();
        let channel = lexicon::channel_in(&l.text).unwrap_or(Channel::Provider);
        self.mode = Mode::List(OpenList {
            list: StepList {
                kind,
                channel,
                paragraph,
                line: l.line,
                heading: l.text.clone(),
                scenario: None,
                items: Vec::new(),
                twins: Vec::new(),
            },
            raw: Vec::new(),
            pending: Vec::new(),
        });
    }

    fn line(&mut self, idx: usize) {
        let l = &self.lines[idx];
        let text = l.text.as_str();

        if let Some(number) = lexicon::appendix_header(text) {
            self.close();
            self.in_appendices = true;
            self.reg.appendices.push(Appendix {
                number,
                header: true,
                title: String::new(),
                channel: None,
                is_diagram: false,
                line: l.line,
                legend: Vec::new(),
            });
            self.appendix_title_lines = 0;
            self.mode = Mode::Appendix;
            return;
        }
        if lexicon::table_title(text).is_some() {
            self.close();
            let channel = lexicon::channel_in(text).unwrap_or(Channel::Provider);
            self.mode = Mode::Table(TableBuilder::new(channel, l.line, text));
            return;
        }
        if lexicon::is_legend_heading(text) {
            self.close();
            if let Some(a) = self.reg.appendices.last_mut() {
                a.is_diagram = true;
            }
            self.mode = Mode::Legend;
            return;
        }
        if !matches!(self.mode, Mode::Appendix)
            && let Some(is_diagram) =
                super::decree::headerless_appendix(l, self.in_appendices, &self.reg.title)
        {
            self.close();
            self.in_appendices = true;
            self.reg.appendices.push(Appendix {
                number: None,
                header: false,
                title: String::new(),
                channel: None,
                is_diagram,
                line: l.line,
                legend: Vec::new(),
            });
            self.appendix_title_lines = 0;
            self.mode = Mode::Appendix;
        }
        if let Mode::Table(t) = &mut self.mode {
            if l.is_row() {
                t.row(l);
                return;
            }
            if item::label(text).is_some() {
                t.block_boundary();
                return;
            }
            if l.heading == 0 && !lexicon::is_section_heading(text) {
                // Split header cells of a row land here as prose; they carry no values.
                return;
            }
            self.close();
        }
        if matches!(self.mode, Mode::Legend) {
            let entry = text.trim_start_matches(['-', '–', '•', ' ']).trim();
            let appendix = self.reg.appendices.last_mut();
            match appendix {
                Some(a)
                    if l.heading == 0
                        && a.legend.len() < MAX_LEGEND_LINES
                        && !entry.is_empty()
                        && !lexicon::ends_legend(entry) =>
                {
                    // A wrapped entry goes on in lower case without a bullet of its own.
                    let continues = !l.bullet
                        && entry.chars().next().is_some_and(char::is_lowercase)
                        && !a.legend.is_empty();
                    match a.legend.last_mut() {
                        Some(last) if continues => {
                            last.push(' ');
                            last.push_str(entry);
                        }
                        _ => a.legend.push(entry.to_string()),
                    }
                    return;
                }
                _ => self.mode = Mode::None,
            }
        }
        if matches!(self.mode, Mode::Appendix) {
            if self.take_appendix_title(l) {
                return;
            }
            self.mode = Mode::None;
        }
        if self.in_appendices {
            return;
        }

        if l.heading > 0 || lexicon::is_section_heading(text) {
            self.close();
            return;
        }
        if let Some((n, body)) = label::paragraph(text).filter(|_| !l.is_row()) {
            self.close();
            let rest = &text[body..];
            if n == Some(1) && self.first_paragraph.is_none() {
                self.first_paragraph = Some((l.line, rest.to_string()));
                self.reg.service = super::decree::service_named(l, body);
            }
            if lexicon::is_channel_intro(rest) {
                self.mode = Mode::Channels;
            } else if let Some(kind) = lexicon::list_kind(rest) {
                self.open_list(kind, n, l);
            }
            return;
        }
        if let Some(lab) = item::label(text) {
            self.labelled(l, lab);
            return;
        }
        // An unlabelled line.
        if lexicon::is_channel_intro(text) {
            self.close();
            self.mode = Mode::Channels;
            return;
        }
        if let Mode::List(open) = &mut self.mode
            && let Some(part) = sub_heading(text)
        {
            // The list goes on for another channel or scenario: the same kind, a part of its own.
            let (channel, scenario) = match part {
                SubHeading::Channel(c) => (c, None),
                SubHeading::Scenario(s) => (open.list.channel, Some(s)),
            };
            if open.raw.is_empty() {
                open.list.channel = channel;
                open.list.scenario = scenario;
            } else {
                let mut list = open.list.clone();
                list.channel = channel;
                list.scenario = scenario;
                list.line = l.line;
                list.items.clear();
                self.close();
                self.mode = Mode::List(OpenList {
                    list,
                    raw: Vec::new(),
                    pending: Vec::new(),
                });
            }
            return;
        }
        if text.ends_with(':')
            && let Some(kind) = lexicon::list_kind(text)
        {
            self.open_list(kind, None, l);
            return;
        }
        match &mut self.mode {
            Mode::List(open) => {
                if open.raw.iter().all(|r| r.number.is_none()) {
                    // Items printed without numbers read like items: a lower-case clause or a
                    // named unit; a capitalised sentence is prose around the list.
                    let item_like = text.chars().next().is_some_and(char::is_lowercase)
                        || lexicon::actor_at_start(text).is_some();
                    let finished = open.raw.last().is_some_and(|r| r.text.text.ends_with('.'));
                    if item_like && !finished {
                        open.raw.push(RawItem {
                            label: String::new(),
                            number: None,
                            misprint: false,
                            text: Joined::from_part(l.located(), text),
                        });
                    } else if !open.raw.is_empty() {
                        self.close();
                    }
                } else {
                    open.pending.push(Joined::from_part(l.located(), text));
                }
            }
            Mode::Channels if text.ends_with(':') => self.mode = Mode::None,
            _ => {}
        }
    }

    fn labelled(&mut self, l: &Line, lab: Label<'_>) {
        match &mut self.mode {
            Mode::Channels => {
                // Every item of the ¶1 list is a channel, named or not («Центр занятости населения»).
                self.reg.channels.push(ChannelRef {
                    channel: lexicon::channel_in(lab.rest).unwrap_or(Channel::Other),
                    text: lab.rest.trim().to_string(),
                    line: l.line,
                });
            }
            Mode::List(open) => {
                let expected = open
                    .raw
                    .iter()
                    .rev()
                    .find_map(|r| r.number)
                    .map_or(1, |n| n + 1);
                let (number, misprint) = match (lab.number, lab.letter) {
                    (Some(n), _) => (Some(n), false),
                    (None, Some(letter)) => match item::misprint_digit(letter, expected) {
                        Some(d) => (Some(d), true),
                        None => {
                            // A lettered sub-item («а)») belongs to the item before it.
                            open.pending.push(Joined::from_part(l.located(), &l.text));
                            return;
                        }
                    },
                    (None, None) => (None, false),
                };
                if let Some(last) = open.raw.last_mut() {
                    for p in open.pending.drain(..) {
                        last.text.push(p.located());
                    }
                }
                open.raw.push(RawItem {
                    label: lab.printed,
                    number,
                    misprint,
                    text: Joined::from_part(l.located(), lab.rest),
                });
            }
            _ => {}
        }
    }

    /// Take the line as (part of) the current appendix's title; false when it is something else.
    fn take_appendix_title(&mut self, l: &Line) -> bool {
        let Some(a) = self.reg.appendices.last_mut() else {
            return false;
        };
        let text = l.text.trim_matches('*').trim();
        if a.title.is_empty()
            && !text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            // The header itself wraps («… государственной услуги» / «"Выдача справки …"»).
            return !l.is_row();
        }
        // A title may go on with the quoted service name and «через …» on the next lines.
        let continues = text.starts_with(['"', '«', '“'])
            || text.starts_with("через")
            || text.chars().next().is_some_and(char::is_lowercase);
        let complete = a.is_diagram && a.channel.is_some();
        if l.is_row()
            || (!a.title.is_empty() && (complete || !continues || self.appendix_title_lines >= 3))
        {
            return false;
        }
        if !a.title.is_empty() {
            a.title.push(' ');
        }
        a.title.push_str(text);
        self.appendix_title_lines += 1;
        if lexicon::is_diagram_title(&a.title) {
            a.is_diagram = true;
        }
        if let Some(end) = lexicon::spravochnik_title_end(&a.title) {
            // Box fragments of the lost diagram were joined onto the title's line.
            a.title.truncate(end);
        }
        a.channel = appendix_channel(&a.title);
        true
    }
}

/// A line inside a list that opens a part of it.
enum SubHeading {
    /// «При обращении через Государственную корпорацию:», «ХҚКО арқылы жүгінген кезде:»: the
    /// steps of one channel, whatever the word order.
    Channel(Channel),
    /// «при выдаче разрешения:»: one case of the service, kept as printed.
    Scenario(String),
}

/// What an unlabelled line ending in a colon opens inside a list, if anything.
fn sub_heading(text: &str) -> Option<SubHeading> {
    if !text.ends_with(':') {
        return None;
    }
    // A sub-heading is a phrase, not a paragraph that happens to end in a colon.
    const MAX_SUB_HEADING: usize = 240;
    if text.len() <= MAX_SUB_HEADING
        && lexicon::is_channel_subheading(text)
        && let Some(c) = lexicon::channel_in(text)
    {
        return Some(SubHeading::Channel(c));
    }
    // A list's own heading («Описание порядка обращения …:») is no case of the list before it.
    (lexicon::is_scenario(text) && lexicon::list_kind(text).is_none())
        .then(|| SubHeading::Scenario(text.trim_end_matches(':').trim().to_string()))
}

/// The channel a справочник title is for: named after «через» (ru) or before «арқылы» (kk).
fn appendix_channel(title: &str) -> Option<Channel> {
    if let Some(i) = title.rfind("через ") {
        return lexicon::channel_in(&title[i..]);
    }
    if let Some(i) = title.find("арқылы") {
        return lexicon::channel_in(&title[..i]);
    }
    None
}

/// Split the document's lines into regulations.
pub fn regulations(lines: &[Line]) -> Vec<Reglament> {
    let titles = titles::find(lines);
    let mut out = Vec::new();
    let mut items = item::Memo::default();
    for (k, t) in titles.iter().enumerate() {
        let end = titles.get(k + 1).map_or(lines.len(), |n| n.index);
        let mut b = Builder {
            reg: Reglament {
                title: t.name.clone(),
                heading: t.heading.clone(),
                language: t.language,
                line: lines[t.index].line,
                electronic: t.electronic,
                channels: Vec::new(),
                participants: Vec::new(),
                appendices: Vec::new(),
                lists: Vec::new(),
                appendix_refs: Vec::new(),
                end_line: lines[end - 1].line,
                annex: super::decree::annex_header_before(lines, t.index),
                service: None,
            },
            mode: Mode::None,
            in_appendices: false,
            first_paragraph: None,
            appendix_title_lines: 0,
            lines,
            items: &mut items,
        };
        for (idx, line) in lines.iter().enumerate().take(end).skip(t.body) {
            if !b.in_appendices {
                for r in lexicon::appendix_refs(&line.text) {
                    b.reg.appendix_refs.push(AppendixRef {
                        number: r.number,
                        last: r.last,
                        text: line.text[r.span.clone()].to_string(),
                        line: line.located().line_at(r.span.start),
                    });
                }
            }
            b.line(idx);
        }
        b.close();
        if b.reg.channels.is_empty()
            && let Some((line, text)) = &b.first_paragraph
        {
            b.reg.channels = lexicon::channels_mentioned(text)
                .into_iter()
                .map(|channel| ChannelRef {
                    channel,
                    text: text.clone(),
                    line: *line,
                })
                .collect();
        }
        let mut reg = b.reg;
        link_results(&mut reg);
        reg.participants = reg
            .lists
            .iter()
            .filter(|l| l.kind == ListKind::Participants)
            .flat_map(|l| l.items.iter())
            .map(super::roles::listed)
            .collect();
        super::roles::assign(&mut reg);
        // Twins are judged on actors already mapped to the participants they name.
        twins::link(&mut reg);
        out.push(reg);
    }
    out
}

/// Give each step the result of the same position in its channel's results list.
fn link_results(reg: &mut Reglament) {
    let results: Vec<(Channel, Vec<String>)> = reg
        .lists
        .iter()
        .filter(|l| l.kind == ListKind::Results)
        .map(|l| {
            (
                l.channel,
                l.items
                    .iter()
                    .map(|i| i.action.trim_end_matches([';', '.']).to_string())
                    .collect(),
            )
        })
        .collect();
    for (channel, texts) in results {
        if let Some(list) = reg
            .lists
            .iter_mut()
            .filter(|l| l.channel == channel)
            .find(|l| matches!(l.kind, ListKind::Steps | ListKind::Process))
        {
            for (it, r) in list
                .items
                .iter_mut()
                .filter(|i| i.kind == ItemKind::Step || i.kind == ItemKind::Process)
                .zip(texts)
            {
                it.result = Some(r);
            }
        }
    }
}

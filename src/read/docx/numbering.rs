//! Word's automatic numbering: the labels («1)», «а)», «2.1.») a reader sees in front of a
//! numbered paragraph are not in its text; they are made from `word/numbering.xml`.
//!
//! A paragraph names a numbering instance (`w:numId`) and a level (`w:ilvl`). The instance
//! points at an abstract definition whose levels say where counting starts (`w:start`), how a
//! number is written (`w:numFmt`), the label's pattern (`w:lvlText`, «%1)» standing for the
//! level-1 counter) and when a level starts again (`w:lvlRestart`). Instances of one abstract
//! definition count on together unless an instance overrides a level's start.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};

/// How many levels a list has.
const LEVELS: usize = 9;

/// One level of a list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Level {
    pub start: u32,
    /// `w:numFmt` value: `decimal`, `lowerLetter`, `russianLower`, `bullet`, …
    pub format: String,
    /// `w:lvlText`, with `%1`…`%9` standing for the counters.
    pub text: String,
    /// `w:lvlRestart`: restart after this (1-based) level is used; 0 never; `None` after any
    /// higher level.
    pub restart: Option<u32>,
    /// `w:isLgl`: every counter in the label written in decimal.
    pub legal: bool,
    /// What follows the label: `tab` (the default), `space` or `nothing`.
    pub suffix: String,
}

#[derive(Debug, Clone, Default)]
struct Instance {
    abstract_id: u32,
    /// Per level: the start it overrides, and a whole level it replaces.
    starts: HashMap<u32, u32>,
    levels: HashMap<u32, Level>,
}

/// The numbering definitions of a document and the counters of its lists so far.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<u32, Vec<Level>>,
    instances: HashMap<u32, Instance>,
    /// Counters per list: an abstract definition (`false`) or an instance that restarts it (`true`).
    counters: HashMap<(u32, bool), [Option<u32>; LEVELS]>,
}

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn val(e: &BytesStart) -> Option<String> {
    attr(e, b"w:val")
}

fn num(e: &BytesStart, name: &[u8]) -> Option<u32> {
    attr(e, name).and_then(|v| v.trim().parse().ok())
}

impl Numbering {
    /// Reads `word/numbering.xml`.
    pub fn parse(xml: &str) -> Result<Self, String> {
        let mut n = Numbering::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        // The abstract definition or instance being read, and its level being read.
        let mut abstract_id: Option<u32> = None;
        let mut instance: Option<(u32, Instance)> = None;
        let mut level: Option<(u32, Level)> = None;
        let mut override_level: Option<u32> = None;
        loop {
            let ev = reader
                .read_event()
                .map_err(|e| format!("word/numbering.xml: {e}"))?;
            match ev {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let empty = matches!(ev, Event::Empty(_));
                    match e.name().as_ref() {
                        b"w:abstractNum" if !empty => {
                            abstract_id = num(e, b"w:abstractNumId");
                        }
                        b"w:num" if !empty => {
                            instance = num(e, b"w:numId").map(|id| (id, Instance::default()));
                        }
                        b"w:abstractNumId" => {
                            if let (Some((_, inst)), Some(v)) =
                                (instance.as_mut(), val(e).and_then(|v| v.parse().ok()))
                            {
                                inst.abstract_id = v;
                            }
                        }
                        b"w:lvlOverride" if !empty => override_level = num(e, b"w:ilvl"),
                        b"w:startOverride" => {
                            if let (Some((_, inst)), Some(l), Some(v)) = (
                                instance.as_mut(),
                                override_level,
                                val(e).and_then(|v| v.parse().ok()),
                            ) {
                                inst.starts.insert(l, v);
                            }
                        }
                        b"w:lvl" if !empty => {
                            level = num(e, b"w:ilvl").map(|l| {
                                (
                                    l,
                                    Level {
                                        format: "decimal".into(),
                                        suffix: "tab".into(),
                                        ..Level::default()
                                    },
                                )
                            });
                        }
                        name => {
                            if let Some((_, lvl)) = level.as_mut() {
                                let v = val(e);
                                match name {
                                    b"w:start" => {
                                        lvl.start = v.and_then(|v| v.parse().ok()).unwrap_or(0)
                                    }
                                    b"w:numFmt" => lvl.format = v.unwrap_or_default(),
                                    b"w:lvlText" => lvl.text = v.unwrap_or_default(),
                                    b"w:lvlRestart" => lvl.restart = v.and_then(|v| v.parse().ok()),
                                    b"w:isLgl" => lvl.legal = v.is_none_or(|v| on(&v)),
                                    b"w:suff" => lvl.suffix = v.unwrap_or_default(),
                                    _ => {}
                                }
                            }
                        }
                    }
                }
                Event::End(ref e) => match e.name().as_ref() {
                    b"w:lvl" => {
                        if let Some((l, lvl)) = level.take() {
                            if let Some((_, inst)) = instance.as_mut() {
                                inst.levels.insert(l, lvl);
                            } else if let Some(a) = abstract_id
                                && (l as usize) < LEVELS
                            {
                                let levels = n.abstracts.entry(a).or_default();
                                if levels.len() <= l as usize {
                                    levels.resize(l as usize + 1, Level::default());
                                }
                                levels[l as usize] = lvl;
                            }
                        }
                    }
                    b"w:abstractNum" => abstract_id = None,
                    b"w:num" => {
                        if let Some((id, inst)) = instance.take() {
                            n.instances.insert(id, inst);
                        }
                    }
                    b"w:lvlOverride" => override_level = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(n)
    }

    /// The label of the next paragraph of list `num_id` at level `ilvl`, with the character
    /// that follows it; counting advances. `None` when the list is unknown or has no label.
    pub fn next_label(&mut self, num_id: u32, ilvl: u32) -> Option<String> {
        let inst = self.instances.get(&num_id)?;
        let levels = self.abstracts.get(&inst.abstract_id)?;
        let ilvl = (ilvl as usize).min(LEVELS - 1);
        let level_of = |l: usize| -> Option<Level> {
            inst.levels
                .get(&(l as u32))
                .or_else(|| levels.get(l))
                .cloned()
        };
        let start_of = |l: usize| -> u32 {
            inst.starts
                .get(&(l as u32))
                .copied()
                .or_else(|| level_of(l).map(|x| x.start))
                .unwrap_or(0)
        };
        let level = level_of(ilvl)?;
        let own = !inst.starts.is_empty() || !inst.levels.is_empty();
        let key = if own {
            (num_id, true)
        } else {
            (inst.abstract_id, false)
        };
        let counters = self.counters.entry(key).or_insert([None; LEVELS]);
        counters[ilvl] = Some(match counters[ilvl] {
            None => start_of(ilvl),
            Some(v) => v.saturating_add(1),
        });
        for (d, counter) in counters.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = level_of(d).and_then(|x| x.restart);
            let resets = match restart {
                None => true,
                Some(0) => false,
                Some(after) => ilvl < after as usize,
            };
            if resets {
                *counter = None;
            }
        }
        let counters = *counters;
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(k @ 1..=9)) => {
                    chars.next();
                    let l = k as usize - 1;
                    let value = counters[l].unwrap_or_else(|| start_of(l));
                    let format = if level.legal && l != ilvl {
                        "decimal".to_string()
                    } else {
                        level_of(l).map_or_else(|| "decimal".to_string(), |x| x.format)
                    };
                    label.push_str(&format_number(value, &format));
                }
                _ => label.push(c),
            }
        }
        if level.format == "bullet" {
            label = bullet(&label);
        }
        if label.is_empty() || level.format == "none" && label.trim().is_empty() {
            return None;
        }
        match level.suffix.as_str() {
            "nothing" => {}
            _ => label.push(' '),
        }
        Some(label)
    }
}

/// `w:val` of an on/off property: absent or `true`/`1`/`on` is on.
pub fn on(v: &str) -> bool {
    !matches!(v, "0" | "false" | "off")
}

/// A bullet's symbol: Symbol and Wingdings fonts put theirs in the private use area, which
/// reads as nothing; the text gets the bullet it shows.
fn bullet(label: &str) -> String {
    if label
        .chars()
        .all(|c| ('\u{E000}'..='\u{F8FF}').contains(&c) || c == '·')
    {
        "•".to_string()
    } else {
        label.to_string()
    }
}

/// Letters of Word's `russianLower`: the alphabet without ё, й, ъ, ы, ь.
const RUSSIAN: [char; 28] = [
    'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у',
    'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
];

/// `n` written as Word writes it in format `format`.
pub fn format_number(n: u32, format: &str) -> String {
    let letters = |alphabet: &[char], upper: bool| -> String {
        if n == 0 {
            return "0".to_string();
        }
        // Word repeats the letter past the alphabet: z, aa, bb, …
        let len = alphabet.len() as u32;
        let letter = alphabet[((n - 1) % len) as usize];
        let times = ((n - 1) / len + 1) as usize;
        let s: String = std::iter::repeat_n(letter, times).collect();
        if upper { s.to_uppercase() } else { s }
    };
    let latin: Vec<char> = ('a'..='z').collect();
    match format {
        "lowerLetter" => letters(&latin, false),
        "upperLetter" => letters(&latin, true),
        "russianLower" => letters(&RUSSIAN, false),
        "russianUpper" => letters(&RUSSIAN, true),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        "none" | "bullet" => String::new(),
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbering(body: &str) -> Numbering {
        Numbering::parse(&format!(
            r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{body}</w:numbering>"#
        ))
        .unwrap()
    }

    const TWO_LEVELS: &str = r#"
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/><w:suff w:val="space"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%2)"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%1.%2."/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>"#;

    #[test]
    fn items_of_a_russian_list_are_numbered_with_their_sub_items() {
        let mut n = numbering(TWO_LEVELS);
        let labels: Vec<String> = [(1, 0), (1, 0), (1, 1), (1, 1), (1, 0), (1, 1)]
            .into_iter()
            .map(|(id, l)| n.next_label(id, l).unwrap())
            .collect();
        // «1) заявление; 2) документы: а) удостоверение; б) справка; 3) … а) …»
        assert_eq!(labels, ["1) ", "2) ", "а) ", "б) ", "3) ", "а) "]);
    }

    #[test]
    fn instances_of_one_definition_count_on_unless_they_restart() {
        let mut n = numbering(TWO_LEVELS);
        assert_eq!(n.next_label(1, 0).as_deref(), Some("1) "));
        // A second instance without an override continues the same list (Kazakh «2)»).
        assert_eq!(n.next_label(2, 0).as_deref(), Some("2) "));
        // An instance with a start override begins again at its start.
        assert_eq!(n.next_label(3, 0).as_deref(), Some("5) "));
        assert_eq!(n.next_label(3, 0).as_deref(), Some("6) "));
        assert_eq!(n.next_label(1, 0).as_deref(), Some("3) "));
        assert_eq!(n.next_label(9, 0), None);
    }

    #[test]
    fn multi_level_labels_and_restart_rules() {
        let mut n = numbering(TWO_LEVELS);
        assert_eq!(n.next_label(4, 0).as_deref(), Some("1.\u{20}"));
        assert_eq!(n.next_label(4, 1).as_deref(), Some("1.1. "));
        assert_eq!(n.next_label(4, 1).as_deref(), Some("1.2. "));
        assert_eq!(n.next_label(4, 0).as_deref(), Some("2. "));
        // lvlRestart 0: the second level never restarts.
        assert_eq!(n.next_label(4, 1).as_deref(), Some("2.3. "));
    }

    #[test]
    fn numbers_are_written_in_words_formats() {
        assert_eq!(format_number(3, "decimal"), "3");
        assert_eq!(format_number(2, "lowerLetter"), "b");
        assert_eq!(format_number(27, "lowerLetter"), "aa");
        assert_eq!(format_number(9, "russianLower"), "и");
        assert_eq!(format_number(10, "russianLower"), "к");
        assert_eq!(format_number(2, "russianUpper"), "Б");
        assert_eq!(format_number(14, "lowerRoman"), "xiv");
        assert_eq!(format_number(4, "upperRoman"), "IV");
        assert_eq!(format_number(7, "decimalZero"), "07");
    }

    #[test]
    fn bullets_read_as_bullets() {
        let mut n = numbering(
            r#"<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl></w:abstractNum>
               <w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num>"#,
        );
        assert_eq!(n.next_label(7, 0).as_deref(), Some("• "));
    }
}

//! How BPMN modelling tools of the bpmn.io family (bpmn-js, Camunda Modeler) lay out a name, so
//! the DI bounds are the ones those tools fill with text and the SVG draws the same lines.
//!
//! The tools write every name in 12 px (labels outside their shape: 11 px) with a line height
//! of 1.2 font sizes. A line is not filled greedily: the whole remainder is measured, cut to the
//! share of characters that would fit, shortened to the last space or hyphen inside that share,
//! and measured again until it is narrower than the box. That cut can leave a line well short
//! of the box, so only this procedure predicts how many lines a name takes.
//!
//! Widths come from the bundled DejaVu Sans: it is the font a browser falls back to for
//! «Arial, sans-serif» where Arial is missing, and it is wider than Arial, so a box sized with
//! it also holds the text where Arial is installed.

use crate::layout::metrics::{Stretches, text_width};

/// Font size of names drawn inside their shape (tasks, pool and lane headers), px.
pub const NAME_SIZE: f64 = 12.0;
/// Font size of names drawn outside their shape (events, gateways, flows), px.
pub const EXTERNAL_SIZE: f64 = 11.0;
/// Line height as a multiple of the font size.
pub const LINE_RATIO: f64 = 1.2;
/// Space kept between a task's border and its name on every side, px.
pub const TASK_TEXT_PADDING: f64 = 7.0;
/// Depth of the band at a pool's or lane's left edge that holds its name, written upwards, px.
pub const HEADER_BAND: f64 = 30.0;

/// Line height at `size` px.
pub fn line_height(size: f64) -> f64 {
    LINE_RATIO * size.trunc()
}

/// The lines `text` takes in a box `width` px wide at `size` px, as the tools break it (without
/// the trailing space a line cut at a space keeps).
pub fn lines(text: &str, width: f64, size: f64) -> Vec<String> {
    let limit = width.round();
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
        let paragraph = paragraph.strip_suffix('\u{AD}').unwrap_or(paragraph);
        if paragraph.contains('\u{AD}') {
            // A soft hyphen shows as «-» where a line ends on it, so the line is no longer a
            // slice of the paragraph: measured line by line.
            soft_paragraph_lines(paragraph, limit, size, &mut out);
        } else {
            paragraph_lines(paragraph, limit, size, &mut out);
        }
    }
    out
}

/// Lines of a paragraph without soft hyphens. Every line is a prefix of what is left, so widths
/// and lengths come from sums taken once, and each step looks only as far as the line can reach.
fn paragraph_lines(paragraph: &str, limit: f64, size: f64, out: &mut Vec<String>) {
    let stretches = Stretches::new(paragraph, size, false);
    // UTF-16 units before each byte offset that starts or ends a character.
    let mut before = vec![0usize; paragraph.len() + 1];
    for (i, c) in paragraph.char_indices() {
        before[i + c.len_utf8()] = before[i] + c.len_utf16();
    }
    let mut start = 0;
    let mut end = paragraph.len();
    loop {
        let mut fit_end = end;
        loop {
            let fit = &paragraph[start..fit_end];
            let w = stretches.width(start, start + fit.trim_end().len());
            if fit == " " || fit.is_empty() || w < limit || before[fit_end] - before[start] < 2 {
                break;
            }
            let share = ((before[fit_end] - before[start]) as f64 * (limit / w)).max(1.0);
            fit_end = start + shortened(fit, share);
        }
        let fit = &paragraph[start..fit_end];
        // A cut at a space keeps the space; the tools neither measure nor show it.
        out.push(fit.trim_end().to_string());
        if fit_end >= end {
            break;
        }
        let after = &paragraph[fit_end..end];
        let rest = after.trim_start_matches(is_js_space);
        start = end - rest.len();
        end = start + rest.trim_end_matches(is_js_space).len();
    }
}

/// How many bytes of `line` the tools keep when they cut it to `share` UTF-16 units: whole
/// words and separators while they stay under the share, else the share less one inside the word.
fn shortened(line: &str, share: f64) -> usize {
    let mut kept: Vec<usize> = Vec::new();
    let mut length = 0usize;
    let mut pos = 0;
    'parts: loop {
        let word_end = line[pos..]
            .char_indices()
            .find(|&(_, c)| is_break(c))
            .map_or(line.len(), |(i, _)| pos + i);
        let word = &line[pos..word_end];
        // The tools stop at an empty part: two separators in a row, or one first.
        if word.is_empty() {
            break;
        }
        let mut word_units = 0;
        for c in word.chars() {
            word_units += c.len_utf16();
            if (word_units + length) as f64 >= share {
                break 'parts;
            }
        }
        length += word_units;
        kept.push(word_end);
        let Some(sep) = line[word_end..].chars().next() else {
            break;
        };
        if (sep.len_utf16() + length) as f64 >= share {
            if sep == '-' {
                kept.pop();
            }
            break;
        }
        length += sep.len_utf16();
        pos = word_end + sep.len_utf8();
        kept.push(pos);
    }
    if let Some(&k) = kept.last() {
        return k;
    }
    let keep = ((share - 1.0).round() as usize).max(1);
    let mut taken = 0;
    let mut end = 0;
    for (i, c) in line.char_indices() {
        if taken + c.len_utf16() > keep {
            break;
        }
        taken += c.len_utf16();
        end = i + c.len_utf8();
    }
    if end == 0 {
        end = line.chars().next().map_or(0, char::len_utf8);
    }
    end
}

/// Lines of a paragraph that holds soft hyphens, each measured as the string it became.
fn soft_paragraph_lines(paragraph: &str, limit: f64, size: f64, out: &mut Vec<String>) {
    let mut rest = paragraph.to_string();
    loop {
        let original = rest.clone();
        let mut fit = original.clone();
        loop {
            let w = measured(&fit, size);
            if fit == " " || fit.is_empty() || w < limit || units(&fit) < 2 {
                break;
            }
            fit = shorten(&fit, w, limit);
        }
        let more = units(&fit) < units(&original);
        rest = if more {
            js_trim(after_units(&original, units(&fit))).to_string()
        } else {
            String::new()
        };
        out.push(fit.trim_end().to_string());
        if !more {
            break;
        }
    }
}

/// The width the tools measure: trailing white space is not counted.
fn measured(line: &str, size: f64) -> f64 {
    if line.is_empty() {
        return 0.0;
    }
    text_width(line.trim_end(), size, false)
}

/// Length in UTF-16 code units, the tools' unit of string length.
fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

/// What follows the first `n` UTF-16 units of `s` (the tools slice by units, and a soft hyphen
/// shown as «-» keeps its count but not its bytes).
fn after_units(s: &str, n: usize) -> &str {
    let mut taken = 0;
    for (i, c) in s.char_indices() {
        if taken >= n {
            return &s[i..];
        }
        taken += c.len_utf16();
    }
    ""
}

fn is_js_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

fn js_trim(s: &str) -> &str {
    s.trim_matches(is_js_space)
}

fn is_break(c: char) -> bool {
    c.is_whitespace() || c == '-' || c == '\u{AD}'
}

/// Cuts `line` (measured `width` px) to the share of characters that should fit `limit` px:
/// at a space or hyphen when one lies inside that share, else inside the word.
fn shorten(line: &str, width: f64, limit: f64) -> String {
    let share = (units(line) as f64 * (limit / width)).max(1.0);
    let semantic = semantic_shorten(line, share);
    if !semantic.is_empty() {
        return semantic;
    }
    let keep = ((share - 1.0).round() as usize).max(1);
    let mut taken = 0;
    let mut end = 0;
    for (i, c) in line.char_indices() {
        if taken + c.len_utf16() > keep {
            break;
        }
        taken += c.len_utf16();
        end = i + c.len_utf8();
    }
    if end == 0 {
        // A lone character wider than two units: keep it whole.
        end = line.chars().next().map_or(0, char::len_utf8);
    }
    line[..end].to_string()
}

/// Whole words and separators from the start of `line` while their length stays under `share`.
fn semantic_shorten(line: &str, share: f64) -> String {
    // Words and the single separators between them, in order; the tools stop at the first
    // empty part (two separators in a row, or a separator first).
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, c) in line.char_indices() {
        if is_break(c) {
            parts.push(&line[start..i]);
            parts.push(&line[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&line[start..]);
    if parts.len() <= 1 {
        return String::new();
    }
    let mut kept: Vec<&str> = Vec::new();
    let mut length = 0usize;
    for part in parts {
        if part.is_empty() {
            break;
        }
        if (units(part) + length) as f64 >= share {
            if part == "-" || part == "\u{AD}" {
                kept.pop();
            }
            break;
        }
        kept.push(part);
        length += units(part);
    }
    if kept.last() == Some(&"\u{AD}") {
        *kept.last_mut().expect("a last part") = "-";
    }
    kept.concat()
}

/// Height a task needs so its name, as the tools break it, stays inside with padding.
pub fn task_name_height(name: &str, width: f64) -> f64 {
    let n = lines(name, width - 2.0 * TASK_TEXT_PADDING, NAME_SIZE).len();
    n as f64 * line_height(NAME_SIZE) + 2.0 * TASK_TEXT_PADDING
}

/// Height of a block of `n` lines at `size` px, rounded up to a whole pixel.
pub fn block_height(n: usize, size: f64) -> f64 {
    (n as f64 * line_height(size)).ceil()
}

/// The widest of `lines` at `size` px, rounded up.
pub fn block_width(lines: &[String], size: f64) -> f64 {
    lines
        .iter()
        .map(|l| text_width(l.trim_end(), size, false).ceil())
        .fold(0.0, f64::max)
}

/// The shortest extent (lane or pool height) along which a header's name breaks into at most
/// two lines, so it stays inside the 30 px band; never less than `at_least`. A line cut at a
/// space is centred without that space but drawn with it, so each line needs two spaces' width
/// to spare.
pub fn header_extent(name: &str, at_least: f64) -> f64 {
    let space = text_width(" ", NAME_SIZE, false);
    // Two lines never hold more than twice the extent, so the search starts at half the name.
    let half = (text_width(name, NAME_SIZE, false) / 2.0).ceil();
    let mut extent = at_least.ceil().max(half);
    let fits = |extent: f64| {
        let got = lines(name, extent, NAME_SIZE);
        got.len() <= 2
            && got
                .iter()
                .all(|l| text_width(l, NAME_SIZE, false) + 2.0 * space + 1.0 <= extent)
    };
    // Every step lengthens the line by 8 px; the name's whole width always fits on one line.
    let whole = text_width(name, NAME_SIZE, false).ceil() + 2.0 * space + 2.0;
    while extent < whole && !fits(extent) {
        extent += 8.0;
    }
    extent
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_line() {
        assert_eq!(lines("нет", 90.0, EXTERNAL_SIZE), vec!["нет".to_string()]);
        assert_eq!(lines("", 90.0, EXTERNAL_SIZE), vec![String::new()]);
    }

    #[test]
    fn lines_break_at_spaces_and_stay_narrower_than_the_box() {
        for text in [
            "ответственный исполнитель услугодателя принимает документы и выдает расписку о приеме",
            "көрсетілетін қызметті берушінің жауапты орындаушысы құжаттарды қабылдайды және тіркейді",
        ] {
            let got = lines(text, 186.0, NAME_SIZE);
            assert!(got.len() >= 2, "{got:?}");
            for l in &got {
                assert!(text_width(l, NAME_SIZE, false) < 186.0, "{l}");
            }
            assert_eq!(got.join(" "), text);
        }
    }

    #[test]
    fn the_share_cut_can_leave_a_line_short() {
        // The first cut takes the share of characters that fits by average width; a greedy fill
        // would put more on the first line.
        let text = "ш ш ш ш ш ш ш ш ш ш iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii";
        let got = lines(text, 120.0, NAME_SIZE);
        let greedy = crate::layout::metrics::wrap(text, 120.0, NAME_SIZE, false);
        assert!(got.len() >= greedy.len(), "{got:?} {greedy:?}");
        assert!(got.iter().all(|l| text_width(l, NAME_SIZE, false) < 120.0));
    }

    #[test]
    fn hyphens_are_break_points_and_long_words_are_cut() {
        let got = lines("бизнес-процестерінің анықтамалығы", 80.0, NAME_SIZE);
        assert_eq!(got[0], "бизнес-");
        let word = "электрондықмемлекеттікқызметтердіңрегламенттері";
        let got = lines(word, 90.0, EXTERNAL_SIZE);
        assert!(got.len() > 2);
        assert_eq!(got.concat(), word);
    }

    #[test]
    fn sliced_and_measured_lines_agree() {
        let texts = [
            "ответственный исполнитель услугодателя принимает документы и выдает расписку о приеме",
            "1 шарт – ЖСН және пароль арқылы тұтынушының тіркелуі жөнінде ЭҮП деректердің түпнұсқалығын тексеру",
            "  двойные  пробелы -- и дефисы - подряд,бизнес-идентификационного номера ",
            "электрондықмемлекеттікқызметтердіңрегламенттерінбекітутуралы",
        ];
        for text in texts {
            for width in [40.0, 90.0, 150.0, 186.0, 320.0] {
                let mut fast = Vec::new();
                paragraph_lines(text, width, EXTERNAL_SIZE, &mut fast);
                let mut slow = Vec::new();
                soft_paragraph_lines(text, width, EXTERNAL_SIZE, &mut slow);
                assert_eq!(fast, slow, "{text} at {width}");
            }
        }
    }

    #[test]
    fn a_soft_hyphen_breaks_as_a_hyphen() {
        let got = lines("государствен\u{AD}ной корпорации", 100.0, NAME_SIZE);
        assert_eq!(got[0], "государствен-");
        assert_eq!(got[1..].join(" "), "ной корпорации");
    }

    #[test]
    fn headers_grow_until_the_name_takes_two_lines() {
        let name = "Государственная корпорация «Правительство для граждан» — услугодатель";
        let h = header_extent(name, 120.0);
        assert!(lines(name, h, NAME_SIZE).len() <= 2);
        assert!(h > 120.0);
        assert_eq!(header_extent("Портал", 120.0), 120.0);
    }
}

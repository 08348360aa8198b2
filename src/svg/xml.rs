//! A thin element writer over quick-xml: every text and attribute value goes through
//! quick-xml's escaping, so no caller ever escapes by hand.

use quick_xml::Writer;
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};

/// Accumulates one SVG document; elements are separated by newlines and nothing else.
pub(crate) struct Xml {
    w: Writer<Vec<u8>>,
}

impl Xml {
    pub(crate) fn new() -> Self {
        // Indent of zero characters: a newline between elements keeps diffs readable
        // without the bloat of pretty-printing.
        Xml {
            w: Writer::new_with_indent(Vec::new(), b' ', 0),
        }
    }

    fn start(name: &str, attrs: &[(&str, &str)]) -> BytesStart<'static> {
        let mut el = BytesStart::new(name.to_owned());
        for (k, v) in attrs {
            el.push_attribute((*k, clean(v).as_str()));
        }
        el
    }

    fn emit(&mut self, ev: Event<'_>) {
        // Writing into a Vec<u8> cannot fail.
        self.w
            .write_event(ev)
            .expect("writing XML into memory cannot fail");
    }

    /// Opens `<name attrs…>`.
    pub(crate) fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.emit(Event::Start(Self::start(name, attrs)));
    }

    /// Closes `</name>`.
    pub(crate) fn close(&mut self, name: &str) {
        self.emit(Event::End(BytesEnd::new(name.to_owned())));
    }

    /// Writes `<name attrs…/>`.
    pub(crate) fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.emit(Event::Empty(Self::start(name, attrs)));
    }

    /// Writes `<name attrs…>text</name>` with the text escaped.
    pub(crate) fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.open(name, attrs);
        let t = clean(text);
        if !t.is_empty() {
            // Text content needs only `<`, `>` and `&` escaped; quotes stay as they are printed.
            self.emit(Event::Text(BytesText::from_escaped(partial_escape(&t))));
        }
        self.close(name);
    }

    /// The finished document.
    pub(crate) fn finish(self) -> String {
        let mut s = String::from_utf8(self.w.into_inner()).expect("quick-xml writes UTF-8");
        s.push('\n');
        s
    }
}

/// Drops characters XML 1.0 cannot carry at all (C0 controls other than tab and newlines,
/// U+FFFE, U+FFFF), so a stray control byte in a
/// regulation can never make the SVG unparsable. This removes; escaping is quick-xml's job.
pub(crate) fn clean(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
        })
        .collect()
}

/// Formats a coordinate compactly and deterministically: two decimals at most, no trailing zeros.
pub(crate) fn num(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r == 0.0 || !r.is_finite() {
        return "0".to_owned();
    }
    let s = format!("{r:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_compact() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(12.3456), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f64::NAN), "0");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(clean("a\u{1}b\u{0}c\td"), "abc\td");
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut x = Xml::new();
        x.open("g", &[("id", "a\"b<")]);
        x.leaf("text", &[], "<&>]]>");
        x.close("g");
        let s = x.finish();
        assert!(s.contains("&lt;&amp;&gt;]]&gt;"), "{s}");
        assert!(s.contains("a&quot;b&lt;"), "{s}");
    }
}

//! What the BPMN and SVG writers share about writing XML with quick-xml.

/// A buffer holding `name`, with room for the attributes as written (`k="v"` and a space each,
/// a little more for escapes): each attribute pushed onto a tag otherwise grows it anew.
pub(crate) fn tag_buffer(name: &str, attrs: &[(&str, &str)]) -> String {
    let room: usize = attrs
        .iter()
        .map(|(k, v)| k.len() + v.len() + v.len() / 8 + 4)
        .sum();
    let mut buf = String::with_capacity(name.len() + room);
    buf.push_str(name);
    buf
}

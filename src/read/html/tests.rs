use super::*;

fn read_page(page: &str) -> (String, Vec<String>) {
    let (lines, _) = read(page.as_bytes(), None).unwrap();
    let x = lines.finish(crate::read::Format::Html, "utf-8");
    (
        x.text,
        x.source.places.iter().map(|p| p.to_string()).collect(),
    )
}

const CHROME_HEAD: &str = "<html><head><title>ИПС</title><script>var x = '<p>no</p>';</script></head><body>\
    <header><a href='/'>Әділет</a><form><input></form></header>\
    <nav><ul><li><a href='/a'>Документы</a></li><li><a href='/b'>Кодексы</a></li></ul></nav>\
    <div class='wrap'><aside><h3>Связанные документы</h3><ul><li><a href='/c'>О государственных услугах</a></li></ul></aside>";
const CHROME_TAIL: &str = "</div><footer><p>© Институт законодательства</p></footer></body></html>";

#[test]
fn only_the_main_content_is_read() {
    let page = format!(
        "{CHROME_HEAD}<main><div class='tabs'><a href='#t'>Текст</a> | <a href='#i'>Информация</a></div>\
         <p>Регламент государственной услуги</p><p>1. Общие положения</p></main>{CHROME_TAIL}"
    );
    let (text, places) = read_page(&page);
    assert_eq!(
        text,
        "Регламент государственной услуги\n\n1. Общие положения"
    );
    assert_eq!(places, ["paragraph 1", "paragraph 1", "paragraph 2"]);
}

#[test]
fn without_landmarks_the_element_with_most_paragraphs_wins() {
    let page = format!(
        "{CHROME_HEAD}<div id='x'><p>«Жұмыссыз азаматтарды тіркеу» мемлекеттік көрсетілетін қызмет регламенті</p>\
         <p>1. Жалпы ережелер</p><p>1. Мемлекеттік көрсетілетін қызметті аудандардың жұмыспен қамту орталықтары көрсетеді.</p></div>{CHROME_TAIL}"
    );
    let (text, _) = read_page(&page);
    assert!(text.starts_with("«Жұмыссыз азаматтарды тіркеу»"), "{text}");
    assert!(text.ends_with("қамту орталықтары көрсетеді."), "{text}");
    assert!(!text.contains("Әділет") && !text.contains("Институт") && !text.contains("Связанные"));
}

#[test]
fn breaks_entities_nbsp_and_markup() {
    let page = "<article><h2>Глава&nbsp;2</h2><p>&nbsp;&nbsp;&nbsp;1) прием\n   документов;<br>\n2) выдача &laquo;результата&raquo;;</p>\
        <p>акимат <strong>ПОСТАНОВЛЯЕТ:</strong><b> </b></p><ol start='3'><li>үшінші</li><li>төртінші</li></ol></article>";
    let (text, places) = read_page(page);
    assert_eq!(
        text,
        "## Глава 2\n\n   1) прием документов;\n2) выдача «результата»;\n\nакимат **ПОСТАНОВЛЯЕТ:**\n\n3. үшінші\n4. төртінші"
    );
    assert_eq!(places[2], "paragraph 2");
    assert_eq!(places[3], "paragraph 2");
    assert_eq!(places[8], "paragraph 5");
}

#[test]
fn tables_are_rows_of_cells() {
    let page = "<main><p>Кесте</p><table><tr><th>1.</th><td>Әрекет <b>№</b></td><td>1</td></tr>\
        <tr><td>2.</td><td>ҚФБ<br>атауы</td><td></td></tr></table><p>Конец</p></main>";
    let (text, places) = read_page(page);
    assert_eq!(
        text,
        "Кесте\n\n1.\tӘрекет **№**\t1\n2.\tҚФБ атауы\t\n\nКонец"
    );
    assert_eq!(places[2], "table 1, row 1");
    assert_eq!(places[3], "table 1, row 2");
    assert_eq!(places[5], "paragraph 2");
}

//! Corpus test of the decree layer over reglaments/: the annexes each act's operative text cites,
//! the annex header each regulation stands under, and the regulations' references to their own
//! appendices that carry no number or a range.
//!
//! Every expected value was read in the text (1-based lines of the file), never copied from the
//! parser's output.
//!
//! # What the decree and the annexes say against each other
//!
//! 000 (Жамбыл, № 107): the decree cites annexes 1–11 (lines 19–41), each for a named service.
//!   Annex 4 (line 27) stands under «Приложение к постановлению» with no number (line 645);
//!   annexes 5, 7, 8, 9, 10 have no header at all (titles at lines 859, 1196, 1400, 1636, 1806);
//!   annex 5 is cited for «… детей инвалидов» (line 29), its title reads «детей-инвалидов».
//! 001 (Алматы, № 2/154): the decree cites annexes 1–12 (lines 37–106) and, inside the quoted
//!   new wording of the amended act's list (lines 27–33), that act's annexes 4 and 5. Only
//!   annexes 1, 2 and 9 stand under this act's own header (lines 122, 363, 1641), each followed
//!   by the header of the amended act № 3/539 (lines 129, 373, 1654); the others print only the
//!   amended act's header («Приложение 6 … № 3/539» at line 877 for annex 3, …), and annex 6's
//!   header lost its «Приложение» words (line 1163 «к постановлению акимата …»). Annex 4 (line 68)
//!   names no service.
//! 002 (Солтүстік Қазақстан, № 149): the file is annex 3 alone (header lines 1–3), no decree text.
//! 003 (Ақтөбе, № 133): the decree approves three attached regulations without annex numbers
//!   (lines 16, 17, 19); the regulations print approval stamps (lines 31, 526–536), no annex header.

use std::path::Path;
use std::sync::OnceLock;

use reglament::model::{AnnexHeader, Document, Reglament};

const FILES: [&str; 4] = [
    "reglaments/000_6f385fbdd640c006.txt",
    "reglaments/001_17a9bf27c86efb5e.txt",
    "reglaments/002_2973bc44dfc7985a.txt",
    "reglaments/003_1c2847d2c07c60cf.txt",
];

fn doc(k: usize) -> &'static Document {
    static DOCS: [OnceLock<Document>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    DOCS[k].get_or_init(|| reglament::parse_file(Path::new(FILES[k]), None).unwrap())
}

fn reg_at(d: &'static Document, line: u32) -> &'static Reglament {
    d.reglaments
        .iter()
        .find(|r| r.line == line)
        .unwrap_or_else(|| panic!("{}: no regulation at line {line}", d.file))
}

/// (number, title, line, quoted) of every cite.
fn cites(d: &Document) -> Vec<(Option<u32>, Option<&str>, u32, bool)> {
    d.decree
        .annexes
        .iter()
        .map(|a| (a.number, a.title.as_deref(), a.line, a.quoted))
        .collect()
}

/// A header as (number, line, act).
type Header<'a> = (Option<u32>, u32, Option<&'a str>);

/// (regulation line, header) for each regulation.
fn headers(d: &Document) -> Vec<(u32, Option<Header<'_>>)> {
    d.reglaments
        .iter()
        .map(|r| {
            (
                r.line,
                r.annex
                    .as_ref()
                    .map(|h| (h.number, h.line, h.act.as_deref())),
            )
        })
        .collect()
}

fn also(h: &AnnexHeader) -> Vec<Header<'_>> {
    h.also
        .iter()
        .map(|a| (a.number, a.line, a.act.as_deref()))
        .collect()
}

#[test]
fn file_000_decree_cites_eleven_annexes() {
    let d = doc(0);
    assert_eq!(d.decree.act.as_deref(), Some("107"), "line 7");
    let want = vec![
        (
            Some(1),
            Some("Назначение государственной адресной социальной помощи"),
            19,
            false,
        ),
        (
            Some(2),
            Some("Назначение государственного пособия на детей до восемнадцати лет"),
            21,
            false,
        ),
        (
            Some(3),
            Some(
                "Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям адресной социальной помощи",
            ),
            23,
            false,
        ),
        // The item starts at line 25; «согласно приложению 4» stands on line 27.
        (
            Some(4),
            Some(
                "Назначение социальной помощи специалистам социальной сферы, проживающим и работающим в сельских населенных пунктах, по приобретению топлива",
            ),
            27,
            false,
        ),
        (
            Some(5),
            Some("Возмещение затрат на обучение на дому детей инвалидов"),
            29,
            false,
        ),
        (
            Some(6),
            Some(
                "Регистрация граждан, пострадавших вследствие ядерных испытаний на Семипалатинском испытательном ядерном полигоне, выплата единовременной государственной денежной компенсации, выдача удостоверений",
            ),
            31,
            false,
        ),
        (
            Some(7),
            Some("Регистрация и постановка на учет безработных граждан"),
            33,
            false,
        ),
        (
            Some(8),
            Some("Выдача справок безработным гражданам"),
            35,
            false,
        ),
        (
            Some(9),
            Some("Выдача направлений лицам на участие в активных формах содействия занятости"),
            37,
            false,
        ),
        (Some(10), Some("Присвоение статуса оралмана"), 39, false),
        (
            Some(11),
            Some(
                "Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов",
            ),
            41,
            false,
        ),
    ];
    assert_eq!(cites(d), want);
}

#[test]
fn file_000_annex_headers() {
    let d = doc(0);
    let want = vec![
        (68, Some((Some(1), 61, Some("107")))),
        (265, Some((Some(2), 258, Some("107")))),
        (463, Some((Some(3), 460, Some("107")))),
        // «Приложение к постановлению» (line 645): no number, though the decree cites annex 4.
        (652, Some((None, 645, Some("107")))),
        (859, None),
        (1047, Some((Some(6), 1040, Some("107")))),
        (1196, None),
        (1400, None),
        (1636, None),
        (1806, None),
        (1958, Some((Some(11), 1955, Some("107")))),
    ];
    assert_eq!(headers(d), want);
    // Joined over lines 61–63; the stamp «Утвержден постановлением …» (lines 64–66) is not part of it.
    assert_eq!(
        reg_at(d, 68).annex.as_ref().unwrap().text,
        "Приложение 1 к постановлению акимата Жамбылской области от \"31\" марта 2016 года № 107"
    );
    assert_eq!(
        reg_at(d, 652).annex.as_ref().unwrap().text,
        "Приложение к постановлению акимата Жамбылской области от \"31\" марта 2016 года № 107"
    );
    // Printed on one line with its stamp (lines 460–461).
    assert_eq!(
        reg_at(d, 463).annex.as_ref().unwrap().text,
        "Приложение 3 к постановлению акимата Жамбылской области от \"31\" марта 2016 года № 107"
    );
}

#[test]
fn file_001_decree_cites_twelve_annexes_and_two_quoted() {
    let d = doc(1);
    assert_eq!(d.decree.act.as_deref(), Some("2/154"), "line 6");
    let want = vec![
        // The new wording of the amended act's list (lines 26–33) cites that act's annexes.
        (
            Some(4),
            Some("Выдача направлений лицам на участие в активных мерах содействия занятости"),
            28,
            true,
        ),
        (
            Some(5),
            Some(
                "Выдача и продление разрешения на привлечение иностранной рабочей силы работодателям для осуществления трудовой деятельности на территории соответствующей административно-территориальной единицы, или в рамках внутрикорпоративного перевода",
            ),
            33,
            true,
        ),
        // «приложению 1» was displaced to the end of line 37 by the export.
        (
            Some(1),
            Some("Возмещение затрат на обучение на дому детей инвалидов"),
            37,
            false,
        ),
        (
            Some(2),
            Some(
                "Выдача и продление разрешения иностранному работнику на трудоустройство и работодателям на привлечение иностранной рабочей силы для осуществления трудовой деятельности на территории соответствующей административно-территориальной единицы",
            ),
            47,
            false,
        ),
        (
            Some(3),
            Some("Назначение государственной адресной социальной помощи"),
            50,
            false,
        ),
        // «приложение к указанному регламенту … согласно приложению 4» (lines 67–68) names no service.
        (Some(4), None, 68, false),
        (
            Some(5),
            Some(
                "Оформление документов на инвалидов для предоставления им протезно-ортопедической помощи",
            ),
            71,
            false,
        ),
        (
            Some(6),
            Some(
                "Обеспечение инвалидов сурдо-тифлотехническими и обязательными гигиеническими средствами",
            ),
            77,
            false,
        ),
        (
            Some(7),
            Some(
                "Оформление документов на инвалидов для предоставления им услуги индивидуального помощника для инвалидов первой группы, имеющих затруднение в передвижении, и специалиста жестового языка для инвалидов по слуху",
            ),
            85,
            false,
        ),
        (
            Some(8),
            Some("Предоставление инвалидам кресла-колясок"),
            89,
            false,
        ),
        (
            Some(9),
            Some("Обеспечение инвалидов санаторно-курортным лечением"),
            92,
            false,
        ),
        // «согласно приложению» (line 96) with its «10» displaced to the end of line 98.
        (
            Some(10),
            Some(
                "Оформление документов на оказание специальных социальных услуг в условиях ухода на дому",
            ),
            96,
            false,
        ),
        (
            Some(11),
            Some(
                "Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)",
            ),
            102,
            false,
        ),
        (
            Some(12),
            Some(
                "Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям адресной социальной помощи",
            ),
            106,
            false,
        ),
    ];
    assert_eq!(cites(d), want);
}

#[test]
fn file_001_annex_headers_of_two_acts() {
    let d = doc(1);
    let want = vec![
        (141, Some((Some(1), 122, Some("2/154")))),
        (382, Some((Some(2), 363, Some("2/154")))),
        (886, Some((Some(6), 877, Some("3/539")))),
        (1017, Some((Some(9), 1006, Some("3/539")))),
        // Line 1163 «к постановлению акимата …» lost its «Приложение» words.
        (1170, None),
        (1328, Some((Some(11), 1314, Some("3/539")))),
        (1485, Some((Some(12), 1476, Some("3/539")))),
        (1663, Some((Some(9), 1641, Some("2/154")))),
        (1813, Some((Some(14), 1804, Some("3/539")))),
        (2132, Some((Some(15), 2123, Some("3/539")))),
        (2462, Some((Some(16), 2453, Some("3/539")))),
    ];
    assert_eq!(headers(d), want);
    // The amending act's header, then the amended act's (lines 129–139, 373, 1654).
    let h = reg_at(d, 141).annex.as_ref().unwrap();
    assert_eq!(
        h.text,
        "Приложение 1 к постановлению акимата города Алматы от 18 апреля 2018 года № 2/154"
    );
    assert_eq!(also(h), vec![(Some(2), 129, Some("3/539"))]);
    assert_eq!(
        also(reg_at(d, 382).annex.as_ref().unwrap()),
        vec![(Some(5), 373, Some("3/539"))]
    );
    assert_eq!(
        also(reg_at(d, 1663).annex.as_ref().unwrap()),
        vec![(Some(13), 1654, Some("3/539"))]
    );
    assert!(reg_at(d, 886).annex.as_ref().unwrap().also.is_empty());
}

#[test]
fn file_001_ranges_and_references_without_a_number() {
    let d = doc(1);
    // «согласно -  к настоящему регламенту.приложениям 1 6» (line 813): the export moved
    // «приложениям 1 6» to the line end and left the dash in the hole: appendices 1 to 6.
    let r = reg_at(d, 382);
    let refs: Vec<_> = r
        .appendix_refs
        .iter()
        .map(|a| (a.number, a.last, a.line))
        .collect();
    assert_eq!(refs, vec![(Some(1), Some(6), 813), (Some(7), None, 869)]);
    // «согласно приложению к настоящему регламенту» with no number.
    for (reg, lines) in [
        (886, &[1002][..]),
        (1017, &[1160]),
        (1170, &[1311]),
        (1328, &[1473]),
        (1485, &[1621]),
        (1663, &[1801]),
        (1813, &[2032, 2120]),
        (2132, &[2346, 2432]),
    ] {
        let r = reg_at(d, reg);
        let got: Vec<_> = r
            .appendix_refs
            .iter()
            .map(|a| (a.number, a.last, a.line))
            .collect();
        let want: Vec<_> = lines.iter().map(|&l| (None, None, l)).collect();
        assert_eq!(got, want, "regulation at line {reg}");
    }
    assert_eq!(
        reg_at(d, 1485).appendix_refs[0].text,
        "приложению к настоящему регламенту"
    );
}

#[test]
fn file_002_is_an_annex_alone() {
    let d = doc(2);
    assert!(d.decree.annexes.is_empty());
    assert_eq!(d.decree.act, None);
    assert_eq!(headers(d), vec![(6, Some((Some(3), 1, Some("149"))))]);
    assert_eq!(
        d.reglaments[0].annex.as_ref().unwrap().text,
        "Солтүстік Қазақстан облысы әкімдігінің 2018 жылғы 28 мамырдағы № 149 қаулысына 3-қосымша"
    );
}

#[test]
fn file_003_approves_attached_regulations_without_numbers() {
    let d = doc(3);
    assert_eq!(d.decree.act.as_deref(), Some("133"), "line 7");
    assert_eq!(
        cites(d),
        vec![
            (None, Some("Жұмыссыз азаматтарға анықтама беру"), 16, false),
            (
                None,
                Some("Мемлекеттік атаулы әлеуметтік көмек тағайындау"),
                17,
                false
            ),
            (
                None,
                Some(
                    "Үйде оқитын және тәрбиеленетін мүгедек балаларды материалдық қамтамасыз ету үшін құжаттарды ресімдеу"
                ),
                19,
                false
            ),
        ]
    );
    // Approval stamps (lines 31, 526–536) and no annex header.
    assert_eq!(headers(d), vec![(36, None), (542, None), (1066, None)]);
    // «Осы Регламенттің 4, 5-қосымшаларында» (line 194): two appendices.
    let r = reg_at(d, 36);
    let at_194: Vec<_> = r
        .appendix_refs
        .iter()
        .filter(|a| a.line == 194)
        .map(|a| (a.number, a.last))
        .collect();
    assert_eq!(at_194, vec![(Some(4), None), (Some(5), None)]);
}

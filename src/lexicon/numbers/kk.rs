//! Kazakh cardinals. A numeral before its noun takes no ending («екі жұмыс күні», «отыз
//! минуттан»: the noun carries the case), so the bare words are the forms the texts use.

/// Units and tens; «он бес» is ten and five, «жиырма бес» twenty and five.
pub const CARDINALS: &[(u32, &str)] = &[
    (1, "бір"),
    (2, "екі"),
    (3, "үш"),
    (4, "төрт"),
    (5, "бес"),
    (6, "алты"),
    (7, "жеті"),
    (8, "сегіз"),
    (9, "тоғыз"),
    (10, "он"),
    (20, "жиырма"),
    (30, "отыз"),
    (40, "қырық"),
    (50, "елу"),
    (60, "алпыс"),
    (70, "жетпіс"),
    (80, "сексен"),
    (90, "тоқсан"),
];

/// «Жүз» counts hundreds: alone it is a hundred, after a unit it multiplies it («екі жүз» = 200).
pub const HUNDRED: &str = "жүз";

/// «Бір жарым сағат»: a half added to the number before it.
pub const AND_A_HALF: &str = "жарым";

/// «Жарты сағат»: half of the unit, alone.
pub const HALF: &str = "жарты";

//! Which act is which: the act's own number in its registration line, the act an amending act
//! amends, and the act an annex header names.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::pattern;

/// The act's own number in its registration line: «Постановление акимата … № 107.»,
/// «… № 133 қаулысы.» (nominative: «қаулысымен» / «қаулысына» name other acts or annexes).
static ACT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:^|\s)(?:Постановление|Решение)\s+акимата\s[^№]*№\s*(?P<a>\d[\w/-]*)|№\s*(?P<k>\d[\w/-]*)\s+қаулысы(?:[^\p{L}]|$)",
    )
});

/// The act an amending act amends: «О внесении изменений в постановление акимата … № 158»,
/// «Внести в постановление … № 158 …», «… № 158 қаулысына мынадай өзгерістер енгізілсін».
static AMENDED_ACT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r#"(?i)(?:внесени\p{L}*|внести)\s+(?:изменени\p{L}*\s+(?:и\s+дополнени\p{L}*\s+)?)?в\s+(?:постановлени|решени)\p{L}*\s[^№]{0,160}№\s*(?P<a>\d[\w/-]*)|№\s*(?P<k>\d[\w/-]*)\s+(?:[«"][^»"]*[»"]\s+)?қаулысына\s+(?:мынадай\s+|келесі\s+)?(?:өзгеріс|толықтыру)"#,
    )
});

/// The «№ …» an annex header names («… от 9 сентября 2015 года № 3/539»).
static HEADER_ACT: LazyLock<Regex> = LazyLock::new(|| pattern::regex(r"№\s*(?P<a>\d[\w/-]*)"));

/// A date as acts print it: «от 31 марта 2016 года», «от "31" марта 2016 года», «2018 жылғы 28
/// мамырдағы», «19.03.2021».
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r#"(?i)(?P<rd>\d{1,2})["»]?\s*(?P<rm>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(?P<ry>\d{4})|(?P<ky>\d{4})\s*жылғы\s+(?P<kd>\d{1,2})\s*-?\s*(?P<km>қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)|(?P<nd>\d{2})\.(?P<nm>\d{2})\.(?P<ny>\d{4})"#,
    )
});

/// Compiles this module's searches (see [`crate::lexicon::engines`]).
pub(super) fn warm() {
    for re in [&ACT_NUMBER, &AMENDED_ACT, &HEADER_ACT, &DATE] {
        LazyLock::force(re);
    }
}

/// Month names in the order of the year, Russian genitive and Kazakh stem.
const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const KK_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// The last date printed in a text, as «YYYY-MM-DD».
pub fn last_date(text: &str) -> Option<String> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let c = DATE.captures_iter(text).last()?;
    let month = |m: &str, names: &[&str; 12]| {
        let m = crate::text::lower(m);
        names.iter().position(|n| *n == m).map(|i| i as u32 + 1)
    };
    let (day, month, year) = if let Some(y) = c.name("ry") {
        (&c["rd"], month(&c["rm"], &RU_MONTHS)?, y.as_str())
    } else if let Some(y) = c.name("ky") {
        (&c["kd"], month(&c["km"], &KK_MONTHS)?, y.as_str())
    } else {
        (&c["nd"], c["nm"].parse().ok()?, &c["ny"])
    };
    let day: u32 = day.parse().ok()?;
    Some(format!("{year}-{month:02}-{day:02}"))
}

/// The act's own date, from its registration line («Постановление акимата … от 31 марта 2016
/// года № 107.», «… 2012 жылғы 18 сәуірдегі № 133 қаулысы.»): the last date before its number.
pub fn act_date(line: &str) -> Option<String> {
    if !line.contains('№') {
        return None;
    }
    let c = ACT_NUMBER.captures(line)?;
    let number = c.name("a").or_else(|| c.name("k"))?;
    last_date(&line[..number.start()])
}

/// The date an annex header names for its act: the last date before its «№».
pub fn header_date(header: &str) -> Option<String> {
    let end = header.rfind('№').unwrap_or(header.len());
    last_date(&header[..end])
}

/// The act's own number, from its registration line («Постановление акимата … № 107.», «… № 133 қаулысы.»).
pub fn act_number(line: &str) -> Option<String> {
    if !line.contains('№') {
        return None;
    }
    let c = ACT_NUMBER.captures(line)?;
    c.name("a")
        .or_else(|| c.name("k"))
        .map(|m| m.as_str().trim_end_matches(['.', ',']).to_string())
}

/// The act a line of an amending act names as the one it amends («О внесении изменений в
/// постановление … № 158», «… № 158 қаулысына мынадай өзгерістер енгізілсін»).
pub fn amended_act(line: &str) -> Option<String> {
    if !line.contains('№')
        || !(line.contains("нес") || line.contains("өзгеріс") || line.contains("толықтыру"))
    {
        return None;
    }
    let c = AMENDED_ACT.captures(line)?;
    c.name("a")
        .or_else(|| c.name("k"))
        .map(|m| m.as_str().trim_end_matches(['.', ',']).to_string())
}

/// The act number an annex header names («№ 3/539»).
pub fn header_act(header: &str) -> Option<String> {
    HEADER_ACT
        .captures(header)
        .and_then(|c| c.name("a"))
        .map(|m| m.as_str().trim_end_matches(['.', ',']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_acts_and_headers() {
        assert_eq!(
            act_date("Постановление акимата Жамбылской области от 31 марта 2016 года № 107. Зарегистрировано … 27 апреля 2016 года № 3042.").as_deref(),
            Some("2016-03-31")
        );
        assert_eq!(
            act_date("Ақтөбе облыстық әкімдігінің 2012 жылғы 18 сәуірдегі № 133 қаулысы. Ақтөбе облысының").as_deref(),
            Some("2012-04-18")
        );
        assert_eq!(
            header_date("Приложение 1 к постановлению акимата Жамбылской области от \"31\" марта 2016 года № 107").as_deref(),
            Some("2016-03-31")
        );
        assert_eq!(
            header_date("Солтүстік Қазақстан облысы әкімдігінің 2018 жылғы 28 мамырдағы № 149 қаулысына 3-қосымша").as_deref(),
            Some("2018-05-28")
        );
        assert_eq!(
            last_date("от 19.03.2021 № 73").as_deref(),
            Some("2021-03-19")
        );
        assert_eq!(
            header_date("Приложение 2 к постановлению акимата № 107"),
            None
        );
    }

    #[test]
    fn act_numbers() {
        assert_eq!(
            act_number("Постановление акимата Жамбылской области от 31 марта 2016 года № 107. Зарегистрировано …").as_deref(),
            Some("107")
        );
        assert_eq!(
            act_number("Утративший силу Постановление акимата города Алматы от 18 апреля 2018 года № 2/154.").as_deref(),
            Some("2/154")
        );
        assert_eq!(
            act_number("Ақтөбе облыстық әкімдігінің 2012 жылғы 18 сәуірдегі № 133 қаулысы. Ақтөбе облысының").as_deref(),
            Some("133")
        );
        assert_eq!(
            act_number("Күші жойылды – әкімдігінің 28.12.2013 № 429 қаулысымен."),
            None
        );
        assert_eq!(
            act_number("О внесении изменений в постановление акимата от 27 июля 2015 года № 158"),
            None
        );
    }

    #[test]
    fn amended_acts() {
        assert_eq!(
            amended_act("**О внесении изменений в постановление акимата Жамбылской области от 27 июля 2015 года № 158 \"Об утверждении регламентов\"**").as_deref(),
            Some("158")
        );
        assert_eq!(
            amended_act("1. Внести в постановление акимата города Алматы от 9 сентября 2015 года № 3/539 \"Об утверждении регламентов\" следующие изменения:").as_deref(),
            Some("3/539")
        );
        assert_eq!(
            amended_act("1. Облыс әкімдігінің 2015 жылғы 27 шілдедегі № 158 «Регламенттерді бекіту туралы» қаулысына мынадай өзгерістер енгізілсін:").as_deref(),
            Some("158")
        );
        // The act's own registration line and a repeal name no amended act.
        assert_eq!(
            amended_act(
                "Постановление акимата Жамбылской области от 31 марта 2016 года № 107. Зарегистрировано …"
            ),
            None
        );
        assert_eq!(
            amended_act("Күші жойылды – әкімдігінің 28.12.2013 № 429 қаулысымен."),
            None
        );
    }
}

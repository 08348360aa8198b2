//! The wording of who does a step, to whom and with what: the words that bound an actor's
//! phrase, the verbs of transfer, the case endings that mark a recipient or an agent.
//!
//! Words are lower case. Endings are tried longest first by the readers, so their order here
//! does not matter.

/// Russian prepositions: an actor's phrase never runs across one.
pub const RU_PREPOSITIONS: &[&str] = &[
    "в",
    "во",
    "на",
    "по",
    "для",
    "с",
    "со",
    "от",
    "к",
    "ко",
    "через",
    "при",
    "после",
    "до",
    "из",
    "за",
    "о",
    "об",
    "согласно",
    "посредством",
    "путем",
    "путём",
    "без",
    "между",
    "под",
    "над",
    "у",
    "вместе",
    "не",
];

/// Russian conjunctions that end an actor's phrase unless they join an alternative.
pub const RU_CONJUNCTIONS: &[&str] = &["и", "а", "но", "также", "либо", "или"];

/// Words that offer an alternative actor («руководитель или его заместитель»).
pub const ALTERNATIVE_WORDS: &[&str] = &["или", "либо", "немесе"];

/// Possessive pronouns before a deputy («либо его заместитель», «немесе оның орынбасары»).
pub const DEPUTY_PRONOUNS: &[&str] = &["его", "оның"];

/// The deputy of an official, by language: (word, how the canonical form is built).
/// Russian puts the official in the genitive after the word, Kazakh before it.
pub const RU_DEPUTY: &str = "заместитель";
/// Kazakh «орынбасары»: «басшысының орынбасары».
pub const KK_DEPUTY: &str = "орынбасары";

/// Head nouns an actor's phrase may have besides the units of `ru::ACTOR_HEADS`: institutions a
/// document is sent to and the parties of the service.
pub const RU_EXTRA_HEADS: &[&str] = &[
    "корпорация",
    "аппарат",
    "центр",
    "услугодатель",
    "услугополучатель",
    "заявитель",
    "аким",
    "акимат",
    "директор",
    "член",
    "члены",
    "портал",
    "система",
    "шлюз",
    "база",
];

/// Genitive forms of the head nouns, for «заместитель руководителя»: (nominative ending, genitive ending).
pub const RU_GENITIVE_OF_HEAD: &[(&str, &str)] = &[
    ("тель", "теля"),
    ("ь", "я"),
    ("ий", "его"),
    ("ый", "ого"),
    ("ия", "ии"),
    ("а", "ы"),
    ("", "а"),
];

/// Endings a Russian phrase's genitive words have («отдела трудовой миграции услугодателя»).
pub const RU_GENITIVE_ENDINGS: &[&str] = &[
    "ого", "его", "ой", "ей", "ых", "их", "ов", "ев", "ий", "а", "я", "ы", "и",
];

/// Beginnings of the words for documents and acts: a genitive that starts so is what a
/// nominalised step acts on («подготовка исполнителем отдела результата …»), not part of its agent.
pub const RU_DOCUMENT_STEMS: &[&str] = &[
    "результат",
    "документ",
    "заявлени",
    "уведомлени",
    "решени",
    "справк",
    "запрос",
    "оказани",
    "пакет",
    "разрешени",
    "заключени",
    "извещени",
    "талон",
    "расписк",
    "сведени",
    "материал",
    "проект",
    "ответ",
    "обращени",
    "подпис",
    "регистрац",
    "рассмотрени",
    "услуги",
];

/// Genitives without an ending («физических лиц»).
pub const RU_BARE_GENITIVES: &[&str] = &["лиц", "дел", "мест"];

/// Beginnings of the words of a duration («в течение 3 (трех) минут»), which no object opens with.
pub const RU_TIME_WORDS: &[&str] = &[
    "течени",
    "минут",
    "час",
    "дн",
    "день",
    "рабоч",
    "календар",
    "сут",
];

/// «(далее – ШЭП)»: the word that opens the short name a phrase is given.
pub const RU_HEREAFTER: &str = "далее";

/// Dative endings of a Russian head noun («руководителю», «специалисту», «исполнителям»).
pub const RU_DATIVE_NOUN: &[&str] = &["у", "ю", "ам", "ям"];
/// Dative endings of an adjective before it («ответственному», «участковой»).
pub const RU_DATIVE_ADJECTIVE: &[&str] = &["ому", "ему", "ой", "ей", "ым", "им"];
/// Instrumental endings of a head noun: the agent of a nominalised step («сотрудником»).
pub const RU_INSTRUMENTAL_NOUN: &[&str] = &["ом", "ем", "ём", "ой", "ей", "ью", "ами", "ями"];
/// Instrumental endings of an adjective before it («ответственным исполнителем»).
pub const RU_INSTRUMENTAL_ADJECTIVE: &[&str] = &["ым", "им", "ой", "ей", "ыми", "ими"];
/// Accusative endings of an institution after «в»/«на» («в участковую комиссию», «в отдел»).
pub const RU_ACCUSATIVE_NOUN: &[&str] = &["", "у", "ю"];
/// Adjective endings an institution's accusative phrase opens with («в Государственную», «в районный»).
pub const RU_ACCUSATIVE_ADJECTIVE: &[&str] = &["ую", "юю", "ый", "ий", "ой"];
/// Prepositions that take an institution as the destination of a transfer.
pub const RU_DESTINATION_PREPOSITIONS: &[&str] = &["в", "во", "на"];
/// Prepositions after which an instrumental noun is no agent («с документами», «между отделом»).
pub const RU_COMITATIVE: &[&str] = &["с", "со", "между", "перед", "за", "под", "над"];

/// Russian verbs and verbal nouns of transfer: the step hands something to someone.
pub const RU_TRANSFER: &[&str] = &[
    "направляет",
    "направляют",
    "передает",
    "передаёт",
    "передают",
    "предоставляет",
    "предоставляют",
    "представляет",
    "отправляет",
    "отправляют",
    "выдает",
    "выдаёт",
    "выдают",
    "отписывает",
    "возвращает",
    "подает",
    "подаёт",
    "вручает",
    "пересылает",
    "передача",
    "направление",
    "предоставление",
    "выдача",
    "отправка",
    "отправление",
    "вручение",
];

/// Words that end the object of a transfer («… уведомление – не более 15 минут», «… в течение»).
pub const RU_OBJECT_STOPS: &[&str] = &[
    "в",
    "во",
    "на",
    "для",
    "по",
    "через",
    "согласно",
    "с",
    "со",
    "вместе",
    "не",
    "после",
    "до",
    "при",
    "и",
    "а",
    "также",
    "либо",
    "или",
];

/// Pronouns that stand for an object named earlier: no object is printed.
pub const PRONOUNS: &[&str] = &[
    "их",
    "его",
    "ее",
    "её",
    "него",
    "них",
    "оны",
    "оларды",
    "соны",
    "мұны",
];

/// Kazakh verbs and verbal nouns of transfer («… басшысына береді», «… УО АЖ-не жолдау»).
pub const KK_TRANSFER: &[&str] = &[
    "береді",
    "жібереді",
    "жолдайды",
    "ұсынады",
    "тапсырады",
    "жолдау",
    "жіберу",
    "тапсыру",
    "жіберуі",
    "жолдауы",
];

/// Kazakh head stems of an actor's phrase («басшысына», «алушыға», «ХҚКО-ға»).
pub const KK_HEADS: &[&str] = &[
    "басшы",
    "орындаушы",
    "қызметкер",
    "әкім",
    "алушы",
    "беруші",
    "оператор",
    "маман",
    "тұтынушы",
    "корпорация",
    "бөлім",
    "хқко",
    "уо",
    "қфб",
    "аж",
    "эүп",
    "эүш",
    "эүаш",
    "мдқ",
    "комиссия",
];

/// Kazakh dative endings (after a hyphen for abbreviations: «ХҚКО-ға»).
pub const KK_DATIVE: &[&str] = &["ға", "ге", "қа", "ке", "на", "не", "а", "е"];
/// Kazakh genitive endings («берушінің», «басшысының»).
pub const KK_GENITIVE: &[&str] = &["ның", "нің", "дың", "дің", "тың", "тің"];
/// Kazakh accusative endings («құжаттарды», «нәтижесін»).
pub const KK_ACCUSATIVE: &[&str] = &["ны", "ні", "ды", "ді", "ты", "ті", "н"];
/// Kazakh instrumental endings of an agent («УО қызметкерімен», «оператормен»).
pub const KK_INSTRUMENTAL: &[&str] = &["мен", "бен", "пен"];
/// «… тарапынан»: by whom.
pub const KK_BY: &str = "тарапынан";
/// Endings of a Kazakh verbal noun with its agent in the genitive («берушінің … өңдеуі»).
pub const KK_VERBAL_NOUN: &[&str] = &["уы", "уі", "юы", "юі"];
/// «… үшін»: a purpose; a transfer verb before it is an infinitive («беру үшін»), not an act.
pub const KK_PURPOSE: &str = "үшін";
/// Words a Kazakh object never runs across («… қою үшін береді»).
pub const KK_OBJECT_STOPS: &[&str] = &[KK_PURPOSE, "және", "не", "немесе", "арқылы"];
/// Words that make the next transfer an alternative to the one before («… береді не … жібереді»).
pub const TRANSFER_ALTERNATIVES: &[&str] = &["или", "либо", "не", "немесе"];

/// Words that make a canonical name an information system's.
pub const SYSTEM_WORDS: &[&str] = &[
    "портал",
    "информационн",
    "система",
    "шлюз",
    "база данных",
    "базы данных",
    "гбд",
];

/// Words that make a canonical name the applicant's.
pub const APPLICANT_WORDS: &[&str] = &[
    "услугополучател",
    "қызметті алушы",
    "қызмет алушы",
    "тұтынушы",
    "заявител",
];

/// Words of an actor's name that name a whole organisation (the provider, the State
/// Corporation, the akim of a rural district, who stands for his office): its staff are named
/// with or without them («сотрудник канцелярии» / «канцелярия услугодателя»). Compared by case
/// form.
pub const ORGANISATION_WORDS: &[&str] = &[
    "услугодатель",
    "государственная",
    "корпорация",
    "аким",
    "сельский",
    "сельского",
    "округ",
    "көрсетілетін",
    "қызметті",
    "беруші",
    "хқко",
    "цон",
    "ауылдық",
    "әкімі",
];

/// Nouns naming a person of a unit; the first of them heads the name.
pub const PERSON_HEADS: &[&str] = &[
    "специалист",
    "сотрудник",
    "работник",
    "руководитель",
    "оператор",
    "исполнитель",
    "инспектор",
    "секретарь",
    "заведующий",
    "начальник",
    "председатель",
    "директор",
    "заместитель",
    "член",
    "курьер",
    "басшысы",
    "орындаушысы",
    "қызметкері",
    "маманы",
    "төрағасы",
    "орынбасары",
];

/// Person heads that lead a unit: «руководитель районного отдела» is another person than
/// «руководитель услугодателя», while «специалист отдела …» is still a specialist of the provider.
pub const LEADING_HEADS: &[&str] = &[
    "руководитель",
    "начальник",
    "заведующий",
    "председатель",
    "директор",
    "басшысы",
    "төрағасы",
];

/// Words that narrow a person within the same unit («ответственный специалист» is a
/// «специалист»), and the deputy who acts for a leading head.
pub const PERSON_QUALIFIERS: &[&str] = &["ответственный", "жауапты", RU_DEPUTY, KK_DEPUTY];

/// Purposes that send a transfer on to a further recipient («… в накопительный отдел для
/// передачи услугодателю»): the next step may be that recipient's.
pub const ONWARD: &[&str] = &[
    "для передачи",
    "для направления",
    "для дальнейшей передачи",
    "беру үшін",
    "жіберу үшін",
    "жолдау үшін",
];

/// The words of a participants heading that the units it lists belong to («Перечень
/// структурных подразделений (работников) районного отдела услугодателя»): what stands between
/// the last of them and the organisation is where every listed unit works.
pub const PARTICIPANTS_OF: &[&str] = &["подразделений", "работников"];

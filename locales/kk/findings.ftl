# `reglament check` әр ескертуінің мәтіні. Тізбелер, әрекеттер, жолдар мен арналар файлдың басындағы
# хабарламалармен аталады; мәтін үзінділері регламентте қалай басылса, солай келтіріледі.

## Ескерту атайтын орындар
finding-list = { $kind ->
    [paragraph] { $n }-тармақ
    [heading] «{ $heading }» тізбесі
   *[line] { $n }-жолдағы тізбе
}
finding-list-in = { $kind ->
    [paragraph] { $n }-тармақта
    [heading] «{ $heading }» тізбесінде
   *[line] { $n }-жолдағы тізбеде
}
finding-item = { $kind ->
    [number] { $n }-әрекет
   *[none] нөмірсіз әрекет
}
finding-line = { $n }-жол
finding-place-paragraph = { $n }-абзац
finding-place-row = { $table }-кесте, { $row }-жол
finding-place-page = { $page }-бет, { $line }-жол
finding-passage = «{ $text }», { $line }
finding-list-at = { $list }, { $line }
finding-channel = { $channel ->
    [provider] көрсетілетін қызметті беруші арқылы
    [state_corp] Мемлекеттік корпорация арқылы
    [akim] әкім аппараты арқылы
    [portal] электрондық үкімет порталы арқылы
   *[other] өзге тәсілмен
}

## Қайталанатын тізбелердің айырмашылығы
finding-duration-mismatch = Бір рәсімнің («{ $action }») мерзімі сәйкес келмейді: { $a }, { $x } ({ $line-a }) — «{ $duration-a }», { $b }, { $y } ({ $line-b }) — «{ $duration-b }».
finding-actor-mismatch = Рәсімді орындаушы сәйкес келмейді: { $a }, { $x } ({ $line-a }) — «{ $actor-a }», { $b }, { $y } ({ $line-b }) — «{ $actor-b }».
finding-action-mismatch = Бір нөмірмен әртүрлі әрекеттер сипатталған (ұқсастығы { $similarity }%): { $a }, { $x } ({ $line-a }) — «{ $action-a }», { $b }, { $y } ({ $line-b }) — «{ $action-b }».
finding-step-count-mismatch = Рәсімдер саны сәйкес келмейді: { $a } ({ $line-a }) — { $na } рәсім, { $b } ({ $line-b }) — { $nb } рәсім.
finding-step-count-mismatch-named = Рәсімдер саны сәйкес келмейді: { $a } ({ $line-a }) — { $na } рәсім, { $b } ({ $line-b }) — { $nb } рәсім. Жұбы жоқ: { $unmatched }.
finding-step-count-unmatched = { $list }, { $item } «{ $action }» ({ $line }) — { $other } мұндай рәсім жоқ
finding-order-mismatch = { $a }, { $x } «{ $action }» ({ $line-a }): { $b } бұл рәсім { $expected } емес, { $y } ({ $line-b }) болып тұр.
finding-total-mismatch = { $list }, { $item } ({ $line }) көрсетілетін қызметті берушінің бүкіл жұмысына «{ $duration }» береді, ал { $steps } ({ $line-steps }) оның қадамдары жиынтығында { $days } күн және { $minutes } минут.
finding-result-mismatch = Нәтижелер саны рәсімдер санына сәйкес келмейді: { $results } ({ $line-results }) — { $nr } нәтиже, { $steps } ({ $line-steps }) — { $ns } рәсім.
finding-handoff-mismatch = { $list }, { $from } жұмысты «{ $recipient }» ({ $line-recipient }) береді, бірақ { $next } «{ $actor }» ({ $line-actor }) орындайды.
finding-result-recipient-mismatch = Нәтижені алушы сәйкес келмейді: { $results }, { $result } ({ $line-result }) — «{ $recipient-result }», { $steps }, { $step } ({ $line-step }) — «{ $recipient-step }».

## Нөмірлеу
finding-numbering-paragraph = Регламент тармақтарының нөмірленуі { $how ->
        [repeat] «{ $p }.» нөмірін қайталайды
       *[back] «{ $q }.» нөмірінен «{ $p }.» нөміріне қайтады
    }: «{ $heading }» ({ $line }), алдында — «{ $before }» ({ $line-before }).
finding-numbering-process = { $list }: { $label ->
        [process] { $pn }-процестен кейін { $cn }-процесс тұр
       *[condition] { $pn }-шарттан кейін { $cn }-шарт тұр
    }: «{ $action }» ({ $line }), алдында — «{ $previous }» ({ $line-previous }).
finding-numbering-misprint = { $list }, { $item }: «{ $label }» белгісі ({ $line }) цифрдың орнына әріппен басылған.
finding-numbering-unnumbered-lead = { $list } нөмірсіз { $lead } тармақпен басталады («{ $action }», { $line }), ал нөмірлеу «{ $label }» ({ $line-label }) белгісінен басталады.
finding-numbering-unnumbered-all = { $list }: барлық { $lead } тармақ нөмірсіз басылған («{ $action }» …, { $line }).
finding-numbering-late-start = { $list } нөмірлеуді «{ $label }» ({ $line }) белгісінен бастайды: { $last ->
        [1] 1-тармақ жоқ
       *[other] 1–{ $last } тармақтар жоқ
    }.
finding-numbering-sequence = { $list }: { $how ->
        [repeat] { $cn } нөмірі қайталанады
        [restart] { $pn } нөмірінен кейін нөмірлеу 1-ден қайта басталады
        [back] { $pn } нөмірінен кейін нөмірлеу { $cn } нөміріне қайтады
        [skip] { $from }-тармақ түсіп қалған
       *[skips] { $from }–{ $to } тармақтар түсіп қалған
    } («{ $label }», { $line }; алдында — «{ $previous }», { $line-previous }).

## Рәсімдер
finding-missing-actor = { $list }, { $item } «{ $action }» ({ $line }): орындаушы аталмаған.
finding-missing-actor-oblique = { $list }, { $item } «{ $action }» ({ $line }): орындаушы «{ $participant }» ({ $line-participant }) тек септелген түрде аталған.
finding-missing-duration = { $list }, { $item } «{ $action }» ({ $line }): мерзімі көрсетілмеген, ал тізбедегі { $total } рәсімнің { $timed } рәсімінде мерзім бар.
finding-duration-implausible = { $list }, { $item } ({ $line }): «{ $duration }» мерзімі бір жылдан асады — санда қате болуы мүмкін.
finding-next-step-self = { $list }, { $n }-әрекет ({ $line }) келесі әрекет ретінде өзін атайды.
finding-next-step-missing = { $list }, { $n }-әрекет ({ $line }) келесі әрекет ретінде { $next }-әрекетті атайды, бірақ кестеде ондай әрекет жоқ.
finding-empty-list = { $list } «{ $heading }» ({ $line }) тізбені жариялайды, бірақ тақырыптан кейін бірде-бір тармақ жоқ.
finding-list-too-long = { $list } ({ $line }) { $n } рәсімнен тұрады; диаграмма ең көбі { $max } рәсімге салынады, сондықтан бұл тізбенің диаграммасы салынбайды.

## Қатысушылар мен арналар
finding-unknown-participant = { $list }, { $item } ({ $line }): «{ $actor }» орындаушысы қатысушылар тізбесінде ({ $listed }) аталмаған.
finding-unused-participant = «{ $participant }» қатысушысы тізбеде көрсетілген ({ $line }), бірақ бірде-бір рәсімді орындамайды.
finding-channel-missing = 1-тармақта қызметті { $channel } көрсету жарияланған («{ $text }», { $line }), бірақ бұл арнаны бірде-бір тізбе де, анықтамалық та сипаттамайды.
finding-service-name-mismatch = Тақырып қызметті «{ $title }» ({ $line-title }) деп атайды, ал 1-тармақ { $how ->
        [spelling] оның атауын басқаша жазады
       *[words] оны басқаша атайды
    }: «{ $name }» ({ $line-name }); «{ $gone }» орнына «{ $added }».

## Қосымшалар
finding-appendix-missing = Мәтін { $n }-қосымшаға сілтейді ({ $refs }), бірақ { $language ->
        [kk] «… регламентіне { $n }-қосымша»
       *[ru] «Приложение { $n } к …»
    } тақырыбы басылмаған.
finding-appendix-missing-many = Мәтін { $numbers } қосымшаларға сілтейді ({ $refs }), бірақ олардың ешқайсысы { $language ->
        [kk] «… регламентіне …-қосымша»
       *[ru] «Приложение … к …»
    } тақырыбымен басылмаған.
finding-appendix-missing-numberless = Мәтін нөмірсіз қосымшаға сілтейді ({ $refs }), бірақ бірде-бір қосымша басылмаған.
finding-appendix-ambiguous = Мәтін нөмірсіз қосымшаға сілтейді ({ $refs }), ал { $n } қосымша басылған.
finding-appendix-unreferenced = Мәтінде { $n }-қосымшаға («{ $title }», { $line }) сілтеме жоқ.
finding-legend-missing = «{ $title }» анықтамалығында ({ $line }) шартты белгілер жоқ.
finding-header-missing = «{ $title }» қосымшасы ({ $line }) { $language ->
        [kk] «… регламентіне { $n }-қосымша»
       *[ru] «Приложение { $n } к …»
    } тақырыбынсыз басылған, ал мәтін { $n }-қосымшаға сілтейді ({ $refs }).
finding-header-unnumbered = «{ $title }» қосымшасы ({ $line }) басылған, бірақ оның тақырыбында нөмір жоқ.
finding-header-absent = «{ $title }» қосымшасы ({ $line }) { $language ->
        [kk] «… регламентіне …-қосымша»
       *[ru] «Приложение … к …»
    } тақырыбынсыз басылған.

## Акт және оның қосымшалары
finding-unattributed = Үзінді ({ $from } — { $to }) мазмұны: { $kind ->
        [list] рәсімдер тізбесінің тақырыбы { $quote }
        [appendix] қосымшаның тақырыбы { $quote }
        [spravochnik] анықтамалық { $quote }
       *[other] { $quote }
    }{ $items ->
        [0] {""}
       *[other] , одан кейін { $items } нөмірленген тармақ
    }; бірақ ол бірде-бір танылған регламентке жатпайды: оның алдында тақырып та («Регламент …», тырнақшадағы қызмет атауы), бірінші бөлім де («1. Жалпы ережелер» / «1. Общие положения») жоқ.
finding-annex-missing = Қаулы { $n }-қосымшаны{ $titled ->
        [yes] { " " }(«{ $title }» қызметі үшін)
       *[no] {""}
    } бекітеді («{ $text }», { $line }), бірақ актіде «қаулыға { $n }-қосымша» тақырыбы да, онда аталған қызметтің регламенті де басылмаған.
finding-annex-missing-other = Қаулы { $n }-қосымшаны{ $titled ->
        [yes] { " " }(«{ $title }» қызметі үшін)
       *[no] {""}
    } бекітеді («{ $text }», { $line }), бірақ «{ $header }» ({ $line-header }) тақырыбы «{ $service }» регламентінің үстінде тұр, ал қаулыда аталған қызметтің регламенті басылмаған.
finding-annex-missing-unnumbered = Қаулы «{ $title }» регламентін бекітеді ({ $line }), бірақ актіде бұл қызметтің регламенті басылмаған.
finding-annex-header-mismatch = Қаулы «{ $title }» регламентін { $k }-қосымша ретінде бекітеді («{ $cited }», { $line-cited }), бірақ регламент { $how ->
        [other] «{ $header }» ({ $line-header }) тақырыбымен { $j }-қосымша болып басылған
        [unnumbered] нөмірі жоқ «{ $header }» ({ $line-header }) тақырыбымен басылған
        [amended] тек «{ $header }» ({ $line-header }) тақырыбымен, өзгертілетін актідегі нөмірімен тұр, ал актінің өз «№ { $act } қаулыға { $k }-қосымша» тақырыбы басылмаған
       *[none] «{ $header }» ({ $line-header }) тақырыбының үстінде «қаулыға { $k }-қосымша» тақырыбынсыз басылған
    }.
finding-annex-act-mismatch = «{ $header }» ({ $line }) тақырыбы { $how ->
        [date] № { $named } актіні { $header-date } күнімен белгілейді, ал «{ $title }» регламенті { $date } күнгі № { $own } актіде басылған
       *[number] № { $named } актіні атайды, ал «{ $title }» регламенті № { $own } актіде басылған
    }{ $cited }.
finding-annex-act-cited = ; қаулы оны «{ $text }» ({ $line }) ретінде бекітеді
finding-annex-title-mismatch = Қаулы { $annex ->
        [0] қосымшаны
       *[other] { $annex }-қосымшаны
    } «{ $named }» ({ $line-named }) деп атайды, ал ол үшін басылған регламент { $how ->
        [spelling] өз тақырыбын басқаша жазады
       *[words] басқаша аталған
    }: «{ $title }» ({ $line-title }); «{ $gone }» орнына «{ $added }».

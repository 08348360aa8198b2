# Что говорит каждое замечание `reglament check`. Перечни, пункты, строки и каналы называются
# сообщениями в начале файла; места текста цитируются так, как они напечатаны в регламенте.

## Как замечание называет места
finding-list = { $kind ->
    [paragraph] ¶{ $n }
    [heading] перечень «{ $heading }»
   *[line] перечень в строке { $n }
}
finding-list-in = { $kind ->
    [paragraph] в ¶{ $n }
    [heading] в перечне «{ $heading }»
   *[line] в перечне в строке { $n }
}
finding-item = { $kind ->
    [number] действие { $n }
   *[none] действие без номера
}
finding-line = строка { $n }
finding-place-paragraph = абзац { $n }
finding-place-row = таблица { $table }, строка { $row }
finding-place-page = страница { $page }, строка { $line }
finding-passage = «{ $text }», { $line }
finding-list-at = { $list }, { $line }
finding-channel = { $channel ->
    [provider] через услугодателя
    [state_corp] через Государственную корпорацию
    [akim] через аппарат акима
    [portal] через портал электронного правительства
   *[other] иным способом
}

## Повторяющиеся перечни расходятся
finding-duration-mismatch = Срок одной и той же процедуры «{ $action }» расходится: { $a }, { $x } ({ $line-a }) — «{ $duration-a }», { $b }, { $y } ({ $line-b }) — «{ $duration-b }».
finding-actor-mismatch = Исполнитель процедуры расходится: { $a }, { $x } ({ $line-a }) — «{ $actor-a }», { $b }, { $y } ({ $line-b }) — «{ $actor-b }».
finding-action-mismatch = Под одним номером описаны разные действия (сходство { $similarity } %): { $a }, { $x } ({ $line-a }) — «{ $action-a }», { $b }, { $y } ({ $line-b }) — «{ $action-b }».
finding-step-count-mismatch = Число процедур расходится: { $a } ({ $line-a }) — { $na } { $na ->
        [one] процедура
        [few] процедуры
       *[many] процедур
    }, { $b } ({ $line-b }) — { $nb }.
finding-step-count-mismatch-named = Число процедур расходится: { $a } ({ $line-a }) — { $na } { $na ->
        [one] процедура
        [few] процедуры
       *[many] процедур
    }, { $b } ({ $line-b }) — { $nb }. Без пары: { $unmatched }.
finding-step-count-unmatched = { $list }, { $item } «{ $action }» ({ $line }) — такой процедуры нет { $other }
finding-order-mismatch = { $a }, { $x } «{ $action }» ({ $line-a }): { $b } эта процедура стоит как { $y } ({ $line-b }), а не как { $expected }.
finding-total-mismatch = { $list }, { $item } ({ $line }) отводит на всю работу услугодателя «{ $duration }», а его шаги { $steps } ({ $line-steps }) в сумме составляют { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } и { $minutes } { $minutes ->
        [one] минуту
        [few] минуты
       *[many] минут
    }.
finding-result-mismatch = Число результатов не совпадает с числом процедур: { $results } ({ $line-results }) — { $nr } { $nr ->
        [one] результат
        [few] результата
       *[many] результатов
    }, { $steps } ({ $line-steps }) — { $ns } { $ns ->
        [one] процедура
        [few] процедуры
       *[many] процедур
    }.
finding-handoff-mismatch = { $list }, { $from } передаёт работу «{ $recipient }» ({ $line-recipient }), но { $next } выполняет «{ $actor }» ({ $line-actor }).
finding-result-recipient-mismatch = Получатель результата расходится: { $results }, { $result } ({ $line-result }) — «{ $recipient-result }», { $steps }, { $step } ({ $line-step }) — «{ $recipient-step }».

## Нумерация
finding-numbering-paragraph = Нумерация пунктов регламента { $how ->
        [repeat] повторяет номер «{ $p }.»
       *[back] возвращается от «{ $q }.» к «{ $p }.»
    }: «{ $heading }» ({ $line }) стоит после «{ $before }» ({ $line-before }).
finding-numbering-process = { $list }: { $label ->
        [process] процесс { $cn } следует за процессом { $pn }
       *[condition] условие { $cn } следует за условием { $pn }
    }: «{ $action }» ({ $line }) после «{ $previous }» ({ $line-previous }).
finding-numbering-misprint = { $list }, { $item }: метка «{ $label }» ({ $line }) напечатана буквой вместо цифры.
finding-numbering-unnumbered-lead = { $list } начинается с { $lead } { $lead ->
        [one] пункта
       *[other] пунктов
    } без номера («{ $action }», { $line }), а нумерация начинается с «{ $label }» ({ $line-label }).
finding-numbering-unnumbered-all = { $list }: все { $lead } { $lead ->
        [one] пункт напечатан
        [few] пункта напечатаны
       *[many] пунктов напечатаны
    } без номеров («{ $action }» …, { $line }).
finding-numbering-late-start = { $list } начинает нумерацию с «{ $label }» ({ $line }): { $last ->
        [1] пункта 1 нет
       *[other] пунктов 1–{ $last } нет
    }.
finding-numbering-sequence = { $list }: { $how ->
        [repeat] номер { $cn } повторяется
        [restart] после { $pn } нумерация начинается заново с 1
        [back] после { $pn } нумерация возвращается к { $cn }
        [skip] пропущен пункт { $from }
       *[skips] пропущены пункты { $from }–{ $to }
    } («{ $label }», { $line }, после «{ $previous }», { $line-previous }).

## Процедуры
finding-missing-actor = { $list }, { $item } «{ $action }» ({ $line }): исполнитель не назван.
finding-missing-actor-oblique = { $list }, { $item } «{ $action }» ({ $line }): исполнитель «{ $participant }» ({ $line-participant }) назван только в косвенном падеже.
finding-missing-duration = { $list }, { $item } «{ $action }» ({ $line }): срок не указан, хотя у { $timed } из { $total } процедур перечня он есть.
finding-duration-implausible = { $list }, { $item } ({ $line }): срок «{ $duration }» больше года — вероятно, опечатка в числе.
finding-next-step-self = { $list }, действие { $n } ({ $line }) называет следующим само себя.
finding-next-step-missing = { $list }, действие { $n } ({ $line }) называет следующим действие { $next }, которого в таблице нет.
finding-empty-list = { $list } «{ $heading }» ({ $line }) объявляет перечень, но за заголовком не следует ни одного пункта.
finding-list-too-long = { $list } ({ $line }) содержит { $n } { $n ->
        [one] процедуру
        [few] процедуры
       *[many] процедур
    }; диаграмма строится не более чем для { $max } процедур, поэтому для этого перечня она не построена.

## Участники и каналы
finding-unknown-participant = { $list }, { $item } ({ $line }): исполнитель «{ $actor }» не назван в перечне участников ({ $listed }).
finding-unused-participant = Участник «{ $participant }» указан в перечне ({ $line }), но не выполняет ни одной процедуры.
finding-channel-missing = В ¶1 объявлено оказание услуги { $channel } («{ $text }», { $line }), но ни один перечень и ни один справочник этот канал не описывают.
finding-service-name-mismatch = Заглавие называет услугу «{ $title }» ({ $line-title }), а ¶1 { $how ->
        [spelling] пишет её название иначе
       *[words] называет её иначе
    }: «{ $name }» ({ $line-name }); «{ $gone }» против «{ $added }».

## Приложения
finding-appendix-missing = Текст ссылается на приложение { $n } ({ $refs }), но заголовок { $language ->
        [kk] «… регламентіне { $n }-қосымша»
       *[ru] «Приложение { $n } к …»
    } не напечатан.
finding-appendix-missing-many = Текст ссылается на приложения { $numbers } ({ $refs }), но ни одно из них не напечатано под заголовком { $language ->
        [kk] «… регламентіне …-қосымша»
       *[ru] «Приложение … к …»
    }.
finding-appendix-missing-numberless = Текст ссылается на приложение без номера ({ $refs }), но ни одно приложение не напечатано.
finding-appendix-ambiguous = Текст ссылается на приложение без номера ({ $refs }), а напечатано { $n } { $n ->
        [one] приложение
        [few] приложения
       *[many] приложений
    }.
finding-appendix-unreferenced = На приложение { $n } («{ $title }», { $line }) текст нигде не ссылается.
finding-legend-missing = В справочнике «{ $title }» ({ $line }) нет условных обозначений.
finding-header-missing = Приложение «{ $title }» ({ $line }) напечатано без заголовка { $language ->
        [kk] «… регламентіне { $n }-қосымша»
       *[ru] «Приложение { $n } к …»
    }, хотя текст ссылается на приложение { $n } ({ $refs }).
finding-header-unnumbered = Приложение «{ $title }» ({ $line }) напечатано, но в его заголовке нет номера.
finding-header-absent = Приложение «{ $title }» ({ $line }) напечатано без заголовка { $language ->
        [kk] «… регламентіне …-қосымша»
       *[ru] «Приложение … к …»
    }.

## Акт и его приложения
finding-unattributed = Фрагмент ({ $from } — { $to }) содержит { $kind ->
        [list] заголовок перечня процедур { $quote }
        [appendix] заголовок приложения { $quote }
        [spravochnik] справочник { $quote }
       *[other] { $quote }
    }{ $items ->
        [0] {""}
        [one] , затем { $items } нумерованный пункт
        [few] , затем { $items } нумерованных пункта
       *[many] , затем { $items } нумерованных пунктов
    }, но не относится ни к одному распознанному регламенту: перед ним нет ни заглавия («Регламент …», название услуги в кавычках), ни первого раздела («1. Общие положения» / «1. Жалпы ережелер»).
finding-annex-missing = Постановление утверждает приложение { $n }{ $titled ->
        [yes] { " " }для услуги «{ $title }»
       *[no] {""}
    } («{ $text }», { $line }), но в акте не напечатаны ни заголовок «Приложение { $n } к постановлению», ни регламент названной в нём услуги.
finding-annex-missing-other = Постановление утверждает приложение { $n }{ $titled ->
        [yes] { " " }для услуги «{ $title }»
       *[no] {""}
    } («{ $text }», { $line }), но заголовок «{ $header }» ({ $line-header }) стоит над регламентом «{ $service }», а регламент услуги, названной в постановлении, не напечатан.
finding-annex-missing-unnumbered = Постановление утверждает регламент «{ $title }» ({ $line }), но регламент этой услуги в акте не напечатан.
finding-annex-header-mismatch = Постановление утверждает «{ $title }» как приложение { $k } («{ $cited }», { $line-cited }), но регламент { $how ->
        [other] напечатан под заголовком «{ $header }» ({ $line-header }) как приложение { $j }
        [unnumbered] напечатан под заголовком «{ $header }» ({ $line-header }) без номера
        [amended] стоит только под заголовком «{ $header }» ({ $line-header }) с номером в изменяемом акте, а собственный заголовок акта «Приложение { $k } к постановлению … № { $act }» не напечатан
       *[none] напечатан без заголовка «Приложение { $k } к постановлению» над заглавием «{ $header }» ({ $line-header })
    }.
finding-annex-act-mismatch = Заголовок «{ $header }» ({ $line }) { $how ->
        [date] датирует акт № { $named } днём { $header-date }, а регламент «{ $title }» напечатан в акте № { $own } от { $date }
       *[number] называет акт № { $named }, а регламент «{ $title }» напечатан в акте № { $own }
    }{ $cited }.
finding-annex-act-cited = , который утверждает его как «{ $text }» ({ $line })
finding-annex-title-mismatch = Постановление называет { $annex ->
        [0] приложение
       *[other] приложение { $annex }
    } «{ $named }» ({ $line-named }), а напечатанный для него регламент { $how ->
        [spelling] пишет своё заглавие иначе
       *[words] озаглавлен иначе
    }: «{ $title }» ({ $line-title }); «{ $gone }» против «{ $added }».

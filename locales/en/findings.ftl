# What each finding of `reglament check` says. Lists, items, lines and channels are worded by the
# messages at the top; passages are quoted as the regulation prints them.

## Places a finding names
finding-list = { $kind ->
    [paragraph] ¶{ $n }
    [heading] the list «{ $heading }»
   *[line] the list at line { $n }
}
finding-item = { $kind ->
    [number] item { $n }
   *[none] the unnumbered item
}
finding-line = line { $n }
finding-place-paragraph = paragraph { $n }
finding-place-row = table { $table }, row { $row }
finding-place-page = page { $page }, line { $line }
finding-passage = «{ $text }», { $line }
finding-list-in = { $kind ->
    [paragraph] in ¶{ $n }
    [heading] in the list «{ $heading }»
   *[line] in the list at line { $n }
}
finding-list-at = { $list }, { $line }
finding-channel = { $channel ->
    [provider] service provider
    [state_corp] State Corporation
    [akim] akim
    [portal] portal
   *[other] other
}

## Repeated lists that disagree
finding-duration-mismatch = { $a } { $x } gives «{ $duration-a }» ({ $line-a }) but { $b } { $y } gives «{ $duration-b }» ({ $line-b }) for the same procedure «{ $action }».
finding-actor-mismatch = { $a } { $x } is done by «{ $actor-a }» ({ $line-a }) but { $b } { $y } by «{ $actor-b }» ({ $line-b }).
finding-action-mismatch = { $a } { $x } «{ $action-a }» ({ $line-a }) and { $b } { $y } «{ $action-b }» ({ $line-b }) describe different actions (similarity { $similarity }%).
finding-step-count-mismatch = { $a } ({ $line-a }) lists { $na } { $na ->
        [one] procedure
       *[other] procedures
    } but { $b } ({ $line-b }) lists { $nb }.
finding-step-count-mismatch-named = { $a } ({ $line-a }) lists { $na } { $na ->
        [one] procedure
       *[other] procedures
    } but { $b } ({ $line-b }) lists { $nb }: { $unmatched }.
finding-step-count-unmatched = { $list } { $item } «{ $action }» ({ $line }) has no counterpart { $other }
finding-order-mismatch = { $a } { $x } «{ $action }» ({ $line-a }) appears { $b } as { $y } ({ $line-b }) instead of { $expected }.
finding-total-mismatch = { $list } { $item } gives the provider's whole processing as «{ $duration }» ({ $line }) but the steps { $steps } ({ $line-steps }) add up to { $days } { $days ->
        [one] day
       *[other] days
    } and { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }.
finding-result-mismatch = { $results } ({ $line-results }) lists { $nr } { $nr ->
        [one] result
       *[other] results
    } but { $steps } ({ $line-steps }) lists { $ns } { $ns ->
        [one] procedure
       *[other] procedures
    }.
finding-handoff-mismatch = { $list } { $from } hands on to «{ $recipient }» ({ $line-recipient }) but { $list } { $next } is done by «{ $actor }» ({ $line-actor }).
finding-result-recipient-mismatch = { $results } { $result } hands the result to «{ $recipient-result }» ({ $line-result }) but { $steps } { $step } hands it to «{ $recipient-step }» ({ $line-step }).

## Numbering
finding-numbering-paragraph = The regulation { $how ->
        [repeat] numbers two paragraphs «{ $p }.»
       *[back] goes back from «{ $q }.» to «{ $p }.»
    }: «{ $heading }» ({ $line }) after «{ $before }» ({ $line-before }).
finding-numbering-process = { $list } labels { $label ->
        [process] process { $cn } after process { $pn }
       *[condition] condition { $cn } after condition { $pn }
    }: «{ $action }» ({ $line }) follows «{ $previous }» ({ $line-previous }).
finding-numbering-misprint = { $list } prints the label «{ $label }» ({ $line }) for { $item }, a letter standing for a digit.
finding-numbering-unnumbered-lead = { $list } starts with { $lead } unnumbered { $lead ->
        [one] item
       *[other] items
    } («{ $action }», { $line }) and its numbering starts at «{ $label }» ({ $line-label }).
finding-numbering-unnumbered-all = { $list } prints its { $lead } items without numbers («{ $action }» …, { $line }).
finding-numbering-late-start = { $list } starts its numbering at «{ $label }» ({ $line }): { $last ->
        [1] item 1 is missing
       *[other] items 1–{ $last } are missing
    }.
finding-numbering-sequence = { $list } { $how ->
        [repeat] repeats the number { $cn }
        [restart] restarts at 1 after { $pn }
        [back] goes back from { $pn } to { $cn }
        [skip] skips item { $from }
       *[skips] skips items { $from }–{ $to }
    } («{ $label }», { $line }, follows «{ $previous }», { $line-previous }).

## Items
finding-missing-actor = { $list } { $item } «{ $action }» ({ $line }) names no actor.
finding-missing-actor-oblique = { $list } { $item } «{ $action }» ({ $line }) names its actor «{ $participant }» (listed at { $line-participant }) only in an oblique form.
finding-missing-duration = { $list } { $item } «{ $action }» ({ $line }) states no duration while { $timed } of the list's { $total } procedures do.
finding-duration-implausible = { $list } { $item } states «{ $duration }» ({ $line }), more than a year: the number is likely a typo.
finding-next-step-self = In { $list } action { $n } ({ $line }) points to itself.
finding-next-step-missing = In { $list } action { $n } ({ $line }) points to action { $next }, which the table does not have.
finding-empty-list = { $list } «{ $heading }» ({ $line }) announces a list but no item follows it.
finding-list-too-long = { $list } ({ $line }) has { $n } procedures; diagrams are drawn for at most { $max }, so this one is not drawn.

## Participants and channels
finding-unknown-participant = «{ $actor }» acts in { $list } { $item } ({ $line }) but the participants list ({ $listed }) does not name it.
finding-unused-participant = Participant «{ $participant }» is listed ({ $line }) but never acts in any procedure list.
finding-channel-missing = ¶1 announces the { $channel } channel («{ $text }», { $line }) but no list or справочник describes it.
finding-service-name-mismatch = The title names the service «{ $title }» ({ $line-title }) but ¶1 { $how ->
        [spelling] spells
       *[words] words
    } it «{ $name }» ({ $line-name }): «{ $gone }» against «{ $added }».

## Appendices
finding-appendix-missing = The text refers to appendix { $n } ({ $refs }) but no { $language ->
        [kk] «… регламентіне { $n }-қосымша»
       *[ru] «Приложение { $n } к …»
    } header is printed.
finding-appendix-missing-many = The text refers to appendices { $numbers } ({ $refs }) but none of them is printed under its { $language ->
        [kk] «… регламентіне N-қосымша»
       *[ru] «Приложение N к …»
    } header.
finding-appendix-missing-numberless = The text refers to «the» appendix, without a number ({ $refs }), but no appendix is printed.
finding-appendix-ambiguous = The text refers to «the» appendix without a number ({ $refs }), but { $n } appendices are printed.
finding-appendix-unreferenced = Appendix { $n } («{ $title }», { $line }) is never referenced from the text.
finding-legend-missing = The справочник «{ $title }» ({ $line }) has no legend (условные обозначения).
finding-header-missing = The appendix «{ $title }» ({ $line }) is printed without its { $language ->
        [kk] «… регламентіне { $n }-қосымша»
       *[ru] «Приложение { $n } к …»
    } header, where the text refers to appendix { $n } ({ $refs }).
finding-header-unnumbered = The appendix «{ $title }» ({ $line }) is printed but its header carries no number.
finding-header-absent = The appendix «{ $title }» ({ $line }) is printed but its { $language ->
        [kk] «… регламентіне N-қосымша»
       *[ru] «Приложение N к …»
    } header is missing.

## The act and its annexes
finding-unattributed = The passage ({ $from } – { $to }) holds { $kind ->
        [list] procedure list heading { $quote }
        [appendix] appendix header { $quote }
        [spravochnik] справочник { $quote }
       *[other] { $quote }
    }{ $items ->
        [0] {""}
        [one] , then { $items } numbered item
       *[other] , then { $items } numbered items
    } but belongs to no recognised regulation: no title («Регламент …», a quoted service name) or first section («1. Общие положения» / «1. Жалпы ережелер») stands before it.
finding-annex-missing = The decree sets out annex { $n }{ $titled ->
        [yes] { " " }for «{ $title }»
       *[no] {""}
    } («{ $text }», { $line }), but the act prints no «Приложение { $n } к постановлению» and no regulation it names.
finding-annex-missing-other = The decree sets out annex { $n }{ $titled ->
        [yes] { " " }for «{ $title }»
       *[no] {""}
    } («{ $text }», { $line }), but «{ $header }» ({ $line-header }) stands above «{ $service }», and no regulation of the cited service is printed.
finding-annex-missing-unnumbered = The decree approves the regulation «{ $title }» ({ $line }), but the act prints no regulation of that service.
finding-annex-header-mismatch = The decree sets out «{ $title }» as annex { $k } («{ $cited }», { $line-cited }), but the regulation { $how ->
        [other] is printed under «{ $header }» ({ $line-header }), annex { $j }
        [unnumbered] is printed under «{ $header }» ({ $line-header }), which carries no number
        [amended] stands only under «{ $header }» ({ $line-header }), its number in the act being amended; the act's own «Приложение { $k } к постановлению … № { $act }» is not printed
       *[none] is printed with no «Приложение { $k } к постановлению» header above its title «{ $header }» ({ $line-header })
    }.
finding-annex-act-mismatch = The header «{ $header }» ({ $line }) { $how ->
        [date] dates act № { $named } { $header-date }, but the regulation «{ $title }» is printed in act № { $own } of { $date }
       *[number] names act № { $named }, but the regulation «{ $title }» is printed in act № { $own }
    }{ $cited }.
finding-annex-act-cited = , which sets it out as «{ $text }» ({ $line })
finding-annex-title-mismatch = The decree names { $annex ->
        [0] the annex
       *[other] annex { $annex }
    } «{ $named }» ({ $line-named }) but the regulation printed for it { $how ->
        [spelling] spells
       *[words] words
    } its title «{ $title }» ({ $line-title }): «{ $gone }» against «{ $added }».

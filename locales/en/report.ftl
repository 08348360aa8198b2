# The report's own words around the findings.

report-summary = { $findings } ({ $errors }, { $warnings }, { $infos }) in { $files }, { $regulations }
report-baselined = { $n } accepted by the baseline
report-new = { $n } new since the baseline
report-failed = { $files } could not be read
report-by-regulation = by regulation:
report-regulation-line = { $at } «{ $title }»: { $errors }, { $warnings }, { $infos }
report-act = { $file }: { $findings }

## The Markdown and HTML pages
page-title = Consistency report
page-title-count = Consistency report: { $findings }
page-totals = { $findings } ({ $errors }, { $warnings }, { $infos }) in { $files }, { $regulations }.
page-baselined = { $n ->
    [one] { $n } accepted finding left out by the baseline.
   *[other] { $n } accepted findings left out by the baseline.
}
page-summary = Summary
page-rule = Rule
page-error = Error
page-warning = Warning
page-info = Info
page-total = Total
page-failed = Files that could not be read
page-acts = Acts
page-act-counts = { $findings } in { $regulations }.
page-severity = Severity
page-lines = Lines
page-finding = Finding
page-passages = { $n } passages
page-fingerprint = fingerprint { $fingerprint }
report-lines = lines { $list }

## reglament compare
compare-departures = { $n ->
    [one] { $n } departure
   *[other] { $n } departures
}
compare-subject = «{ $title }» ({ $at }), channel { $channel } ({ $diagram })
compare-agrees = no departures: { $bpmn } agrees with { $file }, { $subject }
compare-departs = { $departures } of { $bpmn } from { $file }, { $subject }
compare-page-title = Diagram against its text
compare-page-diagram = Diagram: { $bpmn }
compare-page-text = Text: { $file }, regulation «{ $title }» ({ $at })
compare-page-channel = Channel: { $channel }, diagram { $diagram }, list at { $list }
compare-page-agrees = No departures: the diagram agrees with the text.
compare-page-place = Place
compare-page-departure = Departure
compare-page-element = Element
compare-page-message = Message

# Есептің ескертпелер айналасындағы сөздері.

report-summary = { $findings } ({ $errors }, { $warnings }, { $infos }); тексерілді: { $files }, { $regulations }
report-baselined = базалық тізім қабылдағаны: { $n }
report-new = базалық тізімнен кейін жаңасы: { $n }
report-failed = оқылмады: { $files }
report-by-regulation = регламенттер бойынша:
report-regulation-line = { $at } «{ $title }»: { $errors }, { $warnings }, { $infos }
report-act = { $file }: { $findings }

## Markdown және HTML беттері
page-title = Үйлесімділік туралы есеп
page-title-count = Үйлесімділік туралы есеп: { $findings }
page-totals = { $findings } ({ $errors }, { $warnings }, { $infos }); тексерілді: { $files }, { $regulations }.
page-baselined = Базалық тізім қабылдаған және көрсетілмеген ескертпелер: { $n }.
page-summary = Жиынтық
page-rule = Ереже
page-error = Қателер
page-warning = Ескертулер
page-info = Мәлімет үшін
page-total = Барлығы
page-failed = Оқылмаған файлдар
page-acts = Актілер
page-act-counts = { $findings }; регламенттер: { $n }.
page-severity = Маңыздылығы
page-lines = Жолдар
page-finding = Ескертпе
page-passages = орындар: { $n }
page-fingerprint = таңба { $fingerprint }
report-lines = { $list }-жолдар

## reglament compare
compare-departures = { $n } айырмашылық
compare-subject = «{ $title }» ({ $at }), { $channel } арнасы ({ $diagram })
compare-agrees = айырмашылық жоқ: { $bpmn } файлы { $file } мәтініне сәйкес, { $subject }
compare-departs = { $bpmn } файлы мен { $file } мәтіні арасында { $departures }, { $subject }
compare-page-title = Диаграмма және оның мәтіні
compare-page-diagram = Диаграмма: { $bpmn }
compare-page-text = Мәтін: { $file }, «{ $title }» регламенті ({ $at })
compare-page-channel = Арна: { $channel }, диаграмма { $diagram }, тізім: { $list }
compare-page-agrees = Айырмашылық жоқ: диаграмма мәтінге сәйкес.
compare-page-place = Орны
compare-page-departure = Айырмашылық
compare-page-element = Элемент
compare-page-message = Хабар

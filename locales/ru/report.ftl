# Слова отчёта вокруг замечаний.

report-summary = { $findings } ({ $errors }, { $warnings }, { $infos }); проверено: { $files }, { $regulations }
report-baselined = принято базовым списком: { $n }
report-new = новых по сравнению с базовым списком: { $n }
report-failed = не прочитано: { $files }
report-by-regulation = по регламентам:
report-regulation-line = { $at } «{ $title }»: { $errors }, { $warnings }, { $infos }
report-act = { $file }: { $findings }

## Страницы Markdown и HTML
page-title = Отчёт о согласованности
page-title-count = Отчёт о согласованности: { $findings }
page-totals = { $findings } ({ $errors }, { $warnings }, { $infos }); проверено: { $files }, { $regulations }.
page-baselined = Принятые базовым списком и не показанные замечания: { $n }.
page-summary = Сводка
page-rule = Правило
page-error = Ошибки
page-warning = Предупреждения
page-info = К сведению
page-total = Всего
page-failed = Файлы, которые не удалось прочитать
page-acts = Акты
page-act-counts = { $findings }; регламентов: { $n }.
page-severity = Важность
page-lines = Строки
page-finding = Замечание
page-passages = мест: { $n }
page-fingerprint = отпечаток { $fingerprint }
report-lines = строки { $list }

## reglament compare
compare-departures = { $n ->
    [one] { $n } расхождение
    [few] { $n } расхождения
   *[many] { $n } расхождений
}
compare-subject = «{ $title }» ({ $at }), канал { $channel } ({ $diagram })
compare-agrees = расхождений нет: { $bpmn } согласуется с { $file }, { $subject }
compare-departs = { $departures } между { $bpmn } и { $file }, { $subject }
compare-page-title = Диаграмма и её текст
compare-page-diagram = Диаграмма: { $bpmn }
compare-page-text = Текст: { $file }, регламент «{ $title }» ({ $at })
compare-page-channel = Канал: { $channel }, диаграмма { $diagram }, перечень: { $list }
compare-page-agrees = Расхождений нет: диаграмма согласуется с текстом.
compare-page-place = Место
compare-page-departure = Расхождение
compare-page-element = Элемент
compare-page-message = Сообщение

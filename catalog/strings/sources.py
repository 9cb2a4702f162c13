"""Strings of the sources page."""

EN = {
    "sources.title": "Sources",
    "sources.intro": "{count} sources stand behind {facts} facts. Filter them, open any source "
                     "to see what it supports, and see where sources disagree.",
    "sources.filter_publisher": "Publisher",
    "sources.filter_kind": "Kind",
    "sources.filter_language": "Language",
    "sources.search": "Search titles and addresses",
    "sources.table_caption": "{shown} of {count} sources; published dates marked 'not before' "
                             "are the date of the fact reported, the page's own date being "
                             "unrecorded.",
    "sources.facts_of": "Facts supported by a source",
    "sources.pick_source": "Source",
    "sources.no_match": "No source matches these filters.",
    "sources.reconcile_members": "Stated member totals against members identified by name",
    "sources.reconcile_members_note": "A difference means members counted by a source that the "
                                      "dataset cannot name, or a stale or lower-bound figure. "
                                      "Highlighted days have sources giving different totals.",
    "sources.reconcile_funding": "Funding figures reported differently",
    "sources.reconcile_funding_note": "The same donor, status and period reported by several "
                                      "sources with different amounts or qualifiers.",
    "sources.seed": "The seed article against the record",
    "sources.seed_note": "Facts from the North Press report of 8 June 2023 beside what other "
                         "sources in the dataset say about the same thing.",
    "sources.kind.news": "news",
    "sources.kind.official": "official",
    "sources.kind.dataset": "dataset",
}

AR = {
    "sources.title": "المصادر",
    "sources.intro": "يستند {facts} معلومة إلى {count} مصدراً. صفِّ المصادر، وافتح أي مصدر "
                     "لترى ما يدعمه، واطّلع على مواضع الخلاف بينها.",
    "sources.filter_publisher": "الناشر",
    "sources.filter_kind": "النوع",
    "sources.filter_language": "اللغة",
    "sources.search": "ابحث في العناوين والروابط",
    "sources.table_caption": "{shown} من {count} مصدراً؛ تواريخ النشر الموسومة «ليس قبل» هي "
                             "تاريخ الواقعة، إذ لم يُسجَّل تاريخ الصفحة نفسها.",
    "sources.facts_of": "المعلومات التي يدعمها مصدر",
    "sources.pick_source": "المصدر",
    "sources.no_match": "لا يوجد مصدر يطابق عوامل التصفية.",
    "sources.reconcile_members": "أعداد الأعضاء المعلنة مقابل الأعضاء المعروفين بالاسم",
    "sources.reconcile_members_note": "يعني الفرق أعضاء يعدّهم مصدر ولا تعرف البيانات أسماءهم، "
                                      "أو رقماً قديماً أو حداً أدنى. الأيام المظللة فيها مصادر "
                                      "بأعداد مختلفة.",
    "sources.reconcile_funding": "أرقام تمويل أوردتها المصادر بشكل مختلف",
    "sources.reconcile_funding_note": "المانح والحالة والفترة نفسها في عدة مصادر بمبالغ أو "
                                      "صيغ مختلفة.",
    "sources.seed": "المقال الأصلي مقابل السجل",
    "sources.seed_note": "معلومات تقرير نورث برس في 8 حزيران/يونيو 2023 إلى جانب ما تقوله "
                         "مصادر أخرى في البيانات عن الأمر نفسه.",
    "sources.kind.news": "أخبار",
    "sources.kind.official": "رسمي",
    "sources.kind.dataset": "بيانات",
}

"""Strings of the overview page."""

EN = {
    "overview.title": "Overview",
    "overview.intro": "Headline figures as reported by the as-of date. Each names its sources; "
                      "open its page for the detail.",
    "overview.members": "Coalition members (stated)",
    "overview.members_detail": "{identified} identified by name in the dataset; {gap} not "
                               "identified.",
    "overview.members_disputed": "Sources that day disagree: {claims}.",
    "overview.goal": "Latest stabilisation goal",
    "overview.no_goal": "No goal had been announced by this date.",
    "overview.goal_detail": "{event}, {date}. A goal, not money received.",
    "overview.drive_reported": "Reported raised in the drive: {amount}.",
    "overview.largest_pledge": "Largest single pledge that day: {donor}, {amount}.",
    "overview.liberated": "Places retaken from ISIS",
    "overview.latest_liberated": "Latest: {place}, {date}.",
    "overview.camps": "People in camps (latest counts)",
    "overview.events_title": "{count} key events: meetings, liberations, accessions",
    "overview.events_none": "No key event had happened by this date.",
    "overview.events_summary": "{count} key events since {first}; the latest is {last} "
                               "({date}).",
    "overview.category.coalition": "Coalition",
    "overview.category.meeting": "Ministerial",
    "overview.category.liberation": "Liberation",
    "overview.category.camp": "Camps",
    "overview.open_page": "Open {page}",
    "overview.sources_of": "Sources: {sources}",
}

AR = {
    "overview.title": "نظرة عامة",
    "overview.intro": "الأرقام الرئيسية كما نُشرت حتى التاريخ المختار، ولكل رقم مصادره؛ "
                      "افتح صفحته للتفاصيل.",
    "overview.members": "أعضاء التحالف (المعلن)",
    "overview.members_detail": "{identified} عضواً معروفون بالاسم في البيانات؛ {gap} غير معروفين.",
    "overview.members_disputed": "المصادر في ذلك اليوم مختلفة: {claims}.",
    "overview.goal": "آخر هدف لتمويل الاستقرار",
    "overview.no_goal": "لم يُعلن أي هدف حتى هذا التاريخ.",
    "overview.goal_detail": "{event}، {date}. هدف وليس أموالاً مستلمة.",
    "overview.drive_reported": "ما أُعلن جمعه في الحملة: {amount}.",
    "overview.largest_pledge": "أكبر تعهد منفرد في ذلك اليوم: {donor}، {amount}.",
    "overview.liberated": "أماكن استعيدت من داعش",
    "overview.latest_liberated": "آخرها: {place}، {date}.",
    "overview.camps": "الأشخاص في المخيمات (آخر الأعداد)",
    "overview.events_title": "{count} حدثاً رئيسياً: اجتماعات وتحرير وانضمام",
    "overview.events_none": "لم يقع أي حدث رئيسي حتى هذا التاريخ.",
    "overview.events_summary": "{count} حدثاً رئيسياً منذ {first}؛ آخرها {last} ({date}).",
    "overview.category.coalition": "التحالف",
    "overview.category.meeting": "اجتماع وزاري",
    "overview.category.liberation": "تحرير",
    "overview.category.camp": "المخيمات",
    "overview.open_page": "افتح {page}",
    "overview.sources_of": "المصادر: {sources}",
}

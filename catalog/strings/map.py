"""Strings of the stabilisation map page and its camp population chart."""

EN = {
    "map.title": "Stabilisation map",
    "map.intro": "Places retaken from ISIS, camps and detention sites, and stabilisation figures "
                 "per governorate, as reported by the date shown. Hover for names in English and "
                 "Arabic, dates and the source.",
    "map.month": "Replay: map as of the end of",
    "map.month_help": "Move to replay the liberations month by month. The map shows what had "
                      "happened by the end of that month, and never goes past the as-of date.",
    "map.layers": "Layers",
    "map.layer.governorates": "Governorate figure",
    "map.layer.places": "Places retaken",
    "map.layer.camps": "Camps & detention",
    "map.metric_select": "Figure per governorate",
    "map.camp_select": "Camp",
    "map.shown_date": "Map as of {date}",
    "map.caption_figure": "Governorates filled by “{metric}”: the latest value known by {date} "
                          "in each of {count} governorates; unfilled governorates have no "
                          "figure of their own. Totals reported for several governorates "
                          "together are not mapped.",
    "map.caption_figure_none": "No governorate had its own value for “{metric}” by {date}, so "
                               "none is filled. Totals reported for several governorates "
                               "together are not mapped.",
    "map.no_metrics": "No stabilisation figure for a single governorate had been published by "
                      "{date}; governorates are drawn as outlines only.",
    "map.no_layers": "All layers are switched off: tick at least one layer to see places, camps "
                     "or figures.",
    "map.empty_places": "No place in the dataset had been taken or retaken by {date}.",
    "map.source": "Source: {source}",
    "map.captured.besieged": "Besieged by ISIS (start not dated)",
    "map.captured.partial": "Partly held by ISIS (start not dated)",
    "map.captured.date": "Taken by ISIS: {date}",
    "map.dates.retaken": "Retaken: {end}",
    "map.dates.retaken_span": "Offensive from {start}; retaken {end}",
    "map.dates.battle": "offensive under way since {start}",
    "map.status.liberated": "Retaken from ISIS",
    "map.status.battle": "Contested: offensive under way",
    "map.status.isis": "Held by ISIS on this date",
    "map.status.recaptured": "Retaken, then lost to ISIS again",
    "map.status.open": "{kind}, open",
    "map.status.closed": "{kind}, closed on {date}",
    "map.status.unreported": "{kind}: no head count on record yet",
    "map.kind.camp": "Camp",
    "map.kind.detention": "Detention site",
    "map.forces": "Forces: {forces}",
    "map.residents": "Residents: {count}",
    "map.count_date": "Latest count: {date}",
    "map.no_count": "No head count on record by this date",
    "map.nearby_town": "Located by nearby town (position approximate)",
    "map.neighbour": "Neighbouring country",
    "map.undof": "UNDOF area of separation",
    "map.undof_note": "UN-patrolled buffer zone on the Golan; no figures mapped.",
    "map.governorate": "Governorate, {country}",
    "map.figure_date": "Figure as of {date}",
    "map.no_figure": "No figure of its own for “{metric}”",
    "map.title_places": "{count} places retaken from ISIS by {date}",
    "map.title_places_held": "{count} places retaken, {held} held by ISIS or contested on {date}",
    "map.title_join": "; ",
    "map.title_camp": "{camp} open with {count} residents",
    "map.title_camp_closed": "{camp} closed on {date}",
    "map.summary": "By {date}, {count} places in the dataset had been retaken from ISIS, the "
                   "latest {latest} on {latest_date}.",
    "map.summary_none": "By {date}, no place in the dataset had yet been retaken from ISIS.",
    "map.summary_held": " {held} were still held by ISIS or contested.",
    "map.summary_camps": "Camps and detention sites that day: {open} open, {closed} closed.",
    "map.summary_camps_unreported": "Camps and detention sites that day: {open} open, {closed} "
                                    "closed, {unreported} with no head count on record yet "
                                    "(drawn as outlines).",
    "map.caption_figure_first": "The first value for a single governorate is of {first}: move "
                                "the replay there or later to see it.",
    "map.legend.key_places": "Key places:",
    "map.list_sep": ", ",
    "map.camp.none_at_all": "The dataset holds no camp head counts to chart.",
    "map.camp.none_first": "No head count for {camp} had been reported by {date}. Its first "
                           "count in the dataset is of {first}: move the replay to that month "
                           "or later, or pick another camp.",
    "map.camp.none_ever": "No head count for {camp} had been published by {as_of}, the as-of "
                          "date. Pick another camp or a later as-of date.",
    "map.legend.label": "Map legend",
    "map.legend.retaken": "Date retaken from ISIS",
    "map.legend.liberated": "retaken (colour = date)",
    "map.legend.held": "held by ISIS or contested",
    "map.legend.camp_open": "camp, open",
    "map.legend.camp_closed": "camp, closed",
    "map.legend.camp_unreported": "camp, no count yet",
    "map.legend.detention": "detention site",
    "map.legend.nearby": "dashed ring: located by nearby town",
    "map.metric.projects_total": "FFS projects (total)",
    "map.metric.new_returnees_in_round": "New returnees in an IOM DTM round",
    "map.metric.returnees_in_high_severity": "Returnees living in high-severity conditions",
    "map.metric.returnees_in_severe_conditions": "Returnees living in severe conditions",
    "map.metric.share_of_projects_pct": "Share of FFS projects (%)",
    "map.metric.returnees": "Returnees (IOM)",
    "map.metric.residents_returned_pct_tikrit": "Tikrit residents returned (%)",
    "map.metric.displaced_from_raqqa_city": "People displaced from Raqqa city",
    "map.metric.returnees_raqqa_city": "Returnees to Raqqa city",
    "map.metric.residents_returned_raqqa_city": "Residents back in Raqqa city",
    "map.metric.returnees_raqqa_periphery_and_villages": "Returnees to Raqqa's outskirts and "
                                                         "villages",
    "map.camp.residents": "Residents",
    "map.camp.iraqis": "Iraqis (of residents)",
    "map.camp.syrians": "Syrians (of residents)",
    "map.camp.third_country": "Third-country nationals (of residents)",
    "map.camp.repatriated": "Iraqis repatriated, cumulative (not residents)",
    "map.camp.fewer_than": "open marker: a ceiling (“fewer than”)",
    "map.camp.closed": "Closed {date}",
    "map.camp.title": "{camp}: {count} residents ({date})",
    "map.camp.title_closed": "{camp} closed on {date}",
    "map.camp.title_none": "{camp}: no head count by this date",
    "map.camp.yaxis": "People",
    "map.camp.summary": "{camp} held {count} residents by the latest count ({date}), against a "
                        "peak of {peak} ({peak_date}).",
    "map.camp.summary_closed": "{camp} closed on {date}; its last count before closing was "
                               "{count} ({count_date}), against a peak of {peak} "
                               "({peak_date}).",
    "map.camp.summary_none": "No head count for {camp} had been reported by {date}.",
    "map.camp.none": "No head count for this camp had been reported by {date}. Move the "
                     "replay later or pick another camp.",
    "map.camp.measure": "Residents, by nationality where reported. Cumulative repatriations are "
                        "a different measure and are drawn apart, never joined to residents.",
}

AR = {
    "map.title": "خريطة الاستقرار",
    "map.intro": "الأماكن المستعادة من داعش والمخيمات ومواقع الاحتجاز وأرقام الاستقرار لكل "
                 "محافظة، كما نُشرت حتى التاريخ المعروض. مرّر المؤشر لرؤية الأسماء بالعربية "
                 "والإنجليزية والتواريخ والمصدر.",
    "map.month": "إعادة العرض: الخريطة حتى نهاية",
    "map.month_help": "حرّك المؤشر لإعادة عرض عمليات التحرير شهراً بعد شهر. تُظهر الخريطة ما "
                      "حدث حتى نهاية ذلك الشهر، ولا تتجاوز التاريخ المختار.",
    "map.layers": "الطبقات",
    "map.layer.governorates": "رقم المحافظة",
    "map.layer.places": "الأماكن المستعادة",
    "map.layer.camps": "المخيمات والاحتجاز",
    "map.metric_select": "الرقم المعروض لكل محافظة",
    "map.camp_select": "المخيم",
    "map.shown_date": "الخريطة حتى {date}",
    "map.caption_figure": "المحافظات ملوّنة حسب «{metric}»: آخر قيمة معروفة حتى {date} في {count} "
                          "محافظات؛ المحافظات غير الملوّنة ليس لها رقم خاص بها. المجاميع المنشورة "
                          "لعدة محافظات معاً لا تظهر على الخريطة.",
    "map.caption_figure_none": "لم يكن لأي محافظة قيمة خاصة بها لـ«{metric}» حتى {date}، فلم تُلوّن "
                               "أي محافظة. المجاميع المنشورة لعدة محافظات معاً لا تظهر على "
                               "الخريطة.",
    "map.no_metrics": "لم يُنشر أي رقم استقرار خاص بمحافظة واحدة حتى {date}؛ تظهر المحافظات "
                      "بحدودها فقط.",
    "map.no_layers": "كل الطبقات مخفية: اختر طبقة واحدة على الأقل لرؤية الأماكن أو المخيمات أو "
                     "الأرقام.",
    "map.empty_places": "لم يكن أي مكان في البيانات قد سقط أو استُعيد حتى {date}.",
    "map.source": "المصدر: {source}",
    "map.captured.besieged": "حاصره داعش (بداية الحصار غير مؤرخة)",
    "map.captured.partial": "سيطر داعش على أجزاء منه (البداية غير مؤرخة)",
    "map.captured.date": "سيطر عليه داعش: {date}",
    "map.dates.retaken": "استُعيد: {end}",
    "map.dates.retaken_span": "هجوم منذ {start}؛ استُعيد {end}",
    "map.dates.battle": "الهجوم جارٍ منذ {start}",
    "map.status.liberated": "استُعيد من داعش",
    "map.status.battle": "متنازع عليه: الهجوم جارٍ",
    "map.status.isis": "تحت سيطرة داعش في هذا التاريخ",
    "map.status.recaptured": "استُعيد ثم عاد داعش فسيطر عليه",
    "map.status.open": "{kind}، مفتوح",
    "map.status.closed": "{kind}، أُغلق في {date}",
    "map.status.unreported": "{kind}: لا يوجد تعداد مسجّل بعد",
    "map.kind.camp": "مخيم",
    "map.kind.detention": "موقع احتجاز",
    "map.forces": "القوات: {forces}",
    "map.residents": "المقيمون: {count}",
    "map.count_date": "آخر تعداد: {date}",
    "map.no_count": "لا يوجد تعداد مسجّل حتى هذا التاريخ",
    "map.nearby_town": "حُدّد موقعه بأقرب بلدة (الموقع تقريبي)",
    "map.neighbour": "دولة مجاورة",
    "map.undof": "منطقة الفصل (أندوف)",
    "map.undof_note": "منطقة عازلة في الجولان تسيّر الأمم المتحدة دورياتها؛ لا أرقام عليها.",
    "map.governorate": "محافظة، {country}",
    "map.figure_date": "الرقم حتى {date}",
    "map.no_figure": "لا رقم خاص بها لـ«{metric}»",
    "map.title_places": "{count} مكاناً استُعيد من داعش حتى {date}",
    "map.title_places_held": "{count} مكاناً مستعاداً و{held} تحت سيطرة داعش أو متنازع عليها "
                             "في {date}",
    "map.title_join": "؛ ",
    "map.title_camp": "{camp} مفتوح ويضم {count} مقيم",
    "map.title_camp_closed": "أُغلق {camp} في {date}",
    "map.summary": "حتى {date}، استُعيد {count} مكاناً في البيانات من داعش، آخرها {latest} في "
                   "{latest_date}.",
    "map.summary_none": "حتى {date}، لم يكن أي مكان في البيانات قد استُعيد من داعش.",
    "map.summary_held": " وكان {held} لا يزال تحت سيطرة داعش أو متنازعاً عليه.",
    "map.summary_camps": "المخيمات ومواقع الاحتجاز في ذلك اليوم: {open} مفتوحة و{closed} مغلقة.",
    "map.summary_camps_unreported": "المخيمات ومواقع الاحتجاز في ذلك اليوم: {open} مفتوحة "
                                    "و{closed} مغلقة، و{unreported} لم يُسجَّل لها أي تعداد بعد "
                                    "(مرسومة بإطار فقط).",
    "map.caption_figure_first": "أول قيمة خاصة بمحافظة واحدة تعود إلى {first}: حرّك إعادة العرض "
                                "إلى ذلك التاريخ أو بعده لرؤيتها.",
    "map.legend.key_places": "أماكن رئيسية:",
    "map.list_sep": "، ",
    "map.camp.none_at_all": "لا تتضمن البيانات أي تعداد للمخيمات لعرضه.",
    "map.camp.none_first": "لم يُنشر أي تعداد لـ{camp} حتى {date}. أول تعداد له في البيانات يعود "
                           "إلى {first}: حرّك إعادة العرض إلى ذلك الشهر أو بعده، أو اختر مخيماً "
                           "آخر.",
    "map.camp.none_ever": "لم يُنشر أي تعداد لـ{camp} حتى {as_of}، وهو التاريخ المختار. اختر "
                          "مخيماً آخر أو تاريخاً لاحقاً.",
    "map.legend.label": "مفتاح الخريطة",
    "map.legend.retaken": "تاريخ الاستعادة من داعش",
    "map.legend.liberated": "مستعاد (اللون = التاريخ)",
    "map.legend.held": "تحت سيطرة داعش أو متنازع عليه",
    "map.legend.camp_open": "مخيم مفتوح",
    "map.legend.camp_closed": "مخيم مغلق",
    "map.legend.camp_unreported": "مخيم بلا تعداد بعد",
    "map.legend.detention": "موقع احتجاز",
    "map.legend.nearby": "حلقة متقطعة: الموقع بأقرب بلدة",
    "map.metric.projects_total": "مشاريع صندوق FFS (المجموع)",
    "map.metric.new_returnees_in_round": "العائدون الجدد في جولة مصفوفة تتبع النزوح",
    "map.metric.returnees_in_high_severity": "عائدون يعيشون في ظروف شديدة الخطورة",
    "map.metric.returnees_in_severe_conditions": "عائدون يعيشون في ظروف قاسية",
    "map.metric.share_of_projects_pct": "حصة مشاريع صندوق FFS (%)",
    "map.metric.returnees": "العائدون (المنظمة الدولية للهجرة)",
    "map.metric.residents_returned_pct_tikrit": "نسبة العائدين من سكان تكريت (%)",
    "map.metric.displaced_from_raqqa_city": "النازحون من مدينة الرقة",
    "map.metric.returnees_raqqa_city": "العائدون إلى مدينة الرقة",
    "map.metric.residents_returned_raqqa_city": "السكان العائدون إلى مدينة الرقة",
    "map.metric.returnees_raqqa_periphery_and_villages": "العائدون إلى أطراف الرقة وقراها",
    "map.camp.residents": "المقيمون",
    "map.camp.iraqis": "العراقيون (من المقيمين)",
    "map.camp.syrians": "السوريون (من المقيمين)",
    "map.camp.third_country": "رعايا دول أخرى (من المقيمين)",
    "map.camp.repatriated": "العراقيون المعادون إلى العراق، تراكمي (ليسوا مقيمين)",
    "map.camp.fewer_than": "علامة مفرغة: حد أعلى («أقل من»)",
    "map.camp.closed": "أُغلق {date}",
    "map.camp.title": "{camp}: {count} مقيم ({date})",
    "map.camp.title_closed": "أُغلق {camp} في {date}",
    "map.camp.title_none": "{camp}: لا تعداد حتى هذا التاريخ",
    "map.camp.yaxis": "أشخاص",
    "map.camp.summary": "ضمّ {camp} {count} مقيم بحسب آخر تعداد ({date})، مقابل ذروة بلغت {peak} "
                        "({peak_date}).",
    "map.camp.summary_closed": "أُغلق {camp} في {date}؛ وكان آخر تعداد قبل إغلاقه {count} "
                               "({count_date})، مقابل ذروة بلغت {peak} ({peak_date}).",
    "map.camp.summary_none": "لم يُنشر أي تعداد لـ{camp} حتى {date}.",
    "map.camp.none": "لم يُنشر أي تعداد لهذا المخيم حتى {date}. حرّك إعادة العرض إلى تاريخ "
                     "لاحق أو اختر مخيماً آخر.",
    "map.camp.measure": "المقيمون، وحسب الجنسية حيث نُشرت. الإعادات التراكمية مقياس مختلف وتُرسم "
                        "منفصلة ولا تُوصل بالمقيمين أبداً.",
}

# Arabic names of the neighbouring countries (the bundled outlines carry English names only).
COUNTRIES_AR = {
    "Armenia": "أرمينيا", "Azerbaijan": "أذربيجان", "Cyprus": "قبرص", "Egypt": "مصر",
    "Georgia": "جورجيا", "Iran": "إيران", "Iraq": "العراق", "Israel": "إسرائيل",
    "Jordan": "الأردن", "Kuwait": "الكويت", "Lebanon": "لبنان", "Palestine": "فلسطين",
    "Saudi Arabia": "السعودية", "Syria": "سوريا", "Turkey": "تركيا",
    "Northern Cyprus": "شمال قبرص",
}
EN |= {f"map.country.{name}": name for name in COUNTRIES_AR}
AR |= {f"map.country.{name}": name_ar for name, name_ar in COUNTRIES_AR.items()}

# The territory chart on the map page.
EN |= {
    "territory.heading": "Territory held over time",
    "territory.note": "Each measurer counts differently, so each keeps its own line; a dashed "
                      "line is Iraq alone, a dotted one Syria alone. The Coalition's figures "
                      "are of ground retaken, another quantity: they are in the table below, "
                      "not on the chart.",
    "territory.measurer.ihs_conflict_monitor": "IHS Conflict Monitor",
    "territory.measurer.coalition": "Coalition",
    "territory.measurer.us_dod": "US Department of Defense",
    "territory.measurer.rand": "RAND",
    "territory.measurer.us_officials": "US officials",
    "territory.scope.iraq_syria": "Iraq and Syria",
    "territory.scope.iraq": "Iraq",
    "territory.scope.syria": "Syria",
    "territory.measure.held": "Area held",
    "territory.measure.retaken_cumulative": "Ground retaken (cumulative)",
    "territory.km2": "{area} km²",
    "territory.source": "Source",
    "territory.places": "Places retaken",
    "territory.retaken_on": "retaken",
    "territory.axis": "Area held (km²)",
    "territory.as_of_mark": "as of {date}",
    "territory.title": "Area held: from {first} ({first_by}, {first_date}) to {last} "
                       "({last_by}, {last_date})",
    "territory.as_of_later": "as of {date}: after the last figure →",
    "territory.short.ihs_conflict_monitor": "IHS",
    "territory.short.us_dod": "US DoD",
    "territory.title_latest": "{measurer}: {area} held, {date}",
    "territory.title_none": "No figure for the area held had been reported by this date",
    "territory.stamp": "As of {date} · {places} places retaken on the lower strip",
    "territory.summary": "{count} figures for the area held, from {measurers}. {title}.",
    "territory.summary_none": "No figure for the area held had been reported by this date.",
    "territory.table": "Every area figure, held and retaken, with who measured it",
    "territory.col.date": "Date",
    "territory.col.measure": "Figure",
    "territory.col.area": "Area",
    "territory.col.who": "Measured by",
    "territory.col.source": "Source",
}
AR |= {
    "territory.heading": "المساحة التي سيطر عليها التنظيم عبر الزمن",
    "territory.note": "لكل جهة قياس طريقتها، فلكل منها خطها؛ الخط المتقطع للعراق وحده والمنقّط "
                      "لسوريا وحدها. أرقام التحالف هي للأراضي المستعادة، وهي كمية أخرى: تجدها في "
                      "الجدول أدناه لا في الرسم.",
    "territory.measurer.ihs_conflict_monitor": "مرصد النزاعات IHS",
    "territory.measurer.coalition": "التحالف",
    "territory.measurer.us_dod": "وزارة الدفاع الأمريكية",
    "territory.measurer.rand": "مؤسسة راند",
    "territory.measurer.us_officials": "مسؤولون أمريكيون",
    "territory.scope.iraq_syria": "العراق وسوريا",
    "territory.scope.iraq": "العراق",
    "territory.scope.syria": "سوريا",
    "territory.measure.held": "مساحة تحت السيطرة",
    "territory.measure.retaken_cumulative": "أراضٍ مستعادة (تراكمي)",
    "territory.km2": "{area} كم²",
    "territory.source": "المصدر",
    "territory.places": "أماكن مستعادة",
    "territory.retaken_on": "استُعيدت",
    "territory.axis": "المساحة تحت السيطرة (كم²)",
    "territory.as_of_mark": "حتى {date}",
    "territory.title": "المساحة تحت السيطرة: من {first} ({first_by}، {first_date}) إلى "
                       "{last} ({last_by}، {last_date})",
    "territory.as_of_later": "حتى {date}: بعد آخر رقم ←",
    "territory.short.ihs_conflict_monitor": "IHS",
    "territory.short.us_dod": "البنتاغون",
    "territory.title_latest": "{measurer}: {area} تحت السيطرة، {date}",
    "territory.title_none": "لم يُعلن أي رقم للمساحة تحت السيطرة حتى هذا التاريخ",
    "territory.stamp": "حتى {date} · {places} مكانًا مستعادًا في الشريط السفلي",
    "territory.summary": "{count} رقمًا للمساحة تحت السيطرة، من {measurers}. {title}.",
    "territory.summary_none": "لم يُعلن أي رقم للمساحة تحت السيطرة حتى هذا التاريخ.",
    "territory.table": "كل أرقام المساحة، تحت السيطرة والمستعادة، مع جهة القياس",
    "territory.col.date": "التاريخ",
    "territory.col.measure": "الرقم",
    "territory.col.area": "المساحة",
    "territory.col.who": "جهة القياس",
    "territory.col.source": "المصدر",
}

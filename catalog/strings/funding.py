"""Strings of the funding page."""

EN: dict[str, str] = {
    "funding.title": "Funding timeline",
    "funding.filters": "Funding filters",
    "funding.years": "Years",
    "funding.recipients": "Recipient",
    "funding.statuses": "Status",
    "funding.donors": "Donor",
    "funding.purposes": "Purpose",
    "funding.purposes_help": "What the money is for, as its source words it. Stabilisation is "
                             "shown by default: humanitarian aid, counter-terrorism packages, "
                             "reconstruction and mixed sums are other kinds of money.",
    "funding.donors_placeholder": "All donors",
    "funding.channel": "Channel or event contains",
    "funding.channel_help": "Text search, e.g. FFS, SRTF, Riyadh.",
    "funding.reconstruction": "Include the Kuwait reconstruction conference (2018)",
    "funding.reconstruction_help": "Grants, loans and private investment for rebuilding Iraq "
                                   "($30B in total): another order of money than Coalition "
                                   "stabilisation funding.",
    "funding.reconstruction_hidden": "{count} rows of the 2018 Kuwait reconstruction conference "
                                     "(grants, loans and investment, $30B in total) are hidden; "
                                     "tick the box in the sidebar to show them.",
    "funding.chart_note": "Log scale: each gridline is ten times the one below. Each status is "
                          "its own series and is never added to another; open markers are "
                          "\"more than\" amounts (floors); lines join the readings of one running "
                          "total only. Dotted verticals: Coalition ministerials.",
    "funding.empty": "No funding rows match these filters as of this date. Widen the years, "
                     "recipients or statuses, or clear the donor and channel filters.",
    "funding.no_status": "Choose at least one status and one recipient to see funding rows.",
    "funding.no_data": "No funding had been reported by this date.",
    "funding.title_goal": "{place} set a goal of {amount}",
    "funding.title_goal_in": "goal stated in {event}: {amount}",
    "funding.title_pledge": "{donor} pledged {amount}",
    "funding.title_latest_pledge": "latest pledge: {donor}, {amount} ({date})",
    "funding.title_join": "; ",
    "funding.title_largest": "largest {status} shown: {donor}, {amount} ({date})",
    "funding.n_rows.one": "1 funding row",
    "funding.n_rows.many": "{count} funding rows",
    "funding.n_donors.one": "1 named donor",
    "funding.n_donors.many": "{count} named donors",
    "funding.y_title": "US dollars (log scale)",
    "funding.x_title": "Date announced or reported",
    "funding.floor_note": "(a floor: at least this much)",
    "funding.converted_note": "Converted from {currency} {amount} at {rate} USD per {currency} "
                              "({year} annual average)",
    "funding.series_line": "Running total: {series}",
    "funding.source_line": "Source: {source}",
    "funding.series.ffs_received": "FFS contributions received (all donors)",
    "funding.series.ffs_expenditure": "FFS expenditure",
    "funding.series.other": "Other running totals (one line each)",
    "funding.ministerials": "Coalition ministerials",
    "funding.summary": "{rows} from {first} to {last} ({parts}), each status "
                       "plotted on its own.",
    "funding.summary_ffs": "The latest FFS running total: {amount} received from all donors "
                           "by {date}.",
    "funding.donor_heading": "Pledges and contributions by donor",
    "funding.donor_hover": "<b>{donor}</b><br>{status}: {amount} ({rows} added within "
                           "this status)",
    "funding.donor_x_title": "US dollars, total within each status",
    "funding.donor_title_pledge": "{donor} pledged most: {amount}",
    "funding.donor_title_contribution": "{donor} contributed most: {amount}",
    "funding.donor_none": "No pledge or contribution by a named donor matches these filters.",
    "funding.donor_summary": "{donors} in the rows shown; {title}. Pledges and "
                             "contributions are totalled separately. Collective rows "
                             "(coalition or conference totals; {collective} here) are not donors "
                             "and are left out of this ranking.",
    "funding.donor_note": "Top 12 named donors, ranked by their largest total in one status. "
                          "Solid bars: pledges; hatched bars: contributions.",
    "funding.table_heading": "The rows, with their sources",
    "funding.col.date": "Date",
    "funding.col.status": "Status",
    "funding.col.amount": "Amount (USD)",
    "funding.col.amount_usd": "USD (number)",
    "funding.col.qualifier": "Qualifier",
    "funding.col.donor": "Donor",
    "funding.col.recipient": "Recipient",
    "funding.col.channel": "Channel",
    "funding.col.event": "Event",
    "funding.col.series": "Running total",
    "funding.col.original": "Original currency",
    "funding.col.converted": "Converted",
    "funding.col.converted_help": "Ticked: converted to USD by this dashboard at the Federal "
                                  "Reserve annual average rate for that year.",
    "funding.col.publisher": "Source",
    "funding.col.source_url": "Link",
    "funding.open_link": "open",
    "funding.qualifier.exact": "exact",
    "funding.qualifier.more_than": "more than (floor)",
    "funding.qualifier.about": "about",
    "funding.qualifier.nearly": "nearly",
    "funding.qualifier.less_than": "less than (ceiling)",
    "funding.donor.ARE": "United Arab Emirates",
    "funding.donor.AUS": "Australia",
    "funding.donor.BEL": "Belgium",
    "funding.donor.DEU": "Germany",
    "funding.donor.DNK": "Denmark",
    "funding.donor.EUU": "European Union",
    "funding.donor.FIN": "Finland",
    "funding.donor.FRA": "France",
    "funding.donor.GBR": "United Kingdom",
    "funding.donor.GRC": "Greece",
    "funding.donor.IRQ": "Iraq (Government)",
    "funding.donor.ITA": "Italy",
    "funding.donor.JPN": "Japan",
    "funding.donor.KWT": "Kuwait",
    "funding.donor.NLD": "Netherlands",
    "funding.donor.NOR": "Norway",
    "funding.donor.POL": "Poland",
    "funding.donor.SAU": "Saudi Arabia",
    "funding.donor.SWE": "Sweden",
    "funding.donor.USA": "United States",
}

AR: dict[str, str] = {
    "funding.title": "الخط الزمني للتمويل",
    "funding.filters": "عوامل تصفية التمويل",
    "funding.years": "السنوات",
    "funding.recipients": "الجهة المستفيدة",
    "funding.statuses": "الحالة",
    "funding.donors": "المانح",
    "funding.purposes": "الغرض",
    "funding.purposes_help": "ما خُصص له المال كما يصفه مصدره. يُعرض تحقيق الاستقرار افتراضياً: "
                             "المساعدات الإنسانية وحزم مكافحة الإرهاب وإعادة الإعمار والمبالغ "
                             "المختلطة أنواع أخرى من المال.",
    "funding.donors_placeholder": "جميع المانحين",
    "funding.channel": "القناة أو الحدث يتضمن",
    "funding.channel_help": "بحث نصي، مثل FFS أو SRTF أو Riyadh.",
    "funding.reconstruction": "إدراج مؤتمر الكويت لإعادة الإعمار (2018)",
    "funding.reconstruction_help": "منح وقروض واستثمارات خاصة لإعادة إعمار العراق (30 مليار "
                                   "دولار إجمالاً): وهي أموال من حجم آخر غير تمويل التحالف "
                                   "لتحقيق الاستقرار.",
    "funding.reconstruction_hidden": "أُخفي {count} من صفوف مؤتمر الكويت لإعادة الإعمار لعام "
                                     "2018 (منح وقروض واستثمارات، 30 مليار دولار إجمالاً)؛ "
                                     "فعّل الخيار في الشريط الجانبي لإظهارها.",
    "funding.chart_note": "مقياس لوغاريتمي: كل خط شبكي يساوي عشرة أضعاف الخط الذي تحته. لكل "
                          "حالة سلسلتها الخاصة ولا تُجمع مع غيرها؛ العلامات المفرغة مبالغ "
                          "\"أكثر من\" (حدود دنيا)؛ والخطوط تصل قراءات المجموع التراكمي الواحد "
                          "فقط. الخطوط العمودية المنقطة: الاجتماعات الوزارية للتحالف.",
    "funding.empty": "لا توجد صفوف تمويل تطابق عوامل التصفية حتى هذا التاريخ. وسّع نطاق "
                     "السنوات أو الجهات المستفيدة أو الحالات، أو امسح عاملي المانح والقناة.",
    "funding.no_status": "اختر حالة واحدة وجهة مستفيدة واحدة على الأقل لعرض صفوف التمويل.",
    "funding.no_data": "لم يُعلن أي تمويل حتى هذا التاريخ.",
    "funding.title_goal": "حدد اجتماع {place} هدفاً قدره {amount}",
    "funding.title_goal_in": "الهدف المعلن في {event}: {amount}",
    "funding.title_pledge": "تعهدت {donor} بمبلغ {amount}",
    "funding.title_latest_pledge": "آخر تعهد: {donor}، {amount} ({date})",
    "funding.title_join": "؛ ",
    "funding.title_largest": "أكبر مبلغ معروض ({status}): {donor}، {amount} ({date})",
    "funding.n_rows.one": "صف تمويل واحد",
    "funding.n_rows.two": "صفا تمويل",
    "funding.n_rows.few": "{count} صفوف تمويل",
    "funding.n_rows.many": "{count} صفاً من صفوف التمويل",
    "funding.n_donors.one": "مانح مسمى واحد",
    "funding.n_donors.two": "مانحان مسميان",
    "funding.n_donors.few": "{count} مانحين مسمين",
    "funding.n_donors.many": "{count} مانحاً مسمى",
    "funding.y_title": "دولار أمريكي (مقياس لوغاريتمي)",
    "funding.x_title": "تاريخ الإعلان أو النشر",
    "funding.floor_note": "(حد أدنى: هذا المبلغ على الأقل)",
    "funding.converted_note": "حُوّل من {amount} {currency} بسعر {rate} دولار لكل {currency} "
                              "(متوسط سنة {year})",
    "funding.series_line": "المجموع التراكمي: {series}",
    "funding.source_line": "المصدر: {source}",
    "funding.series.ffs_received": "مساهمات مرفق تمويل الاستقرار المستلمة (جميع المانحين)",
    "funding.series.ffs_expenditure": "إنفاق مرفق تمويل الاستقرار",
    "funding.series.other": "مجاميع تراكمية أخرى (خط لكل منها)",
    "funding.ministerials": "الاجتماعات الوزارية للتحالف",
    "funding.summary": "{rows} من {first} إلى {last} ({parts})، وكل "
                       "حالة مرسومة على حدة.",
    "funding.summary_ffs": "آخر مجموع تراكمي لمرفق تمويل الاستقرار: {amount} مستلمة من جميع "
                           "المانحين حتى {date}.",
    "funding.donor_heading": "التعهدات والمساهمات حسب المانح",
    "funding.donor_hover": "<b>{donor}</b><br>{status}: {amount} ({rows}، مجموعة ضمن هذه "
                           "الحالة)",
    "funding.donor_x_title": "دولار أمريكي، المجموع ضمن كل حالة",
    "funding.donor_title_pledge": "أكبر المتعهدين {donor}: {amount}",
    "funding.donor_title_contribution": "أكبر المساهمين {donor}: {amount}",
    "funding.donor_none": "لا يوجد تعهد أو مساهمة من مانح مسمى يطابق عوامل التصفية.",
    "funding.donor_summary": "{donors} في الصفوف المعروضة؛ {title}. تُجمع التعهدات "
                             "والمساهمات كلٌّ على حدة. أما الصفوف الجماعية (مجاميع التحالف أو "
                             "المؤتمرات، وعددها هنا {collective}) فليست مانحين واستُبعدت من "
                             "هذا الترتيب.",
    "funding.donor_note": "أكبر 12 مانحاً مسمى، مرتبين حسب أكبر مجموع لهم في حالة واحدة. "
                          "الأعمدة المصمتة: تعهدات؛ الأعمدة المخططة: مساهمات.",
    "funding.table_heading": "الصفوف مع مصادرها",
    "funding.col.date": "التاريخ",
    "funding.col.status": "الحالة",
    "funding.col.amount": "المبلغ (دولار)",
    "funding.col.amount_usd": "بالدولار (رقم)",
    "funding.col.qualifier": "الوصف",
    "funding.col.donor": "المانح",
    "funding.col.recipient": "الجهة المستفيدة",
    "funding.col.channel": "القناة",
    "funding.col.event": "الحدث",
    "funding.col.series": "المجموع التراكمي",
    "funding.col.original": "العملة الأصلية",
    "funding.col.converted": "محوّل",
    "funding.col.converted_help": "عند التأشير: حوّلته هذه اللوحة إلى الدولار بمتوسط سعر "
                                  "الاحتياطي الفيدرالي السنوي لتلك السنة.",
    "funding.col.publisher": "المصدر",
    "funding.col.source_url": "الرابط",
    "funding.open_link": "فتح",
    "funding.qualifier.exact": "دقيق",
    "funding.qualifier.more_than": "أكثر من (حد أدنى)",
    "funding.qualifier.about": "نحو",
    "funding.qualifier.nearly": "قرابة",
    "funding.qualifier.less_than": "أقل من (حد أعلى)",
    "funding.donor.ARE": "الإمارات العربية المتحدة",
    "funding.donor.AUS": "أستراليا",
    "funding.donor.BEL": "بلجيكا",
    "funding.donor.DEU": "ألمانيا",
    "funding.donor.DNK": "الدنمارك",
    "funding.donor.EUU": "الاتحاد الأوروبي",
    "funding.donor.FIN": "فنلندا",
    "funding.donor.FRA": "فرنسا",
    "funding.donor.GBR": "المملكة المتحدة",
    "funding.donor.GRC": "اليونان",
    "funding.donor.IRQ": "العراق (الحكومة)",
    "funding.donor.ITA": "إيطاليا",
    "funding.donor.JPN": "اليابان",
    "funding.donor.KWT": "الكويت",
    "funding.donor.NLD": "هولندا",
    "funding.donor.NOR": "النرويج",
    "funding.donor.POL": "بولندا",
    "funding.donor.SAU": "السعودية",
    "funding.donor.SWE": "السويد",
    "funding.donor.USA": "الولايات المتحدة",
}

# Drive progress (funding page).
EN |= {
    "drives.heading": "How far each fundraising drive got",
    "drives.note": "Each drive's goal beside the latest total reported toward it (or, without "
                   "one, the pledges tied to it, which are only some of the drive's). Only "
                   "stabilisation money counts. A hatched bar is a bound, not a measure: "
                   "\"more than\" in the goal or in what was raised.",
    "drives.name": "{event} ({date})",
    "drives.no_figure": "no later figure found",
    "drives.unbounded": "goal and total both floors: no share",
    "drives.share.exact": "{share}% of the goal",
    "drives.share.about": "about {share}% of the goal",
    "drives.share.at_least": "at least {share}% of the goal",
    "drives.share.at_most": "at most {share}% of the goal",
    "drives.line_total": "{raised} reported toward a goal of {goal}: {share}",
    "drives.line_pledges": "pledges recorded toward a goal of {goal} add up to {raised}: "
                           "{share} (no total for the drive found)",
    "drives.line_none": "goal of {goal}; no later figure found",
    "drives.title": "{count} drives: {reached} reported reaching the goal, {unknown} without a "
                    "later figure",
    "drives.axis": "Share of the goal reported",
    "drives.source": "Source",
    "drives.pick": "A drive's rows and sources",
    "drives.pick_placeholder": "Choose a drive to see its rows",
    "drives.none": "No fundraising drive had been announced by this date.",
    "drives.col.role": "In the drive",
    "drives.role.goal": "Goal",
    "drives.role.total": "Total reported",
    "drives.role.pledge": "Pledge toward it",
}
AR |= {
    "drives.heading": "إلى أين وصلت كل حملة لجمع التمويل",
    "drives.note": "هدف كل حملة إلى جانب آخر حصيلة أُعلنت لها (أو، في غيابها، التعهدات المرتبطة "
                   "بها، وهي بعض تعهدات الحملة فقط). يُحتسب تمويل الاستقرار وحده. الشريط "
                   "المخطط حدّ لا قياس: \"أكثر من\" في الهدف أو في الحصيلة.",
    "drives.name": "{event} ({date})",
    "drives.no_figure": "لم يُعثر على رقم لاحق",
    "drives.unbounded": "الهدف والحصيلة كلاهما حد أدنى: لا نسبة",
    "drives.share.exact": "{share}% من الهدف",
    "drives.share.about": "نحو {share}% من الهدف",
    "drives.share.at_least": "{share}% من الهدف على الأقل",
    "drives.share.at_most": "{share}% من الهدف على الأكثر",
    "drives.line_total": "أُعلن {raised} لهدف قدره {goal}: {share}",
    "drives.line_pledges": "مجموع التعهدات المسجلة لهدف قدره {goal} هو {raised}: {share} (لم "
                           "يُعثر على حصيلة للحملة)",
    "drives.line_none": "هدف قدره {goal}؛ لم يُعثر على رقم لاحق",
    "drives.title": "{count} حملات: {reached} بلغت الهدف حسب المعلن، و{unknown} بلا رقم لاحق",
    "drives.axis": "نسبة الهدف المعلنة",
    "drives.source": "المصدر",
    "drives.pick": "صفوف الحملة ومصادرها",
    "drives.pick_placeholder": "اختر حملة لترى صفوفها",
    "drives.none": "لم تُعلن أي حملة لجمع التمويل حتى هذا التاريخ.",
    "drives.col.role": "دوره في الحملة",
    "drives.role.goal": "الهدف",
    "drives.role.total": "الحصيلة المعلنة",
    "drives.role.pledge": "تعهد لها",
}

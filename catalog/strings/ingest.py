"""Strings of the article ingestion page: form, highlights, candidates table, saves, errors."""

EN = {
    "nav.ingest": "Add from an article",
    "ingest.title": "Add facts from an article",
    "ingest.intro": "Paste a news story or upload it, check the amounts and membership counts "
                    "found in it, correct them, and add them to the dashboard with the article "
                    "as their source. Added rows are kept on this computer and can be undone.",
    "ingest.paste": "Article text",
    "ingest.paste_help": "Plain text or HTML; markup is removed. Up to {limit} KB of text.",
    "ingest.upload": "…or upload a file (.txt or .html, UTF-8)",
    "ingest.publisher": "Publisher",
    "ingest.title_field": "Headline",
    "ingest.url": "Web address (optional)",
    "ingest.published": "Published on",
    "ingest.language": "Article language",
    "ingest.language.auto": "Detect automatically",
    "ingest.language.en": "English",
    "ingest.language.ar": "Arabic",
    "ingest.kind": "Kind of source",
    "ingest.kind.news": "News",
    "ingest.kind.official": "Official statement",
    "ingest.find": "Find facts",
    "ingest.text_heading": "The article, with what was found",
    "ingest.candidates_heading": "Facts found: tick the ones to add and correct them",
    "ingest.candidates_help": "Rows start unticked. A funding row needs a status, a donor and a "
                              "recipient before it can be added.",
    "ingest.found_none": "No amounts of money or membership counts were found in this text.",
    "ingest.save": "Add the ticked rows",
    "ingest.fix_heading": "Correct one row",
    "ingest.fix_help": "The same corrections as in the table above, with ordinary fields (easier "
                       "with a keyboard or a screen reader).",
    "ingest.fix_row": "Row to correct",
    "ingest.fix_row_label": "Row {row}: {matched}",
    "ingest.fix_apply": "Apply to this row",
    "ingest.saved": "Saved. Facts added: {count}, with the article as source {source_id}. They "
                    "now appear on every page, marked “added locally”.",
    "ingest.undone": "Undone: {source_id} and its facts ({count}) are no longer shown.",
    "ingest.saves_heading": "Articles added on this computer",
    "ingest.no_saves": "Nothing has been added yet.",
    "ingest.save_line": "{published} · {publisher}: {title} · facts: {facts} · {source_id}",
    "ingest.withdrawn": "undone",
    "ingest.undo": "Undo",
    "ingest.export": "Download the added rows (zip of CSV files in the data/ formats)",
    "ingest.rejected": "A locally added row is not shown on the charts: {problem}",
    "ingest.disabled": "Local facts are switched off (COALITION_LOCAL_DB=off).",
    "ingest.kind.pledges": "Funding row",
    "ingest.kind.member_counts": "Member count",
    "ingest.kind.events": "Event",
    "ingest.status.unknown": "Choose…",
    "ingest.qualifier.exact": "exact",
    "ingest.qualifier.more_than": "more than",
    "ingest.qualifier.about": "about",
    "ingest.qualifier.nearly": "nearly",
    "ingest.scope.total": "all members",
    "ingest.scope.core_group": "core group",
    "ingest.col.accept": "Add",
    "ingest.col.kind": "Kind",
    "ingest.col.matched": "Found text",
    "ingest.col.status": "Status",
    "ingest.col.date": "Date",
    "ingest.col.donor": "Donor",
    "ingest.col.recipient": "Recipient",
    "ingest.col.qualifier": "Qualifier",
    "ingest.col.amount_usd": "Amount (USD)",
    "ingest.col.currency": "Currency",
    "ingest.col.count": "Members",
    "ingest.col.sentence": "Sentence",
    "ingest.col.donor_iso3": "Donor code",
    "ingest.col.amount_original": "Amount (original)",
    "ingest.col.converted": "Converted",
    "ingest.col.scope": "Counted",
    "ingest.col.stated_by": "Stated by",
    "ingest.col.event": "Occasion",
    "ingest.col.channel": "Channel",
    "ingest.col.series": "Series (running total)",
    "ingest.legend.money": "money",
    "ingest.legend.member_counts": "member count",
    "ingest.legend.dates": "date",
    "ingest.legend.places": "place",
    "ingest.mark.money": "Money: {amount} ({status})",
    "ingest.mark.count": "Member count: {count} on {date}",
    "ingest.mark.date": "Date: {value}",
    "ingest.mark.place": "Place: {name}",
    "ingest.note.markup": "The HTML markup was removed; only the visible text is kept.",
    "ingest.note.main_text": "Only the page's article text is kept: menus, related links, "
                             "comments and footers were left out.",
    "ingest.note.bidi": "{count} invisible text-direction characters were removed.",
    "ingest.err.file_type": "“{name}” is not a .txt or .html file; upload the article as text "
                            "or HTML.",
    "ingest.err.file_size": "“{name}” is {size} KB, over the {limit} KB limit for an upload.",
    "ingest.err.binary": "“{name}” is a binary file, not text; save the article as .txt or "
                         ".html.",
    "ingest.err.not_utf8": "“{name}” is not UTF-8 text (byte {byte} at position {offset}); save "
                           "it as UTF-8 and upload it again.",
    "ingest.err.empty": "The article text is empty; paste the article or upload a file.",
    "ingest.err.too_long": "The article text is {size} KB, over the {limit} KB limit; paste "
                           "only the article.",
    "ingest.err.publisher": "Enter the publisher of the article.",
    "ingest.err.title": "Enter the headline of the article.",
    "ingest.err.url": "The web address “{url}” must start with http:// or https:// and contain "
                      "no spaces.",
    "ingest.err.published": "Enter the date the article was published.",
    "ingest.err.future": "The publication date {date} is after today ({today}); an article "
                         "cannot be published in the future.",
    "ingest.err.kind": "“{kind}” is not a kind of source (news or official).",
    "ingest.err.language": "“{language}” is not a two-letter language code such as en or ar.",
    "ingest.err.no_save": "There is no save number {save_id} to undo.",
    "ingest.err.already_undone": "Save number {save_id} was already undone; nothing changed.",
    "ingest.err.duplicate_text": "This article was already added as {source_id} (“{title}”); "
                                 "undo that save first to add it again.",
    "ingest.err.duplicate_url": "An article with the address {url} was already added as "
                                "{source_id}; undo that save first to add it again.",
    "ingest.err.shipped_url": "This article is already in the dashboard's data as source "
                              "{source_id}.",
    "ingest.err.none_accepted": "Tick “Add” on at least one row before saving.",
    "ingest.err.row_date_format": "Row {row} (“{matched}”), {field}: “{value}” is not a date; "
                                  "write YYYY, YYYY-MM or YYYY-MM-DD.",
    "ingest.err.row_date_early": "Row {row} (“{matched}”), {field}: {value} is before "
                                 "{earliest}, the start of the data.",
    "ingest.err.row_date_late": "Row {row} (“{matched}”), {field}: {value} is after the "
                                "article's publication date {published}.",
    "ingest.err.row_choice": "Row {row} (“{matched}”), {field}: choose one of {choices}.",
    "ingest.err.row_count": "Row {row} (“{matched}”), {field}: enter a whole number from 1 to "
                            "200.",
    "ingest.err.row_required": "Row {row} (“{matched}”), {field}: this field is required.",
    "ingest.err.row_status": "Row {row} (“{matched}”), {field}: choose goal, pledge, "
                             "contribution, drive total or cumulative before adding the row.",
    "ingest.err.row_series_required": "Row {row} (“{matched}”), {field}: a cumulative amount is a "
                                      "running total; name the total it belongs to (for example "
                                      "“FFS contributions received (all donors)”).",
    "ingest.err.row_series_only_cumulative": "Row {row} (“{matched}”), {field}: only a cumulative "
                                             "amount belongs to a series; clear it or choose "
                                             "cumulative.",
    "ingest.err.row_code": "Row {row} (“{matched}”), {field}: use a three-letter code in "
                           "capitals (USD, EUR, NOR...).",
    "ingest.err.row_amount": "Row {row} (“{matched}”), {field}: enter a finite amount above "
                             "zero.",
    "ingest.err.row_loader": "Row {row} (“{matched}”): {problem}.",
    "ingest.err.store": "The local store could not be written ({problem}); nothing was "
                        "changed. Try again in a moment.",
    "ingest.err.paste_size": "The pasted text is {size} KB, over the {limit} KB limit; paste "
                             "only the article.",
    "ingest.err.text_too_long": "{field}: {length} characters, over the limit of {limit}; "
                                "shorten it.",
    "ingest.err.text_bidi": "{field}: contains an invisible text-direction character "
                            "({char}, character {position}) that can make the text read in a "
                            "misleading order; type the field again without it.",
    "ingest.err.text_control": "{field}: contains the control character {char} (character "
                               "{position}); remove it.",
    "ingest.err.url_host": "The web address “{url}” has no host name; write it as "
                           "https://host/path.",
    "ingest.err.row_text_too_long": "Row {row} (“{matched}”), {field}: {length} characters, over "
                                    "the limit of {limit}.",
    "ingest.err.row_text_bidi": "Row {row} (“{matched}”), {field}: contains an invisible "
                                "text-direction character ({char}, character {position}); type "
                                "it again without it.",
    "ingest.err.row_text_control": "Row {row} (“{matched}”), {field}: contains the control "
                                   "character {char} (character {position}); remove it.",
    "ingest.err.row_amount_ceiling": "Row {row} (“{matched}”), {field}: over {limit}, the "
                                     "ceiling for a single figure; check the amount.",
    "ingest.err.too_many_facts": "The text holds {count} amounts and member counts, over the "
                                 "{limit} one article can hold; paste one article at a time.",
    "ingest.col.publisher": "Publisher",
    "ingest.col.title": "Headline",
    "ingest.col.url": "Web address",
    "ingest.note.refused_negative": "“{text}” is a negative amount, not funding, so it is not "
                                    "offered.",
    "ingest.note.refused_not_finite": "“{text}” is not a usable number, so it is not offered.",
    "ingest.note.refused_implausible": "“{text}” is over ${limit} billion, beyond any single "
                                       "figure for Syria or Iraq, so it is not offered; check "
                                       "the article.",
    "ingest.note.refused_unit_price": "“{text}” is a price per unit (a barrel, a tonne, a "
                                      "person), not funding, so it is not offered.",
    "ingest.note.refused_reward": "“{text}” is a reward or bounty, not funding, so it is not "
                                  "offered.",
    "ingest.note.refused_budget": "“{text}” is a line of a government budget, not a "
                                  "stabilisation figure, so it is not offered.",
    "ingest.note.refused_salary": "“{text}” is pay (a wage, salary or pension), not funding, so "
                                  "it is not offered.",
    "ingest.note.refused_illicit": "“{text}” is a bribe, ransom, payment to criminals or the "
                                   "armed group's own money, not funding, so it is not offered.",
    "ingest.note.refused_headline": "“{text}” stands in a quoted headline, poster or slogan, not "
                                    "in the article's own reporting, so it is not offered.",
    "ingest.note.refused_too_small": "“{text}” is under $1,000, too small for a stabilisation "
                                     "figure (a price, a fee or pay), so it is not offered.",
    "ingest.note.running_total": "“{text}” reads as a running total (over years, or a total "
                                 "brought to it): if so, save it as cumulative with its series.",
    "ingest.note.from_page": "Filled from the page itself: {fields}. Check them before saving.",
    "ingest.note.refused_impossible_date": "“{text}” is not a real date, so it was not used.",
    "ingest.note.refused_year_out_of_range": "“{text}” has a year outside 1900 to the year after "
                                             "publication, so it was not used.",
}

AR = {
    "nav.ingest": "إضافة من مقال",
    "ingest.title": "إضافة معلومات من مقال",
    "ingest.intro": "الصق نص خبر أو ارفع ملفه، وراجع المبالغ وأعداد الأعضاء التي عُثر عليها "
                    "فيه وصحّحها، ثم أضفها إلى لوحة المتابعة مع المقال مصدراً لها. تُحفظ الصفوف "
                    "المضافة على هذا الحاسوب ويمكن التراجع عنها.",
    "ingest.paste": "نص المقال",
    "ingest.paste_help": "نص عادي أو HTML، وتُزال الوسوم. الحد الأقصى {limit} كيلوبايت من النص.",
    "ingest.upload": "…أو ارفع ملفاً (‎.txt أو ‎.html بترميز UTF-8)",
    "ingest.publisher": "الناشر",
    "ingest.title_field": "العنوان",
    "ingest.url": "الرابط (اختياري)",
    "ingest.published": "تاريخ النشر",
    "ingest.language": "لغة المقال",
    "ingest.language.auto": "تحديد تلقائي",
    "ingest.language.en": "الإنجليزية",
    "ingest.language.ar": "العربية",
    "ingest.kind": "نوع المصدر",
    "ingest.kind.news": "خبر صحفي",
    "ingest.kind.official": "بيان رسمي",
    "ingest.find": "استخراج المعلومات",
    "ingest.text_heading": "المقال مع ما عُثر عليه",
    "ingest.candidates_heading": "المعلومات المستخرجة: حدّد ما تريد إضافته وصحّحه",
    "ingest.candidates_help": "لا يُحدَّد أي صف مسبقاً. يحتاج صف التمويل إلى حالة وجهة مانحة "
                              "وجهة مستفيدة قبل إضافته.",
    "ingest.found_none": "لم يُعثر في هذا النص على مبالغ مالية أو أعداد للأعضاء.",
    "ingest.save": "إضافة الصفوف المحددة",
    "ingest.fix_heading": "تصحيح صف واحد",
    "ingest.fix_help": "التصحيحات نفسها المتاحة في الجدول أعلاه، ولكن بحقول عادية (أسهل "
                       "باستخدام لوحة المفاتيح أو قارئ الشاشة).",
    "ingest.fix_row": "الصف المراد تصحيحه",
    "ingest.fix_row_label": "الصف {row}: {matched}",
    "ingest.fix_apply": "تطبيق على هذا الصف",
    "ingest.saved": "تم الحفظ. عدد المعلومات المضافة: {count}، ومصدرها المقال ({source_id}). وهي "
                    "تظهر الآن في كل الصفحات مع إشارة «أُضيف محلياً».",
    "ingest.undone": "تم التراجع: لم يعد {source_id} ومعلوماته ({count}) معروضة.",
    "ingest.saves_heading": "المقالات المضافة على هذا الحاسوب",
    "ingest.no_saves": "لم يُضف شيء بعد.",
    "ingest.save_line": "{published} · {publisher}: {title} · المعلومات: {facts} · {source_id}",
    "ingest.withdrawn": "تم التراجع عنه",
    "ingest.undo": "تراجع",
    "ingest.export": "تنزيل الصفوف المضافة (ملف مضغوط لملفات CSV بصيغ مجلد data/)",
    "ingest.rejected": "صف مضاف محلياً لا يظهر في الرسوم: {problem}",
    "ingest.disabled": "المعلومات المحلية معطلة (COALITION_LOCAL_DB=off).",
    "ingest.kind.pledges": "صف تمويل",
    "ingest.kind.member_counts": "عدد الأعضاء",
    "ingest.kind.events": "حدث",
    "ingest.status.unknown": "اختر…",
    "ingest.qualifier.exact": "دقيق",
    "ingest.qualifier.more_than": "أكثر من",
    "ingest.qualifier.about": "نحو",
    "ingest.qualifier.nearly": "قرابة",
    "ingest.scope.total": "كل الأعضاء",
    "ingest.scope.core_group": "المجموعة الأساسية",
    "ingest.col.accept": "إضافة",
    "ingest.col.kind": "النوع",
    "ingest.col.matched": "النص المستخرج",
    "ingest.col.status": "الحالة",
    "ingest.col.date": "التاريخ",
    "ingest.col.donor": "الجهة المانحة",
    "ingest.col.recipient": "الجهة المستفيدة",
    "ingest.col.qualifier": "الدقة",
    "ingest.col.amount_usd": "المبلغ (دولار أمريكي)",
    "ingest.col.currency": "العملة",
    "ingest.col.count": "عدد الأعضاء",
    "ingest.col.sentence": "الجملة",
    "ingest.col.donor_iso3": "رمز الجهة المانحة",
    "ingest.col.amount_original": "المبلغ (بعملته الأصلية)",
    "ingest.col.converted": "محوَّل",
    "ingest.col.scope": "نطاق العدّ",
    "ingest.col.stated_by": "صاحب التصريح",
    "ingest.col.event": "المناسبة",
    "ingest.col.channel": "قناة التمويل",
    "ingest.col.series": "السلسلة (المجموع الجاري)",
    "ingest.legend.money": "مبلغ مالي",
    "ingest.legend.member_counts": "عدد الأعضاء",
    "ingest.legend.dates": "تاريخ",
    "ingest.legend.places": "مكان",
    "ingest.mark.money": "مبلغ: {amount} ({status})",
    "ingest.mark.count": "عدد الأعضاء: {count} بتاريخ {date}",
    "ingest.mark.date": "تاريخ: {value}",
    "ingest.mark.place": "مكان: {name}",
    "ingest.note.markup": "أُزيلت وسوم HTML وبقي النص الظاهر فقط.",
    "ingest.note.main_text": "بقي نص المقال وحده: حُذفت القوائم والروابط ذات الصلة والتعليقات "
                             "وتذييل الصفحة.",
    "ingest.note.bidi": "أُزيل {count} من محارف اتجاه النص غير المرئية.",
    "ingest.err.file_type": "الملف «{name}» ليس ملف ‎.txt أو ‎.html؛ ارفع المقال نصاً أو HTML.",
    "ingest.err.file_size": "حجم الملف «{name}» {size} كيلوبايت، وهو يتجاوز الحد المسموح "
                            "({limit} كيلوبايت).",
    "ingest.err.binary": "الملف «{name}» ملف ثنائي وليس نصاً؛ احفظ المقال بصيغة ‎.txt أو ‎.html.",
    "ingest.err.not_utf8": "الملف «{name}» ليس نصاً بترميز UTF-8 (البايت {byte} في الموضع "
                           "{offset})؛ احفظه بترميز UTF-8 ثم ارفعه من جديد.",
    "ingest.err.empty": "نص المقال فارغ؛ الصق المقال أو ارفع ملفاً.",
    "ingest.err.too_long": "حجم نص المقال {size} كيلوبايت، وهو يتجاوز الحد ({limit} "
                           "كيلوبايت)؛ الصق نص المقال وحده.",
    "ingest.err.publisher": "أدخل اسم الجهة الناشرة للمقال.",
    "ingest.err.title": "أدخل عنوان المقال.",
    "ingest.err.url": "يجب أن يبدأ الرابط «{url}» بـ http://‎ أو https://‎ وألا يحتوي على "
                      "مسافات.",
    "ingest.err.published": "أدخل تاريخ نشر المقال.",
    "ingest.err.future": "تاريخ النشر {date} لاحق لتاريخ اليوم ({today})؛ لا يمكن أن يُنشر "
                         "مقال في المستقبل.",
    "ingest.err.kind": "«{kind}» ليس نوعاً معروفاً للمصدر (خبر صحفي أو بيان رسمي).",
    "ingest.err.language": "«{language}» ليس رمز لغة من حرفين مثل en أو ar.",
    "ingest.err.no_save": "لا توجد عملية حفظ رقمها {save_id} للتراجع عنها.",
    "ingest.err.already_undone": "سبق التراجع عن عملية الحفظ رقم {save_id}؛ لم يتغير شيء.",
    "ingest.err.duplicate_text": "سبقت إضافة هذا المقال باسم {source_id} («{title}»)؛ تراجع عن "
                                 "تلك الإضافة أولاً لإضافته من جديد.",
    "ingest.err.duplicate_url": "سبقت إضافة مقال بالرابط {url} باسم {source_id}؛ تراجع عن تلك "
                                "الإضافة أولاً لإضافته من جديد.",
    "ingest.err.shipped_url": "هذا المقال موجود أصلاً في بيانات اللوحة بوصفه المصدر "
                              "{source_id}.",
    "ingest.err.none_accepted": "حدّد «إضافة» في صف واحد على الأقل قبل الحفظ.",
    "ingest.err.row_date_format": "الصف {row} («{matched}»)، {field}: «{value}» ليس تاريخاً؛ "
                                  "اكتبه بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.",
    "ingest.err.row_date_early": "الصف {row} («{matched}»)، {field}: التاريخ {value} يسبق "
                                 "{earliest}، بداية البيانات.",
    "ingest.err.row_date_late": "الصف {row} («{matched}»)، {field}: التاريخ {value} لاحق "
                                "لتاريخ نشر المقال {published}.",
    "ingest.err.row_choice": "الصف {row} («{matched}»)، {field}: اختر واحداً من {choices}.",
    "ingest.err.row_count": "الصف {row} («{matched}»)، {field}: أدخل عدداً صحيحاً من 1 إلى "
                            "200.",
    "ingest.err.row_required": "الصف {row} («{matched}»)، {field}: هذا الحقل مطلوب.",
    "ingest.err.row_status": "الصف {row} («{matched}»)، {field}: اختر هدفاً أو تعهداً أو "
                             "مساهمة أو حصيلة حملة أو مبلغاً تراكمياً قبل إضافة الصف.",
    "ingest.err.row_series_required": "الصف {row} («{matched}»)، {field}: المبلغ التراكمي مجموع "
                                      "جارٍ؛ اذكر المجموع الذي ينتمي إليه (مثل «مساهمات صندوق "
                                      "تمويل الاستقرار المستلمة من جميع المانحين»).",
    "ingest.err.row_series_only_cumulative": "الصف {row} («{matched}»)، {field}: لا ينتمي إلى "
                                             "سلسلة إلا المبلغ التراكمي؛ امسح الحقل أو اختر "
                                             "«تراكمي».",
    "ingest.err.row_code": "الصف {row} («{matched}»)، {field}: استخدم رمزاً من ثلاثة أحرف "
                           "لاتينية كبيرة (USD أو EUR أو NOR...).",
    "ingest.err.row_amount": "الصف {row} («{matched}»)، {field}: أدخل مبلغاً محدداً أكبر من "
                             "صفر.",
    "ingest.err.row_loader": "الصف {row} («{matched}»): {problem}.",
    "ingest.err.store": "تعذرت الكتابة في المخزن المحلي ({problem})؛ لم يتغير شيء. حاول مرة "
                        "أخرى بعد قليل.",
    "ingest.err.paste_size": "حجم النص الملصق {size} كيلوبايت، وهو يتجاوز الحد ({limit} "
                             "كيلوبايت)؛ الصق نص المقال وحده.",
    "ingest.err.text_too_long": "{field}: طوله {length} حرفاً، وهو يتجاوز الحد ({limit})؛ "
                                "اختصره.",
    "ingest.err.text_bidi": "{field}: يحتوي على محرف خفي لاتجاه النص ({char}، المحرف "
                            "{position}) قد يجعل النص يُقرأ بترتيب مضلل؛ اكتب الحقل من جديد "
                            "بدونه.",
    "ingest.err.text_control": "{field}: يحتوي على محرف التحكم {char} (المحرف {position})؛ "
                               "احذفه.",
    "ingest.err.url_host": "الرابط «{url}» لا يتضمن اسم موقع؛ اكتبه بالصيغة https://host/path.",
    "ingest.err.row_text_too_long": "الصف {row} («{matched}»)، {field}: طوله {length} حرفاً، "
                                    "وهو يتجاوز الحد ({limit}).",
    "ingest.err.row_text_bidi": "الصف {row} («{matched}»)، {field}: يحتوي على محرف خفي لاتجاه "
                                "النص ({char}، المحرف {position})؛ اكتبه من جديد بدونه.",
    "ingest.err.row_text_control": "الصف {row} («{matched}»)، {field}: يحتوي على محرف التحكم "
                                   "{char} (المحرف {position})؛ احذفه.",
    "ingest.err.row_amount_ceiling": "الصف {row} («{matched}»)، {field}: يتجاوز {limit}، وهو "
                                     "الحد الأعلى لرقم واحد؛ تحقق من المبلغ.",
    "ingest.err.too_many_facts": "يحتوي النص على {count} من المبالغ وأعداد الأعضاء، وهذا يتجاوز "
                                 "الحد لمقال واحد ({limit})؛ الصق مقالاً واحداً في كل مرة.",
    "ingest.col.publisher": "الناشر",
    "ingest.col.title": "العنوان",
    "ingest.col.url": "الرابط",
    "ingest.note.refused_negative": "«{text}» مبلغ سالب وليس تمويلاً، لذا لم يُعرض.",
    "ingest.note.refused_not_finite": "«{text}» ليس رقماً صالحاً، لذا لم يُعرض.",
    "ingest.note.refused_implausible": "«{text}» يتجاوز {limit} مليار دولار، وهو أكبر من أي رقم "
                                       "منفرد يخص سوريا أو العراق، لذا لم يُعرض؛ راجع المقال.",
    "ingest.note.refused_unit_price": "«{text}» سعر للوحدة (برميل أو طن أو فرد) وليس تمويلاً، "
                                      "لذا لم يُعرض.",
    "ingest.note.refused_reward": "«{text}» مكافأة وليس تمويلاً، لذا لم يُعرض.",
    "ingest.note.refused_budget": "«{text}» بند في موازنة حكومة وليس رقماً لتمويل الاستقرار، "
                                  "لذا لم يُعرض.",
    "ingest.note.refused_salary": "«{text}» أجر أو راتب أو معاش وليس تمويلاً، لذا لم يُعرض.",
    "ingest.note.refused_illicit": "«{text}» رشوة أو فدية أو مبلغ يُدفع لمجرمين أو من أموال "
                                   "التنظيم المسلح نفسه، وليس تمويلاً، لذا لم يُعرض.",
    "ingest.note.refused_headline": "«{text}» ورد في عنوان أو ملصق أو شعار منقول بين علامتي "
                                    "تنصيص، لا في متن الخبر، لذا لم يُعرض.",
    "ingest.note.refused_too_small": "«{text}» أقل من ألف دولار، وهو أصغر من أن يكون رقماً "
                                     "لتمويل الاستقرار (سعر أو رسم أو أجر)، لذا لم يُعرض.",
    "ingest.note.running_total": "«{text}» يبدو مجموعاً تراكمياً (على مدى سنوات، أو إجمالياً "
                                 "بلغ هذا المبلغ): إن كان كذلك فاحفظه تراكمياً مع سلسلته.",
    "ingest.note.from_page": "مأخوذ من الصفحة نفسها: {fields}. تحقق منها قبل الحفظ.",
    "ingest.note.refused_impossible_date": "«{text}» ليس تاريخاً حقيقياً، لذا لم يُستخدم.",
    "ingest.note.refused_year_out_of_range": "«{text}» يتضمن سنة خارج المدى من 1900 إلى السنة "
                                             "التالية لسنة النشر، لذا لم يُستخدم.",
}

# Serving a team: sign-in, read-only servers, imports pending review, who added what.
EN |= {
    "ingest.sign_in_needed": "Reading needs no sign-in. To add, correct, undo or export facts, "
                             "sign in as an editor.",
    "ingest.editor_name": "Editor name",
    "ingest.password": "Password",
    "ingest.sign_in": "Sign in",
    "ingest.sign_out": "Sign out",
    "ingest.signed_in": "Signed in.",
    "ingest.signed_in_as": "Signed in as {name}",
    "ingest.err.sign_in": "The name or the password is wrong.",
    "ingest.err.locked": "Too many failed sign-ins; try again in about {minutes} min.",
    "ingest.err.not_editor": "Only a signed-in editor can change the facts; nothing was changed.",
    "ingest.read_only": "This server listens on {address} and has no editors configured, so "
                        "it is read-only: facts can be read here but not added or undone. The "
                        "operator can add editors (see “Serving a team” in README.md).",
    "ingest.pending_heading": "Imports waiting for review",
    "ingest.pending_line": "{published} · {publisher}: {title} · facts found: {found} · "
                           "imported by {by}",
    "ingest.review": "Review",
    "ingest.discard": "Discard",
    "ingest.discarded": "Import {pending_id} was discarded.",
    "ingest.reviewing": "Reviewing import {pending_id}: tick the facts to add and save them.",
    "ingest.err.no_pending": "There is no import {pending_id} waiting for review.",
    "ingest.save_by": "added by {name} on {date}",
}
AR |= {
    "ingest.sign_in_needed": "القراءة لا تحتاج إلى تسجيل دخول. لإضافة المعلومات أو تصحيحها أو "
                             "التراجع عنها أو تصديرها، سجّل الدخول بصفتك محرراً.",
    "ingest.editor_name": "اسم المحرر",
    "ingest.password": "كلمة المرور",
    "ingest.sign_in": "تسجيل الدخول",
    "ingest.sign_out": "تسجيل الخروج",
    "ingest.signed_in": "تم تسجيل الدخول.",
    "ingest.signed_in_as": "مسجّل الدخول باسم {name}",
    "ingest.err.sign_in": "الاسم أو كلمة المرور غير صحيحة.",
    "ingest.err.locked": "محاولات دخول فاشلة كثيرة؛ حاول مرة أخرى بعد نحو {minutes} دقيقة.",
    "ingest.err.not_editor": "لا يغيّر المعلومات إلا محرر مسجّل الدخول؛ لم يتغير شيء.",
    "ingest.read_only": "يستمع هذا الخادم على {address} ولا محررين معرّفين فيه، لذا فهو للقراءة "
                        "فقط: يمكن قراءة المعلومات هنا لا إضافتها ولا التراجع عنها. يمكن للمشغّل "
                        "إضافة محررين (انظر «Serving a team» في README.md).",
    "ingest.pending_heading": "واردات تنتظر المراجعة",
    "ingest.pending_line": "{published} · {publisher}: {title} · معلومات عُثر عليها: {found} · "
                           "استوردها {by}",
    "ingest.review": "مراجعة",
    "ingest.discard": "استبعاد",
    "ingest.discarded": "استُبعد الوارد {pending_id}.",
    "ingest.reviewing": "مراجعة الوارد {pending_id}: اختر المعلومات التي تُضاف واحفظها.",
    "ingest.err.no_pending": "لا يوجد وارد رقمه {pending_id} ينتظر المراجعة.",
    "ingest.save_by": "أضافه {name} في {date}",
}

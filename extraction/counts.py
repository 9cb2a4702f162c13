"""Folded article text -> counts of the Coalition's membership (totals and ordinals) with dates.

Two decisions per candidate number (README "Member counts" gives the full procedure):
(a) is it a total or ordinal of the Coalition's own membership? The pattern names a membership
    noun ("85 عضواً", "86 partners", "86-member coalition", "the 67th member", "العضو الـ86");
    the Coalition must be named in the sentence (or earlier in the paragraph when the clause
    refers back to it: "it had 60 members"); the nearest organisation named before (or right
    after) the count must not be another body (UN, EU, Arab League...); a bare "N countries"
    needs a membership verb or a founding phrase and no delegation/origin/signatory word.
(b) which date does it describe? Only dates in the count's own clause are candidates (clauses
    end at commas, relative and complement clauses, "after", "said"...; a fronted "When it was
    formed in 2014," or "Last week," belongs to the next clause). A present-tense phrase
    ("now", "البالغ عددها", "يضم") gives the publication date; an ordinal takes the date of its
    joining verb; a total takes the date of its clause unless that date is a day in the
    publication week (then the count is current: publication date). No date -> publication.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from extraction.dates import _matches
from extraction.normalize import FoldedText, case_free, lowered, scripts_in
from extraction.numbers import (
    ARABIC_TENS,
    ENGLISH_ORDINAL_UNITS,
    ENGLISH_TENS,
    ENGLISH_UNITS,
    parse_arabic_number,
    parse_english_cardinal,
    parse_english_ordinal,
)
from extraction.sentences import previous_sentence_start, sentence_span, trigger_windows

_CARDINAL_WORD = (
    rf"(?:(?:{'|'.join(ENGLISH_TENS)})(?:-(?:{'|'.join(list(ENGLISH_UNITS)[:9])}))?"
    rf"|{'|'.join(sorted(ENGLISH_UNITS, key=len, reverse=True))})"
)
_ORDINAL_WORD = (
    rf"(?:(?:(?:{'|'.join(ENGLISH_TENS)})-)?(?:{'|'.join(ENGLISH_ORDINAL_UNITS)})"
    rf"|(?:{'|'.join(t[:-1] for t in ENGLISH_TENS)})ieth)"
)
_EN_NUMBER = rf"(?P<n>\d{{2,3}}|{_CARDINAL_WORD})"
_EN_QUALIFIER = r"(?:(?:some|about|around|approximately|roughly|nearly|almost|more\s+than|over|" \
                r"at\s+least)\s+)?"
_MEMBER_NOUN = r"(?:members|partners|member\s+(?:states|countries|nations))"
_COUNTRY_NOUN = r"(?:countries|nations|states|members|partners)"
# Arabic cardinal words 20-99 ('ستين', 'ثلاثة وسبعين'); the digits forms are separate patterns.
_AR_UNIT_WORD = (r"(?:واحدا|واحد|احدي|اثنتين|اثنتان|اثنين|اثنان|ثلاثه|ثلاثا|ثلاث|اربعه|اربعا|اربع|"
                 r"خمسه|خمسا|خمس|سته|ستا|ست|سبعه|سبعا|سبع|ثمانيه|ثمانيا|"
                 r"ثماني|ثمان|تسعه|تسعا|تسع)")
_AR_CARDINAL = rf"(?:{_AR_UNIT_WORD}\s+و)?(?:{'|'.join(ARABIC_TENS)})"
_MEMBERSHIP_VERB_AR = (
    r"(?:(?<!\w)[وف]?[يت]?ضم|انضم\w*|يتالف\s+من|يتكون\s+من|المكون\s+من|المؤلف\s+من|"
    r"المتكون\s+من|البالغ\s+عدد\w*|عدد\s+اعضائ?\w*|(?<!\w)[وف]?عدد(?:ها|هم)|بات\s+يضم|اصبح\s+يضم|"
    r"ان?ضم\w*\s+(?:اليه\w*|الي)|[يت]نضم\w*|المنضم\w*|[يت]نضوي|المنضوي\w*)(?:\s+\S+){0,3}\s*$"
)
# 'تأسس ... بمشاركة ستين دولة', 'عند تأسيسه عام 2014 نحو 60 دولة': a founding phrase introduces
# the founding members.
_FOUNDING_INTRO_AR = re.compile(
    r"(?:تاسس\w*|تاسيس\w*|انطلاق\w*|انطلق\w*|تشكيل\w*|تشكل\w*|انشاء\w*|انشئ\w*|[وف]?ولد)"
    r"(?:\s+\S+){0,4}?\s+(?:ب?مشاركه\s+|بعضويه\s+)?(?:ب?(?:نحو|حوالي|زهاء|قرابه|اكثر\s+من|"
    r"ما\s+يزيد\s+(?:عن|علي))\s+)?ب?$")
# 'أكثر من 80 دولة أصبحت أعضاء في التحالف', 'انضمت 80 دولة إلى التحالف'.
_MEMBER_AFTER_AR = re.compile(r"\s*(?:\S+\s+){0,2}?(?:(?:اعضاء|عضوا)\s+(?:في\s+|ب)|الي\s+)"
                              r"(?:ال)?تحالف")
_AR_ORDINAL_UNIT = (r"(?:الحادي|الحاديه|الثاني|الثانيه|الثالث|الثالثه|الرابع|الرابعه|الخامس|"
                    r"الخامسه|السادس|السادسه|السابع|السابعه|الثامن|الثامنه|التاسع|التاسعه)")
_AR_ORDINAL_TENS = r"(?:العشر|الثلاث|الاربع|الخمس|الست|السبع|الثمان|التسع)(?:ين|ون)"
# A cardinal in words with the article ('الأربعة والثمانين', 'الستين').
_AR_DEF_CARDINAL = (r"ال(?:سبع|ست|خمس|اربع|ثلاث|ثمان|تسع|اثنتين|اثنين|واحد|احدي)\w*\s+وال(?:عشر|"
                    r"ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون)|ال(?:ست|سبع|ثمان|تسع|خمس)(?:ين|ون)")
# An ordinal in words without the article, in the accusative ('عضواً رابعاً وسبعين').
_AR_INDEF_ORDINAL_UNITS = {"حاديا": 1, "ثانيا": 2, "ثالثا": 3, "رابعا": 4, "خامسا": 5,
                           "سادسا": 6, "سابعا": 7, "ثامنا": 8, "تاسعا": 9}
_AR_INDEF_ORDINAL = (rf"(?:{'|'.join(_AR_INDEF_ORDINAL_UNITS)})\s+و(?:"
                     rf"{'|'.join(t for t in ARABIC_TENS if t.endswith('ين'))})")
AR_ORDINAL_VALUES = {
    "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العشر": 20, "الثلاث": 30, "الاربع": 40, "الخمس": 50, "الست": 60,
    "السبع": 70, "الثمان": 80, "التسع": 90,
}
PATTERNS = [
    ("total", "en_adjective", rf"(?<![\w-]){_EN_NUMBER}[-\s](?:member|nation|country|state|partner|"
                              r"strong)s?\s+(?:global\s+|international\s+|anti-isis\s+|us-led\s+)?"
                              r"(?:coalition|alliance)(?!\w)"),
    # round 20: 'The 87-member body now focuses on Africa' (the Coalition named before)
    ("total", "en_adjective_body", rf"(?<![\w-]){_EN_NUMBER}[-\s](?:member|nation|country|state|"
                                   r"partner)s?\s+(?:body|club|bloc|grouping)(?!\w)(?!\s+of\s)"),
    ("total", "en_of", r"(?<!\w)(?:coalition|alliance)(?:'s)?\W+(?:\w+\W+){0,3}?"
                       r"(?:of|has|had|comprises|comprised|"
                       r"includes|counts|numbers|grew\s+to|has\s+grown\s+to|now\s+has|totals?)\s+"
                       rf"(?:some\s+|more\s+than\s+|over\s+|nearly\s+)?{_EN_NUMBER}\s+"
                       rf"{_COUNTRY_NOUN}(?!\w)"),
    ("total", "en_membership", r"(?<!\w)(?:membership|roster)\s+(?:to|of|at|reached|stands\s+at|"
                               rf"rose\s+to|now\s+stands\s+at)\s+{_EN_NUMBER}(?!\w)"),
    # a present adverb after a longer subject: 'The coalition President Obama began assembling
    # in September now numbers 62 countries'
    ("total", "en_now_numbers", r"(?<!\w)(?:coalition|alliance)\W+(?:[\w-]+\W+){0,8}?"
                                r"(?:now|today|currently)\s+(?:numbers|counts|has|comprises|includes)\s+"
                                rf"{_EN_QUALIFIER}{_EN_NUMBER}\s+{_COUNTRY_NOUN}(?!\w)"),
    # 'formed in 2014 with 60 countries', 'launched with about 60 members'
    ("total", "en_founded_with", r"(?<!\w)(?:(?:formed|founded|launched|created|established|"
                                 r"set\s+up|began|started)"
                                 rf"\s+(?:[\w-]+\s+){{0,4}}?(?:with|by)|(?:began|started)\s+as\s+"
                                 r"(?:a\s+)?(?:[\w-]+\s+)?(?:group|club|coalition|alliance|core)\s+of)"
                                 r"\s+(?:a\s+little\s+|just\s+)?"
                                 rf"{_EN_QUALIFIER}{_EN_NUMBER}(?:\s+"
                                 rf"(?:founding\s+|original\s+)?{_COUNTRY_NOUN}(?!\w)|"
                                 # round 21: 'We launched last September with around sixty.'
                                 r"(?=\s*[.;]))"),
    # 'when it numbered a little over 60 countries' (the Coalition named before, or referred to)
    ("total", "en_it_numbered", r"(?<!\w)(?:it|the\s+coalition|the\s+alliance)\s+"
                                r"(?:numbered|counted|comprised)\s+(?:(?:a\s+little|just|slightly)\s+(?:over|more\s+than)\s+)?"
                                rf"{_EN_QUALIFIER}{_EN_NUMBER}\s+{_COUNTRY_NOUN}(?!\w)"),
    # 'a little over sixty governments signed up to a coalition': the founding members
    ("total", "en_signed_up", rf"(?<![\w-]){_EN_NUMBER}\s+"
                              r"(?:countries|nations|states|governments)\s+"
                              r"(?:had\s+)?(?:signed\s+up|signed\s+on|came\s+together|joined\s+forces)"
                              r"\s+(?:(?:to|in)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:coalition|alliance)|"
                              # round 21: '... had signed on by the time the coalition was
                              # formally launched'
                              r"(?:by\s+the\s+time|when)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:coalition|alliance))\s+was\s+(?:\w+\s+)?(?:launched|founded|"
                              r"formed|created|set\s+up|established)|"
                              # round 21: 'A little over sixty governments signed up in
                              # September 2014' (the Coalition named before)
                              r"in\s+(?:september\s+)?2014(?!\d))(?!\w)"),
    # 'more than 80 countries are now members of the Coalition', '80 nations have joined the
    # coalition'
    ("total", "en_countries_joined", rf"(?<![\w-]){_EN_NUMBER}\s+(?:countries|nations|states)\s+"
                                     r"(?:are|were|became|have\s+become|had\s+become|have\s+joined"
                                     r"|had\s+joined|joined)\s+(?:now\s+)?(?:(?:members|partners)\s+"
                                     r"(?:of|in)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                                     r"(?:coalition|alliance)(?!\w)"),
    # 'All 68 Coalition members': the Coalition may stand between the number and its noun
    ("total", "en_members", rf"(?<![\w-]){_EN_NUMBER}\s+(?:coalition\s+|alliance\s+)?"
                            rf"{_MEMBER_NOUN}(?!\w)"),
    # A number with its noun left out after a membership verb whose subject is the Coalition
    # or refers back to it: 'Today it counts 90', 'the alliance now numbers 87.'
    ("total", "en_bare_total", r"(?:(?<!\w)(?:coalition|alliance|it|membership|which|that)"
                               r"(?:'s)?|,)\s+"
                               r"(?:now\s+|today\s+|currently\s+)?(?:counts|numbers|totals|numbered|"
                               r"counted|"
                               r"brings\s+together|unites|gathers)\s+"
                               r"(?:(?:a\s+little|just|slightly)\s+(?:over|more\s+than)\s+)?"
                               rf"{_EN_QUALIFIER}(?P<n>\d{{2,3}}|{_CARDINAL_WORD})"
                               r"(?![\w%-]|\s+(?:per|percent|years|million|thousand|[a-z]))"),
    # round 20: 'The coalition, now 87 strong, met': the count as its strength
    ("total", "en_strong", r"(?<!\w)(?:coalition|alliance)(?:'s)?\W+(?:(?:now|today|then)\s+)?"
                           rf"{_EN_QUALIFIER}(?P<n>\d{{2,3}}|{_CARDINAL_WORD})[-\s](?:members?\s+)?"
                           r"strong(?!\w)"),
    # round 20: 'Benin became the 74th in November': an ordinal with its noun left out
    ("ordinal", "en_became_ordinal", r"(?<!\w)(?:became|becomes|becoming|become|made\s+it|"
                                     r"making\s+it|is\s+now|was)\s+the\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|"
                                     rf"{_ORDINAL_WORD})(?![\w-]|\s+(?:member|partner|country|nation|"
                                     r"state|largest|biggest|time|anniversary|year|round|day|week|"
                                     r"month|meeting|ministerial|conference)\b)"),
    # round 20: "the Coalition's own website lists 90", 'a U.S. fact sheet still gave 89', 'by
    # July 2017 the count stood at 69'
    ("total", "en_lists", r"(?<!\w)(?:website|site|web\s+page|list|fact\s+sheet|register|"
                          r"roster|tally|count|headcount)[\s,]+(?:[\w,]+\s+){0,3}?(?:now\s+|still\s+)?"
                          r"(?:lists|listed|gives|gave|shows|showed|names|named|stood\s+at|"
                          r"(?<=roster\s)was|(?<=roster\s)is|(?<=tally\s)was|(?<=tally\s)is|"
                          r"stands\s+at|reached|puts\s+the\s+(?:figure|number|count|total)\s+at)\s+"
                          rf"{_EN_QUALIFIER}(?P<n>\d{{2,3}}|{_CARDINAL_WORD})"
                          # the number ends its clause or names members
                          r"(?=\s*(?:[.,;:)]|$)|\s+(?:members?|countries|nations|states|partners|"
                          r"and|while|but|whereas|as|in|on|at|by|after|since|—|–)(?!\w))"),
    # round 20: a spokesman's 'We're 65 nations now'
    ("total", "en_we_are", r"(?<!\w)(?:we['’]re|we\s+are|we\s+(?:now\s+)?number)\s+(?:now\s+)?"
                           rf"{_EN_QUALIFIER}(?P<n>\d{{2,3}}|{_CARDINAL_WORD})\s+"
                           r"(?:nations|countries|members|partners|states)(?!\w)"),
    # round 21: an official's 'When I started in 2017 we were 68.', 'Today there are 83 of us'
    # (and 'as of today we are eighty-five', 'we were sixty countries', 'It is eighty-nine today')
    ("total", "en_we_were", r"(?<!\w)(?:(?P<we>we\s+were|we\s+numbered|we\s+are|we['’]re)|"
                            r"there\s+(?:are|were)|it\s+is|it['’]s)\s+"
                            r"(?:now\s+|then\s+|only\s+|just\s+)?"
                            rf"{_EN_QUALIFIER}(?P<n>\d{{2,3}}|{_CARDINAL_WORD})"
                            r"(?:\s+of\s+us(?!\w)|(?=\s*[.;:!?,])|\s+(?:now|today)(?=\s*[.;:!?,])|"
                            r"(?(we)\s+(?:countries|nations|members|partners|states)(?!\w)|(?!)))"),
    # round 21: 'حين بدأت عملي في ٢٠٢٢ كنا أربعة وثمانين.', 'أصبحنا اليوم تسعين دولة'
    ("total", "ar_we_were", r"(?<!\w)[وف]?(?:كنا|اصبحنا|صرنا|بتنا|نحن|صاروا|اصبحوا|باتوا)\s+"
                            r"(?:الان\s+|اليوم\s+|"
                            rf"حاليا\s+)?(?P<n>{_AR_CARDINAL}|\d{{2,3}})"
                            r"(?=\s*[.،,؛:!؟]|\s+(?:دوله|عضوا|شريكا|بلدا)(?!\w))"),
    # 'ويضم اليوم ٨٧' with the Coalition as the subject: the noun left out after يضم
    ("total", "ar_bare_total", r"(?<!\w)(?:[وف]?[يت]ضم|بات\s+يضم|اصبح\s+يضم)\s+"
                               r"(?:(?:اليوم|حاليا|الان)\s+)?(?:(?:اكثر\s+من|نحو|حوالي)\s+)?"
                               r"(?P<n>\d{2,3})(?![\d%]|\s*(?:%|بالمئه|في\s+المئه|الف|مليون|ملايين|"
                               r"[^\W\d]))"),
    # 'دول التحالف الدولي السبع والستين': the Coalition's N states, N in words with the article
    ("total", "ar_states_def", r"(?<!\w)(?:دول|اعضاء|الدول\s+الاعضاء\s+في)\s+(?:ال)?تحالف"
                               r"(?:\s+(?:ال)?دولي)?\s+(?P<n>ال(?:سبع|ست|خمس|اربع|ثلاث|ثمان|تسع|"
                               r"اثنتين|اثنين|واحد|احدي)\w*\s+وال(?:عشر|ثلاث|اربع|خمس|ست|سبع|"
                               r"ثمان|تسع)(?:ين|ون)|ال(?:ست|سبع|ثمان|تسع|خمس)(?:ين|ون))(?!\w)"),
    # 'الدول التسعين الأعضاء في التحالف': N in words with the article between states and members
    ("total", "ar_states_members", r"(?<!\w)[وفبل]?(?:ال)?دول\s+"
                                   r"(?P<n>ال(?:سبع|ست|خمس|اربع|ثلاث|ثمان|"
                                   r"تسع|اثنتين|اثنين|واحد|احدي)\w*\s+وال(?:عشر|ثلاث|اربع|خمس|ست|"
                                   r"سبع|ثمان|تسع)(?:ين|ون)|ال(?:ست|سبع|ثمان|تسع|خمس)(?:ين|ون))\s+"
                                   r"(?:ال)?(?:اعضاء|منضويه|منضمه)(?!\w)"),
    # 'بلغ عدد أعضائه 87', 'ليصل عدد الدول الأعضاء في التحالف إلى 90'
    ("total", "ar_member_number", r"(?<!\w)عدد\s+(?:ال)?(?:اعضائه|اعضائها|اعضاء\s+التحالف|"
                                  r"(?:ال)?دول\s+(?:ال)?اعضاء(?:\s+في\s+التحالف)?|اعضاء)\s+"
                                  r"(?:\S+\s+){0,2}?(?P<n>\d{2,3})(?![\d%]|\s*(?:%|بالمئه|في\s+المئه|"
                                  r"مليون|الف|عاما|سنه))"),
    ("ordinal", "en_ordinal", rf"(?<!\w)(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORD})\s+"
                              r"(?:member|partner|country|nation|state)(?!\w)"),
    ("total", "ar_members", r"(?<!\w)(?P<n>\d{2,3})\s+(?:عضوا|عضو|اعضاء|دوله\s+عضوا|دوله\s+وشريكا|"
                            r"شريكا|شريك)(?!\w)"),
    # 'ب' may be attached: 'بـ60 دولة'
    ("total", "ar_countries", r"(?<![^\Wب])(?P<n>\d{2,3})\s+(?:دوله|بلدا)(?!\w)"),
    # 'ستين دولة', 'ثلاثة وسبعين عضواً' (a country noun needs a membership verb, see
    # _is_membership; a member noun does not)
    ("total", "ar_word", rf"(?<![^\Wب])(?P<n>{_AR_CARDINAL})\s+"
                         r"(?:(?P<member>عضوا|دوله\s+عضوا|شريكا)|دوله|بلدا)(?!\w)"),
    ("ordinal", "ar_ordinal", r"(?<!\w)(?:[وف]?(?:ب?ال|لل)(?:عضو|دوله|شريك)|[وفب]?عضو(?:ا|ه|ها))\s+"
                              r"(?:ال|رقم\s*)\s*"
                              r"(?P<n>\d{1,3})"
                              r"(?!\w)"),
    # 'العضو السادس والثمانين', 'الدولة الحادية والثمانين', 'العضو التسعين'
    ("ordinal", "ar_ordinal_word", r"(?<!\w)(?:[وف]?(?:ب?ال|لل)(?:عضو|دوله|شريك)|"
                                   r"[وفب]?عضو(?:ا|ه|ها))\s+"
                                   rf"(?P<n>{_AR_ORDINAL_UNIT}\s+و{_AR_ORDINAL_TENS}|"
                                   rf"{_AR_ORDINAL_TENS})(?!\w)"),
    # round 19: 'بأعضائه الأربعة والثمانين', 'بمشاركة الأعضاء الأربعة والسبعين كافة'
    ("total", "ar_members_def_word", r"(?<!\w)[وفبل]{0,2}(?:اعضائه|اعضائها|الاعضاء|الشركاء|دوله|"
                                     r"دولها)\s+"
                                     rf"(?P<n>{_AR_DEF_CARDINAL})(?!\w)"),
    # round 19: 'انضمت الفلبين عضواً رابعاً وسبعين'
    ("ordinal", "ar_ordinal_indef", r"(?<!\w)[وفب]?(?:عضوا|شريكا)\s+"
                                    rf"(?P<n>{_AR_INDEF_ORDINAL})(?!\w)"),
    # round 19: 'ليصبح السابع والثمانين', 'لتصبح الدولة ... التسعين': the Coalition's Nth
    ("ordinal", "ar_became_ordinal", r"(?<!\w)(?:[لوف]?[تي]صبح|[وف]?اصبح\w*|[وف]?باتت|[وف]?بات)\s+"
                                     rf"(?P<n>{_AR_ORDINAL_UNIT}\s+و{_AR_ORDINAL_TENS}|"
                                     rf"{_AR_ORDINAL_TENS})(?!\w)"),
    # 'الدول الأعضاء الـ85', 'الشركاء الـ86'
    # (round 21: also with a tatweel, 'الأعضاء الـ٨٦', and after the Coalition, 'دول التحالف الـ٨٦')
    ("total", "ar_members_def", r"(?<!\w)(?:(?:الدول\s+)?(?:الاعضاء|الشركاء|الشريكه)|"
                                r"(?:دول|اعضاء)\s+(?:ال)?تحالف(?:\s+(?:ال)?دولي)?)\s+ال\s?ـ?"
                                r"(?P<n>\d{2,3})(?!\w)"),
    # 'الدول الـ82 الأعضاء في التحالف'
    ("total", "ar_states_num_members", r"(?<!\w)[وفبل]?(?:ال)?دول\s+ال\s?ـ?(?P<n>\d{2,3})\s+"
                                       r"(?:ال)?(?:اعضاء|منضويه|منضمه)(?!\w)"),
]
_COMPILED = [(kind, name, re.compile(pattern, re.IGNORECASE)) for kind, name, pattern in PATTERNS]
# These patterns start with an English number: one scan finds the numbers, and each pattern is
# only tried (anchored) at them, instead of four scans of every window position.
# (Each pattern's own look-behind is still checked by the anchored match.)
_STARTS_WITH_NUMBER = {"en_adjective", "en_adjective_body", "en_countries_joined", "en_members",
                       "en_ordinal", "en_signed_up"}
_EN_NUMBER_START = re.compile(rf"(?<!\w)(?:\d{{1,3}}(?:st|nd|rd|th)?|{_ORDINAL_WORD}|"
                              rf"{_CARDINAL_WORD})(?!\w)", re.IGNORECASE)
_EN_NUMBER_START_LOW = case_free(_EN_NUMBER_START)
_COALITION = re.compile(r"coalition|التحالف|للتحالف|بالتحالف|membership|عضويه", re.IGNORECASE)
_MEMBERSHIP_VERB = re.compile(_MEMBERSHIP_VERB_AR)
# A present-tense membership phrase just before the count ties it to the publication date.
# English verbs must lead straight to the number ('has 86', 'now has some 86'), so "has grown
# from 60" is not present; Arabic allows the subject in between ('يضم التحالف الدولي 86').
_PRESENT_BEFORE = re.compile(
    r"(?<!\w)(?:(?:now|currently|today|حاليا|الان)\W+(?:\w+\W+){0,2}|"
    r"(?:has|have|comprises|counts|numbers)\s+(?:now\s+)?(?:some\s+|about\s+|around\s+|over\s+|"
    r"nearly\s+|almost\s+|roughly\s+|more\s+than\s+|at\s+least\s+|a\s+total\s+of\s+)?|"
    r"(?:البالغ\s+عدد\w*|يبلغ\s+عدد\w*|[وف]?[يت]ضم|ان?ضم\w*\s+اليه\w*|"
    # 'التحالف المؤلف من ٦٩ دولة': a participle describes the Coalition as it is
    r"(?:ال)?(?:مؤلف|مكون|متكون|مشكل)ه?\s+من)\W+(?:\w+\W+){0,2}|"
    r"(?:ال)?(?:مؤلف|مكون|متكون|مشكل)ه?\s+من\s+)$",
    re.IGNORECASE,
)
# ... or a present-time adverb anywhere in the count's clause ('84 members today', 'حالياً').
_PRESENT_ADVERB = re.compile(r"(?<!\w)(?:now|currently|today|at\s+present|presently|to\s+date|"
                             r"حاليا|الان|اليوم)(?!\w)", re.IGNORECASE)
# 'كان يضم 68 دولة عام 2016': a past auxiliary makes 'يضم' past.
_PAST_AUXILIARY = re.compile(r"(?<!\w)[وف]?(?:كان|كانت)(?!\w)")
# "became the 83rd member" / "لتصبح العضو رقم 79" names membership without the word coalition.
_BECAME = re.compile(
    r"(?:became|becomes|become|becoming|joined\s+as|[لو]?[تي]صبح|اصبحت|اصبح|[وف]?صارت|"
    r"[وف]?صار)\s+(?:the\s+)?"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A joining verb or noun in an ordinal's clause: its date is the joining date.
# Since round 9 a welcome counts as the joining ('welcomed its eighty-third member in October',
# 'رحّب في كانون الثاني الماضي بعضوه التاسع والثمانين'), as the blind sets date it.
_JOINING = re.compile(r"(?<!\w)(?:joined|joins|join|joining|became|becomes|becoming|admitted|"
                      # round 21: 'Syria's signature on Monday made it the 90th member', 'بعد
                      # أن صارت غامبيا العضو السابع والثمانين'
                      r"made\s+it|makes\s+it|making\s+it|signature|signed|accepted|acceptance|approved|"
                      r"approval|[وف]?صار\w*|[وف]?[تي]صير|"
                      r"welcomed|welcomes|welcoming|[وف]?رحب\w*|[وف]?[يت]رحب\w*|"
                      r"[وف]?استقبل\w*|[وف]?[يت]ستقبل\w*|"
                      r"accession|[وفب]{0,2}(?:ال)?ان?ضم\w*|[وف]?[يت]نضم\w*|[وف]?[لو]?[تي]صبح|[وف]?اصبح\w*)"
                      r"(?!\w)", re.IGNORECASE)
_NEEDS_COALITION = {"en_members", "en_ordinal", "ar_members", "ar_ordinal", "ar_countries",
                    "ar_ordinal_word", "ar_members_def", "en_founded_with", "ar_word",
                    "en_bare_total", "ar_member_number", "ar_bare_total", "ar_states_def",
                    "en_it_numbered",
                    "ar_states_members", "ar_states_num_members", "ar_members_def_word",
                    "ar_ordinal_indef", "ar_became_ordinal", "en_strong", "en_became_ordinal",
                    "en_adjective_body", "en_lists", "en_we_are", "en_we_were", "ar_we_were"}
# Bare 'N countries' forms: they need a membership verb or a founding phrase.
_COUNTRY_FORMS = {"ar_countries", "ar_word"}
# Cheap gates: a pattern runs only when one of its words is in the lower-cased text.
_GATES = {"en_founded_with": ("formed", "founded", "launched", "created", "established",
                              "set up", "began", "started"),
          "en_membership": ("membership", "roster"),
          "en_now_numbers": ("now ", "today", "currently"),
          "en_it_numbered": ("numbered", "counted", "comprised")}
# The nearest organisation named before a count decides whose members are counted.
_OTHER_ORGANISATION = (
    r"united\s+nations|\bun\b|\bu\.n\.|european\s+union|\beu\b|arab\s+league|"
    r"\bnato\b|african\s+union|security\s+council|\boic\b|organi[sz]ation\s+of\s+islamic|"
    r"الامم\s+المتحده|الاتحاد\s+الاوروبي|الاتحاد\s+الافريقي|الجامعه\s+العربيه|"
    r"جامعه\s+الدول\s+العربيه|حلف\s+(?:شمال\s+الاطلسي|الناتو)|الناتو|مجلس\s+الامن|"
    r"منظمه\s+التعاون\s+الاسلامي|"
    # the Coalition's Small Group and its working groups have members of their own
    r"small\s+group(?:\s+of\s+the\s+(?:global\s+)?coalition)?|"
    # round 20: the coalition's finance group; the Saudi-led Islamic military coalition
    r"(?:counter-isis\s+|counter\s+isis\s+)?finance\s+group|cifg|"
    # round 21: the coalition's focus groups have members of their own
    r"(?:africa\s+)?focus\s+group|[وفبل]{0,2}(?:ال)?مجموعه\s+(?:ال)?تركيز|"
    r"islamic\s+military\s+(?:counter[\s-]terrorism\s+)?(?:coalition|alliance)|"
    r"[وفبل]{0,2}(?:ال)?تحالف\s+(?:ال)?اسلامي(?:\s+(?:ال)?عسكري)?|"
    r"[وفبل]{0,2}(?:ال)?مجموعه\s+(?:ال)?مصغره(?:\s+(?:لل|[لب]?(?:ال)?)تحالف(?:\s+(?:ال)?دولي)?)?"
)
_ORGANISATION = re.compile(
    # the other bodies first: 'التحالف الإسلامي العسكري' is not the Coalition
    rf"(?P<other>{_OTHER_ORGANISATION})|coalition|alliance|التحالف|للتحالف|بالتحالف", re.IGNORECASE)
# '27 member states of the European Union', '193 دولة عضواً في الأمم المتحدة'
# Words and gaps are disjoint classes ('-' belongs to words only): with '\W*' a run of '-.-.'
# could be split between the gap and the words in cubic many ways.
_OTHER_AFTER = re.compile(rf"[^\w-]*(?:[\w-]+[^\w-]+){{0,2}}?(?:of|in|في|من)\s+(?:the\s+)?"
                          rf"(?:{_OTHER_ORGANISATION})", re.IGNORECASE)
# 'partners include 20 Arab states', 'بينها 20 دولة': a part of the membership, not its total.
_SUBSET_BEFORE = re.compile(r"(?<!\w)(?:include|includes|including|among\s+them|among|"
                            r"of\s+which|of\s+whom|"
                            r"[وف]?(?:بينها|بينهم|منها|منهم|من\s+بينها))\W+(?:\w+\W+){0,2}$",
                            re.IGNORECASE)
# 'the coalition, which includes 65 countries': the Coalition itself includes them, with no
# adjective that picks a part ('the coalition includes 20 Arab states' stays a part).
_COALITION_INCLUDES = re.compile(
    r"(?<!\w)(?:coalition|alliance)\W*(?:which\s+|that\s+)?(?:now\s+|currently\s+)?"
    r"(?:includes|included|include)\s+" + _EN_QUALIFIER + r"(?:\d{2,3}|[a-z-]+)\s+"
    r"(?:countries|nations|states|members|partners)(?!\w)",
    re.IGNORECASE,
)
# Who else is counted by 'N countries': delegations, attendance, signatories, origins.
_NOT_MEMBERS_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:وفود|وفد|ممثل\w*|مندوب\w*|حضر\w*|حضور|شارك\w*|مشارك\w*|وقع\w*|الموقع\w*|"
    r"رعايا|مواطن\w*|جنسي\w*|ابناء|مقاتل\w*|عائلات|اسر|لاجئ\w*|نازح\w*)(?!\w)")
_NOT_MEMBERS_AFTER = re.compile(
    r"\s*(?:\S+\s+){0,2}?(?:took\s+part|attended|participated|signed|[وف]?شارك\w*|حضر\w*|"
    r"وقع\w*|علي\s+البيان)(?!\w)", re.IGNORECASE)
# Who came to a meeting is not the membership ('40 partners discussed the camp', '30 عضواً
# شاركوا'); 'the 87 partners met in Rome' stays a count (the round-3 convention).
_ATTENDED_AFTER = re.compile(
    r"\s*(?:\S+\s+)?(?:attended|discussed|took\s+part|participated|were\s+represented|gathered|"
    r"joined\s+the\s+(?:meeting|talks|call)|sent\s+(?:delegations|ministers|representatives)|"
    r"[وف]?(?:ناقش|حضر|شارك|اجتمع)\w*)(?!\w)", re.IGNORECASE)
_ATTENDED_BEFORE = re.compile(
    r"(?<!\w)(?:officials|representatives|delegates|delegations?|ministers|envoys|diplomats|"
    r"[وف]?(?:ممثلو|ممثلي|وفود|وفدا?|وزراء|مندوبو|مندوبي))\s+(?:from|of|من|عن)\s*$|"
    # 'رؤساء أركان ٢٢ دولة', 'the chiefs of staff of 22 countries': the ones who attended
    r"(?<!\w)(?:(?:chiefs\s+of\s+(?:defen[cs]e\s+)?staff|defen[cs]e\s+chiefs|army\s+chiefs)\s+"
    r"(?:of|from)|[وف]?(?:رؤساء\s+)?(?:ال)?اركان(?:\s+(?:ال)?جيوش)?|[وف]?قاده\s+(?:ال)?جيوش)\s*$",
    re.IGNORECASE)
# 'the coalition's 87 members discussed': all of them, a count.
_ALL_OF = re.compile(r"(?<!\w)(?:the|its|their|all|coalition's|alliance's)\s+$", re.IGNORECASE)
# A clause that refers back to the Coalition named earlier in the paragraph.
_ANAPHOR = re.compile(r"(?<!\w)(?:it|its|the\s+group|the\s+alliance|the\s+body|we['’]re|"
                      r"we\s+are|we\s+(?:now\s+)?number|we|اعضائه|اعضاءه|"
                      r"تاسيسه|اليه)(?!\w)", re.IGNORECASE)
# A date introduced by 'since/منذ' starts a period; it is not the date of a count.
_SINCE_BEFORE = re.compile(r"(?:since|منذ)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# Clause boundaries inside a sentence: punctuation, relative and complement clauses, reported
# speech, contrast and another event ('after', 'بعد').
_CLAUSE_BOUNDARY = re.compile(
    r"[,،:()\u2014\u2013\"“”]|\s-\s|(?<!\w)(?:that|which|who|whom|where|while|whereas|but|after|"
    r"before|although|though|because|said|says|told|according\s+to|"
    r"[وف]?(?:ان|الذي|التي|الذين|بينما|فيما|حيث|لكن|بعد|كما|وذلك|قال|قالت|اضاف|اضافت|وفق|بحسب)|"
    r"في\s+حين|قبل\s+ان)(?!\w)",
    re.IGNORECASE,
)
# A clause opened by a participle continues the previous one ('joined on 3 January, becoming
# its 87th partner').
_CONTINUES = re.compile(r"\W*(?:becoming|to\s+become|making\s+(?:it|(?:the\s+)?[\w-]+\s+its)|"
                        r"bringing\s+(?:it|the|its|membership)|"
                        r"taking\s+(?:it|the|its|membership)|[لف]?[تي]صبح|[لف]?[تي]رتفع|"
                        r"لتكون|ليكون|فاصبح\w*)(?!\w)", re.IGNORECASE)
# A fronted temporal phrase opens the sentence and dates the next clause ('When it was formed
# in September 2014, it had 60 partners', 'Last week, ...', 'وفي عام 2016، ...').
_FRONTED = re.compile(r"\W*(?:when|in|on|by|at|during|last|earlier|this|"
                      # 'With Benin's accession in January, membership reached 87'
                      r"(?:with|after|following)\s+(?:[\w'’-]+\s+){0,3}?(?:accession|admission|joining)|"
                      r"[وف]?(?:عند|عندما|لدي|في|خلال|مع))(?!\w)", re.IGNORECASE)
_QUALIFIERS = (
    ("more_than", re.compile(r"(?<!\w)(?:(?:a\s+little\s+|just\s+|slightly\s+)?more\s+than|"
                             r"(?:just\s+|a\s+little\s+)?over|at\s+least|in\s+excess\s+of|"
                             r"upwards\s+of|[وب]?اكثر\s+من|[وب]?ما\s+يزيد\s+(?:عن|علي)|"
                             r"ازيد\s+من)\s+$",
                             re.IGNORECASE)),
    ("nearly", re.compile(r"(?<!\w)(?:nearly|almost|close\s+to|just\s+under|[وب]?قرابه|ما\s+يقارب|"
                          r"يقارب|ما\s+يقرب\s+من)\s+$", re.IGNORECASE)),
    ("about", re.compile(r"(?<!\w)(?:about|around|approximately|roughly|some|[وب]?نحو|[وب]?حوالي|"
                         r"[وب]?زهاء)\s+$",
                         re.IGNORECASE)),
)
_MIN_TOTAL, _MAX_TOTAL = 10, 200
_CURRENT_DAYS = 7
_MEMBERSHIP_WORD = re.compile(r"member|partner|coalition|alliance|عضو|تحالف|شريك|دوله",
                              re.IGNORECASE)


_TRIGGERS = ("member", "partner", "nation", "countr", "state", "coalition", "alliance", "عضو",
             "دوله", "بلدا", "شريك", "اعضاء", "اعضائ", "الشركاء", "صبح", " بات ", " باتت ",
             "وبات", "فبات")
# 'Today it counts 90' and 'عدد أعضائه 89' may stand far from any membership word: their own
# windows, around their own words.
_OWN_TRIGGERS = {"en_bare_total": ("counts ", "numbers ", "totals ", "together ", "unites ",
                                   "gathers ", "numbered ", "counted "),
                 "ar_bare_total": ("يضم ",),
                 "en_strong": ("strong",),
                 "en_we_are": ("we're", "we’re", "we are", "we number", "we now number"),
                 "en_we_were": ("we were", "we numbered", "there are", "there were", "we are",
                                "we're", "we’re", "it is", "it's", "it’s"),
                 "ar_we_were": ("كنا ", "اصبحنا ", "صرنا ", "بتنا ", "نحن ", "صاروا ", "اصبحوا ",
                                "باتوا "),
                 "en_lists": (" lists ", " listed ", " gave ", " gives ", " shows ", " showed ",
                              " names ", " named ", "stood at", "stands at", " reached ",
                              "the figure at", "the number at", "the count at", "the total at",
                              "roster was", "roster is", "tally was", "tally is"),
                 "en_became_ordinal": ("became the", "becomes the", "becoming the", "become the",
                                       "made it the", "making it the", "is now the", "was the"),
                 "ar_states_def": ("دول التحالف", "اعضاء التحالف", "دول الاعضاء"),
                 "ar_states_members": (" الاعضاء", " المنضويه", " المنضمه"),
                 "ar_members_def": ("الاعضاء ال", "الشركاء ال", "الشريكه ال", "تحالف ال",
                                    "دولي ال"),
                 "ar_member_number": ("عدد اعضا", "عدد الاعضا", "عدد الدول", "عدد دول"),
                 "en_membership": ("membership", "roster"),
                 "en_founded_with": ("formed", "founded", "launched", "created", "established",
                                     "set up", "began", "started")}
# A pattern that opens on its own trigger word and runs long after it ('launched last September
# with around sixty') reads further than 40 characters.
_OWN_AFTER = {"en_founded_with": 110}
_BEFORE, _AFTER = 90, 90


def _number(raw: str, kind: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    if "\u0600" <= raw[-1] <= "\u06ff":
        if kind == "total" and raw.startswith("ال"):  # 'السبع والستين': a cardinal with the article
            words = [word[2:] if word.startswith("ال") else
                     "و" + word[3:] if word.startswith("وال") else word for word in raw.split()]
            value = parse_arabic_number(words)
            return int(value) if value else None
        if (raw.startswith("ال") and raw[:3] != "ال ") or kind == "ordinal":
            return _arabic_ordinal(raw)
        value = parse_arabic_number(raw.split())
        return int(value) if value else None
    if kind == "ordinal":
        return parse_english_ordinal(raw)
    return parse_english_cardinal(raw)


def _arabic_ordinal(raw: str) -> int | None:
    """'السادس والثمانين' -> 86, 'الحاديه والثمانين' -> 81, 'التسعين' -> 90, and the accusative
    without the article, 'رابعا وسبعين' -> 74."""
    first, _, rest = raw.partition(" ")
    if first in _AR_INDEF_ORDINAL_UNITS:
        tens = ARABIC_TENS.get(rest.removeprefix("و"))
        return _AR_INDEF_ORDINAL_UNITS[first] + tens if tens else None
    total = 0
    for word in raw.split():
        word = word.removeprefix("و")
        for stem, value in AR_ORDINAL_VALUES.items():
            if word in (stem, stem + "ه", stem + "ين", stem + "ون"):
                total += value
                break
        else:
            return None
    return total or None


def _other_organisation(text: str, sentence_start: int, position: int, end: int) -> bool:
    """True when the nearest organisation named before the count (or just after it, 'of the
    EU') is not the Coalition."""
    found = list(_ORGANISATION.finditer(text, max(sentence_start, position - 80), position))
    if found and found[-1].group("other") is not None:
        return True
    return bool(_OTHER_AFTER.match(text, end, min(len(text), end + 60)))


def _coalition_earlier(text: str, sentence_start: int, position: int,
                       anaphor: bool = True) -> bool:
    """'it had 60 members': the clause refers back, and the organisation named last before it
    in the same paragraph is the Coalition."""
    # 'The 85 members reaffirmed' after 'The Coalition welcomed Ghana as its 85th member'
    definite = text[max(sentence_start, position - 4):position].lower() == "the " or text[
        max(sentence_start, position - 3):position].rstrip().endswith("ال")  # 'الأعضاء الـ85'
    referent = _ANAPHOR.search(text, sentence_start, position) if anaphor and not definite else None
    if anaphor and not definite and not referent:
        return False
    if referent is not None and referent.group()[:2].lower() == "we":
        anaphor = False  # a speaker's 'we' is the body the interview is about, paragraphs back
    # (an answer's 'we' may refer to the question's Coalition, in the paragraph before; so may
    # the first sentence of a paragraph: 'It began as a group of some 60 states')
    paragraph = text.rfind("\n", 0, sentence_start) + 1
    opens = not text[paragraph:sentence_start].strip()
    # (a speaker's 'we' may name the Coalition once, paragraphs back: the last body named
    # within 1,200 characters)
    low = max(0, sentence_start - (1200 if not anaphor else 400)) if not anaphor or opens else (
        max(0, sentence_start - 400, paragraph))
    found = list(_ORGANISATION.finditer(text, low, position))
    return bool(found) and found[-1].group("other") is None


def _is_membership(kind: str, name: str, match: re.Match, text: str) -> bool:
    """Decision (a): is this number a total or ordinal of the Coalition's membership?"""
    number_start = match.start("n")
    sentence_start, sentence_end = sentence_span(text, match.start())
    if _other_organisation(text, sentence_start, number_start, match.end()):
        return False
    if kind == "total" and _subset(text, sentence_start, number_start, match.end()):
        return False
    joined = name.endswith("ordinal") and _BECAME.search(text[max(0, match.start() - 25):
                                                               match.start()])
    # 'we' are the Coalition named last before; so is a document's figure ('A fact sheet dated
    # 3 November puts the figure at 85', after 'How many members does the Coalition have?')
    if name in ("en_we_were", "ar_we_were", "en_lists") or (
            name == "en_signed_up" and not _COALITION.search(match.group())):
        return _coalition_earlier(text, sentence_start, number_start, anaphor=False)
    if name in _NEEDS_COALITION and not joined and not _COALITION.search(
            text, sentence_start, sentence_end) and not (
            name in ("en_members", "ar_members", "en_founded_with", "ar_word", "en_bare_total",
                     "en_adjective_body", "en_lists", "en_we_are",
                     "ar_member_number", "ar_bare_total", "en_it_numbered", "ar_members_def",
                     "ar_states_num_members")
            and _coalition_earlier(text, sentence_start, match.start("n"))):
        return False
    if name in ("en_members", "ar_members", "en_adjective") and _attended_before(
            text, number_start):
        return False  # 'attended by senior officials from 30 member states'
    if name in ("en_members", "ar_members") and _attended_after(text, number_start, match.end()):
        return False  # 'At the Small Group meeting, 40 partners discussed the camp': attendance
    if name in _COUNTRY_FORMS and not (name == "ar_word" and match.group("member")):
        clause_start = _clause_start(text, sentence_start, number_start)
        low = max(clause_start, number_start - 60)
        if low > clause_start and not text[low - 1].isspace():  # whole words only
            space = text.find(" ", low, number_start)
            low = space + 1 if space >= 0 else number_start
        before = text[low:number_start]
        # (a membership verb before the count is its own: 'بدأت العائلات تتدفق ... كان
        # التحالف يضم ٧٩ دولة' counts members, not families)
        tail = before[-40:]
        verb = _MEMBERSHIP_VERB.search(tail)
        scope = before[len(before) - len(tail) + verb.start():] if verb else before
        if _not_members(text, scope, match.end()):
            return False
        return bool(verb or _FOUNDING_INTRO_AR.search(before)
                    or _MEMBER_AFTER_AR.match(text, match.end(), min(len(text), match.end() + 40)))
    return True


_PERCENT_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent|في\s+الم[اي]?ئ?ه|بالم[اي]?ئ?ه)",
                            re.IGNORECASE)


_SCALE_AFTER = re.compile(r"\s*(?:million|billion|thousand|mln|bn|[وبل]?(?:مليون|مليار|ملايين|الف|"
                          r"الاف|دولار|يورو|دينار)\w*)(?!\w)", re.IGNORECASE)


def _vetoed(text: str, start: int, end: int, kind: str) -> bool:
    """The checks of decision (a) that rule a number out whatever its wording, for a count the
    count model read: a percentage, another organisation's members (or the last body the
    paragraph named is another), a subset of the membership, attendance, or countries named
    as origins or delegations."""
    sentence_start, _ = sentence_span(text, start)
    if _PERCENT_AFTER.match(text, end) or _other_organisation(text, sentence_start, start, end):
        return True
    if _SCALE_AFTER.match(text, end):
        return True  # 'نحو ٢٠ مليون دولار', '20 million': an amount, not a count
    # 'The EU met in Brussels. The 27 members agreed.': the last body named in the paragraph
    paragraph = max(0, sentence_start - 400, text.rfind("\n", 0, sentence_start) + 1)
    named = list(_ORGANISATION.finditer(text, paragraph, start))
    if named and named[-1].group("other") is not None:
        return True
    if kind == "total" and _subset(text, sentence_start, start, end):
        return True
    if _attended_before(text, start) or _attended_after(text, start, end):
        return True
    clause_start = _clause_start(text, sentence_start, start)
    return _not_members(text, text[max(clause_start, start - 60):start], end)


def _subset(text: str, sentence_start: int, number_start: int, end: int) -> bool:
    """'including 20 Arab states': a part of the membership, unless the coalition includes it."""
    return bool(_SUBSET_BEFORE.search(text, max(sentence_start, number_start - 40), number_start)
                and not _COALITION_INCLUDES.search(text, max(sentence_start, number_start - 60),
                                                   end))


def _attended_before(text: str, number_start: int) -> bool:
    return bool(_ATTENDED_BEFORE.search(text, max(0, number_start - 40), number_start))


def _attended_after(text: str, number_start: int, end: int) -> bool:
    return bool(_ATTENDED_AFTER.match(text, end, min(len(text), end + 40))
                and not _ALL_OF.search(text, max(0, number_start - 24), number_start))


def _not_members(text: str, before: str, end: int) -> bool:
    """Countries named as origins, delegations or signatories, before or after the number."""
    return bool(_NOT_MEMBERS_BEFORE.search(before)
                or _NOT_MEMBERS_AFTER.match(text, end, min(len(text), end + 40)))


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    """Start of the clause holding `position` (the end of the last boundary before it)."""
    start = sentence_start
    for boundary in _CLAUSE_BOUNDARY.finditer(text, sentence_start, position):
        start = boundary.end() if boundary.end() <= position else start
    return start


def _clause(text: str, start: int, end: int) -> tuple[int, int, int]:
    """(clause start, clause end, sentence start) of the count at start:end."""
    sentence_start, sentence_end = sentence_span(text, start)
    clause_start = _clause_start(text, sentence_start, start)
    boundary = _CLAUSE_BOUNDARY.search(text, end, sentence_end)
    return clause_start, boundary.start() if boundary else sentence_end, sentence_start


def _extended_start(text: str, clause_start: int, sentence_start: int, kind: str,
                    dates: list[tuple[int, int, dict]], date_starts: list[int]) -> int:
    """Widen the clause backwards over a participle continuation (ordinals) or over a fronted
    temporal phrase that opens the sentence."""
    if clause_start <= sentence_start:
        return clause_start
    previous = _clause_start(text, sentence_start, max(sentence_start, clause_start - 1))
    if kind == "ordinal" and _CONTINUES.match(text, clause_start):
        return previous
    # 'انضمت بنين إلى التحالف في الثامن من أكتوبر، ليصبح عدد الأعضاء 88', 'Benin joined on 8
    # October, bringing membership to 88': the joining made the total, and dates it.
    if kind == "total" and _CONTINUES.match(text, clause_start) and _JOINING.search(
            text, previous, clause_start):
        return previous
    if previous == sentence_start and _FRONTED.match(text, previous) and _within(
            dates, date_starts, previous, clause_start):
        return previous
    return clause_start


_INSERT_COMMA = re.compile(r"[,،]\s*$")


def _over_inserted_date(text: str, low: int, sentence_start: int,
                        dates: list[tuple[int, int, dict]], date_starts: list[int]) -> int:
    """'أصبح، يوم الاثنين الماضي، العضو السادس والسبعين', 'became, on Monday, the 84th
    member': a date set off by commas inside a clause belongs to it, so the clause is widened
    over the date and the words before it."""
    tail = text[max(sentence_start, low - 3):low]
    if low <= sentence_start or not ("," in tail or "،" in tail):
        return low
    comma = text.rfind(",", sentence_start, low) if "," in text[low - 3:low] else text.rfind(
        "،", sentence_start, low)
    segment_start = _clause_start(text, sentence_start, comma)
    if segment_start <= sentence_start or not _INSERT_COMMA.search(
            text, max(sentence_start, segment_start - 3), segment_start):
        return low
    inside = _within(dates, date_starts, segment_start, comma)
    if not inside:
        return low
    rest = text[segment_start:comma]
    for date_start, date_end, _ in sorted(inside, reverse=True):
        rest = rest[:date_start - segment_start] + rest[date_end - segment_start:]
    if len(re.sub(r"\W", "", rest)) > 6:  # more than 'on', 'in', 'يوم': not a bare date
        return low
    return _clause_start(text, sentence_start, max(sentence_start, segment_start - 1))


def _after(value: str, published: date | None) -> bool:
    """True when a date value lies after publication (a count cannot be observed then)."""
    return published is not None and value > published.isoformat()[:len(value)]


def _current(item: dict, published: date | None) -> bool:
    """A day in the publication week: the count it dates is also the current count."""
    if published is None or item["precision"] != "day":
        return False
    return 0 <= (published - date.fromisoformat(item["value"])).days < _CURRENT_DAYS


def _within(items: list, starts: list[int], low: int, high: int) -> list:
    """The (start, end, ...) items lying wholly in [low, high], found by bisection on their
    sorted starts: each count looks only at its own clause, not at the whole article."""
    chosen = items[bisect_left(starts, low):bisect_right(starts, high)]
    return [item for item in chosen if item[1] <= high]


# 'membership rose to 87 after Togo joined in January', 'ارتفع إلى 87 دولة بعد انضمام توغو في
# كانون الثاني': the joining made the new total, so its date is the total's (an ordinal after
# another country's joining, 'became the 85th after Benin joined last month', keeps its own).
_ROSE = re.compile(r"(?<!\w)(?:rose|risen|grew|grown|increased|climbed|reached|expanded|"
                   r"[وف]?(?:ارتفع|زاد|وصل|بلغ|صعد|اصبح|بات)\w*)(?!\w)", re.IGNORECASE)
_JOINING_AFTER = re.compile(
    r"\s*(?:after|following|with|بعد|اثر|عقب|مع)\s+(?:ان\s+)?(?:the\s+)?(?:accession|admission|"
    r"joining|انضمام|انضمت|انضم|انضمامه|انضمامها|\w+\s+(?:joined|was\s+admitted))(?!\w)",
    re.IGNORECASE,
)


_RELATIVE_JOINING = re.compile(
    r"(?:\s*(?:in|of)\s+(?:the\s+)?(?:coalition|alliance))?[\s,،]*"
    # round 20: an appositive may stand between ('85th member, a West African state that signed
    # up in April')
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:state|country|nation|government)\s+)?(?:"
    r"(?:admitted|accepted|approved)(?=\s+(?:in|on|last|this|earlier)(?!\w))|"
    r"(?:which|who|that|[وف]?(?:الذي|التي))\s+(?:had\s+|has\s+|formally\s+|officially\s+|"
    r"رسميا\s+)?(?:joined|was\s+admitted|signed\s+up|[وف]?ان?ضم\w*)|"
    # round 20: 'the 86th member ... after its accession was formalised last month'
    r"(?:after|following|with|بعد)\s+(?:its|her|his|their)?\s*(?:accession|admission|joining|"
    r"(?:ال)?انضمام\w*)(?:\s+(?:was|had\s+been)\s+(?:formalised|formalized|completed|approved|"
    r"confirmed))?)(?!\w)", re.IGNORECASE)


# A date after the count that a participle ties to another event ('the territorial defeat of
# Daesh achieved in March 2019', 'النصر الذي تحقق في كانون الأول'); joining words are not such.
_OTHER_EVENT_BEFORE = re.compile(
    # (not a meeting: 'had 84 members when its foreign ministers gathered in Marrakesh on 11 May')
    r"(?<!\w)(?!(?:joined|admitted|welcomed|added|enlarged|expanded|gathered|convened|assembled)"
    r"(?!\w))"
    r"(?:[a-z]+ed|won|held|begun|made|taken|given|(?:الذي|التي)\s+(?:تحقق|تم|اعلن|حقق)\w*)"
    r"(?:\s+\S+){0,4}?\s+(?:in|on|of|في|يوم)\s+$", re.IGNORECASE)


def _count_date(kind: str, start: int, end: int, text: str, dates: list[tuple[int, int, dict]],
                published: date | None, spans: list[tuple[int, int]],
                starts: tuple[list[int], list[int], list[int]]) -> dict | None:
    """Decision (b): the date item the count refers to, or None for the publication date;
    `starts` are the sorted date starts, count starts and count ends."""
    date_starts, span_starts, span_ends = starts
    clause_start, clause_end, sentence_start = _clause(text, start, end)
    joined_after = False
    if kind == "total" and _ROSE.search(text, max(clause_start, start - 40), end):
        joining = _JOINING_AFTER.match(text, _boundary_start(text, end, clause_end))
        if joining:
            joined_after = True
            _, sentence_end = sentence_span(text, start)
            boundary = _CLAUSE_BOUNDARY.search(text, joining.end(), sentence_end)
            clause_end = boundary.start() if boundary else sentence_end
    if _at_founding(text, start, end, sentence_start):
        return FOUNDING_MONTH  # 'launched in 2014 with roughly 60 members', 'أطلقته نحو ستين دولة'
    low = _extended_start(text, clause_start, sentence_start, kind, dates, date_starts)
    low = _over_inserted_date(text, low, sentence_start, dates, date_starts)
    # The other counts that reach into the clause (kept counts never overlap: ends are sorted).
    near = spans[bisect_left(span_ends, low):bisect_left(span_starts, clause_end)]
    others = [span for span in near if span != (start, end)]
    # The count's own part of the clause: up to the neighbouring counts ('from 60 members in
    # 2014 to 84 members today').
    own_low = max([low] + [o_end for o_start, o_end in others if low <= o_end <= start])
    own_high = min([clause_end] + [o_start for o_start, _ in others if end <= o_start < clause_end])
    clause = text[own_low:own_high]
    if kind == "total":
        # A total the joining after it brought about takes that date ('أصبح يضم ٨٥ دولة بعد
        # انضمام عضو جديد في أيار'); any other is current when a present phrase leads to it
        # ('formed in 2014 and now has 84'), or when a present adverb is in its part of the
        # clause and no founding verb introduces it ('انطلق في أيلول ٢٠١٤ بأكثر من ستين دولة
        # ويضم اليوم ٧٩': 60 is the founding count).
        before = text[max(low, start - 50):start]
        present_verb = _PRESENT_BEFORE.search(before) and not _PAST_AUXILIARY.search(before)
        # 'واجتمع وزراء خارجية التحالف المؤلف من 75 دولة ... يوم 13 شباط': tied to the meeting
        met = _MET_BEFORE_DATE.search(text, max(low, start - 80), start)
        # 'البالغ عددها يومذاك ٨٥ دولة': a present participle told of that day
        then = _AT_THE_TIME.search(text, max(low, start - 30), min(len(text), end + 20))
        if not joined_after and not then and not (met and present_verb) and (present_verb or (
                _PRESENT_ADVERB.search(clause)
                and not _FOUNDED.search(text, max(low, start - 60), start))):
            return None
    else:
        # 'welcomed the 89th member, which joined in January', 'بالعضو التاسع والثمانين، الذي
        # انضم في كانون الثاني': a relative clause right after the ordinal names its joining.
        relative = _RELATIVE_JOINING.match(text, _boundary_start(text, end, clause_end))
        if relative:
            _, sentence_end = sentence_span(text, start)
            boundary = _CLAUSE_BOUNDARY.search(text, relative.end(), sentence_end)
            clause_end = boundary.start() if boundary else sentence_end
        elif not _JOINING.search(clause):
            return None
    if kind == "total" and _HEAD_NOUN.search(text, max(start, end - 12), end):
        meeting = _MEETING_AFTER.match(text, end, min(len(text), end + 80))
        if meeting:  # 'The 79 members ..., meeting in Washington on 6 February, committed'
            _, sentence_end = sentence_span(text, start)
            item = _first_past_date(dates, date_starts, meeting.end(),
                                    min(sentence_end, meeting.end() + 60), published)
            if item is not None:
                return item
    if kind == "total":
        met = _ministers_meeting(text, start, end, dates, date_starts, published)
        if met is not None:
            return met or None
    candidates = []
    for date_start, date_end, item in _within(dates, date_starts, low, clause_end):
        if _after(item["value"], published):
            continue
        if _since_date(text, date_start, item):
            continue
        if date_start >= end and _OTHER_EVENT_BEFORE.search(text, max(end, date_start - 40),
                                                            date_start):
            continue  # 'the 85 members ... the defeat of Daesh achieved in March 2019'
        if date_start >= end and _DEADLINE_BEFORE.search(text, max(end, date_start - 12),
                                                         date_start):
            continue  # 'تغطية هذه الفجوة قبل نهاية العام': a deadline
        distance = _distance(date_start, date_end, start, _noun_end(text, end))
        if any(_nearer_other(text, (date_start, date_end), (o_start, o_end), start, distance)
               for o_start, o_end in others if low <= o_start < clause_end
               and not _PRESENT_ADVERB.search(text, o_start, min(len(text), o_end + 12))):
            continue  # the date is nearer to another count in the clause (not one 'today')
        candidates.append((distance, date_start, item))
    if not candidates:
        heading = _line_heading_date(text, start, dates, date_starts, published)
        if heading is not None:
            return heading  # 'FEBRUARY 6 — Ministers from all 79 members ... gather'
        if kind != "total":
            return None
        if low < clause_start and _CONTINUES.match(text, clause_start) and _PARTICIPANTS.search(
                text, sentence_start, clause_start):
            # 'ورحّب المجتمعون بانضمام عضوين جديدين، ليرتفع عدد أعضاء التحالف إلى ٨١': the joining
            # welcomed at the meeting the sentence before dated
            held = _meeting_before(text, sentence_start, dates, date_starts, published)
            if held is not None:
                return held
        created = _CREATED_WITH.search(text, max(0, start - 80), start)
        if created:  # 'Since its creation in 2014 with 60 members, ... has grown to 87'
            item = _first_past_date(dates, date_starts, created.start(), start, published)
            if item is not None:
                return item
        return _founding_date(text, start, own_low, own_high, dates, date_starts, published) or (
            _past_total_date(text, start, own_low, own_high, others, dates, date_starts,
                             published))
    _, date_start, item = min(candidates, key=lambda pair: pair[0])
    # Round 21: 'The 90-member coalition last week described the operation': an adjective
    # describes the Coalition as it is; only a meeting it held dates it.
    if kind == "total" and _ADJECTIVE_COUNT.match(text, start) and not _MEETING_WORD.search(
            text, low, clause_end) and not _MET_BEFORE_DATE.search(text, low, clause_end):
        return None
    # (a joining in the publication week dates the total it made: 'انضمام دولتين أمس، ليرتفع
    # عدد أعضاء التحالف إلى ٨٥')
    if kind == "total" and _current(item, published) and not _MET_BEFORE_DATE.search(
            text, max(low, start - 80), max(end, date_start)) and not joined_after and not (
            low < clause_start and _CONTINUES.match(text, clause_start)):
        return None
    return item


# 'the 75-member Global Coalition ... met in Kuwait on 13 February': a meeting's day dates the
# count, even in the week of publication.
_MET_BEFORE_DATE = re.compile(r"(?<!\w)(?:met|meet|meets|meeting|gathered|convened|[وف]?اجتمع\w*|"
                              r"[وف]?اجتماع\w*|[وف]?التق\w*)(?!\w)", re.IGNORECASE)
# A meeting told right after the count ('The 79 members of the Global Coalition, meeting in
# Washington on 6 February, committed'): its day dates the count.
# ('The 86 members of the coalition, which met in Baghdad in May 2023, agreed': a relative
# clause tells the Coalition's past, the count stays current.)
# ('ministers from 26 members of the 66-nation coalition, meeting in Brussels': the count is
# an adjective, the ministers met; the count must be the head noun the participle follows.)
_MEETING_AFTER = re.compile(r"(?:\s+(?:of|in)\s+the(?:\s+[\w-]+){0,3}?\s+(?:coalition|alliance)|"
                            r"\s+(?:في\s+)?(?:ال)?تحالف(?:\s+(?:ال)?دولي)?)?\s*[,،]\s*"
                            r"(?:meeting|gathered|convening|المجتمعين|المجتمعون)(?!\w)",
                            re.IGNORECASE)
_HEAD_NOUN = re.compile(r"(?:members|partners|countries|nations|states|عضوا|اعضاء|دوله|دول)$",
                        re.IGNORECASE)
_PARTICIPANTS = re.compile(r"(?<!\w)(?:participants|ministers|delegates|the\s+meeting|"
                           r"[وف]?(?:ال)?(?:مجتمع|مشارك)(?:ون|ين)|[وف]?(?:ال)?وزراء|[وف]?(?:ال)?اجتماع)"
                           r"(?!\w)", re.IGNORECASE)


def _meeting_before(text: str, sentence_start: int, dates: list, date_starts: list[int],
                    published: date | None) -> dict | None:
    """The last date of the sentence before, when that sentence tells a meeting."""
    if not _MEETING_HELD.search(text, previous_sentence_start(text, sentence_start),
                                sentence_start):
        return None
    return _previous_sentence_date(text, sentence_start, dates, date_starts, published)


def _previous_sentence_date(text: str, sentence_start: int, dates: list, date_starts: list[int],
                            published: date | None) -> dict | None:
    """The last date of the sentence before that is not after publication."""
    previous_start = previous_sentence_start(text, sentence_start)
    for _, _, item in reversed(_within(dates, date_starts, previous_start, sentence_start)):
        if not _after(item["value"], published):
            return item
    return None


_ADJECTIVE_COUNT = re.compile(r"[\w-]+[-\s](?:member|nation|country|state|partner|strong)s?"
                             r"\s+(?:global\s+|international\s+|us-led\s+)?(?:coalition|alliance)",
                             re.IGNORECASE)


def _nearer_other(text: str, span: tuple[int, int], other: tuple[int, int], start: int,
                  distance: int) -> bool:
    """Whether the date at `span` belongs to the other count rather than to the one at `start`
    (`distance` away): it is nearer to the other, or as near and between them, after the other
    ('from 62 members in December 2014 to 86 in June 2023')."""
    gap = _distance(span[0], span[1], other[0], _noun_end(text, other[1]))
    return gap < distance or (gap == distance and other[1] <= span[0] and span[1] <= start)


# Round 21: the count is the number of the members whose ministers met, or of the members who met
# ('Ministers of the 86-member Coalition, meeting in Riyadh on 8 June', 'On Tuesday, foreign
# ministers of the 74-member coalition met', 'whose 75 members met for the first time', 'وزراء
# خارجية الدول الـ٨٦ المجتمعين'): the meeting's date dates it, wherever the sentence names it,
# or the sentence before when that one tells the meeting ('held in Washington on 22 March.
# Ministers of the 68 Coalition countries, gathered in Washington, affirmed'). Not when the
# ministers of a part met ('Ministers from 26 members of the 66-nation coalition, meeting').
_MINISTERS_OF = re.compile(
    r"(?<!\w)(?:ministers|representatives|delegates|envoys|[وف]?وزراء(?:\s+(?:خارجيه|دفاع))?|"
    r"[وف]?ممثلو|[وف]?ممثلي)\s+(?:(?:(?:of|from)\s+(?:the|all(?:\s+the)?|its)|(?:ال)?دول(?:\s+"
    r"(?:ال)?تحالف)?)\s+(?:ال)?ـ?)?$", re.IGNORECASE)
_MEMBERS_MET = re.compile(r"\s*(?:(?!(?:has|have|had|will|would)\s)[\w-]+\s+)??"
                          r"(?:(?:members|partners|countries|nations|states|governments|"
                          r"(?:ال)?اعضاء|(?:ال)?دول)\s+)?"
                          r"(?:met|gathered|convened|sat\s+down|[وف]?اجتمع\w*|[وف]?التق\w*)(?!\w)",
                          re.IGNORECASE)
# (the ministers' verb or participle, not the noun: 'جدد ممثلو الدول الأعضاء الـ84 ... في البيان
# الختامي للاجتماع' describes the members, 'at the meeting' likewise)
_MEETING_WORD = re.compile(r"(?<!\w)(?:met|meet|meets|(?<!the\s)(?<!\sa\s)meeting|gathered|"
                           r"convened|convening|sat\s+down|[وف]?اجتمع\w*|(?:ال)?مجتمع(?:ين|ون)|"
                           r"[وف]?التق\w*)(?!\w)", re.IGNORECASE)
_MEETING_HELD = re.compile(r"(?<!\w)(?:met|meeting|ministerial|conference|summit|held|gathered|"
                           r"convened|[وف]?اجتمع\w*|[وفبل]?(?:ال)?(?:اجتماع|مؤتمر|قمه)\w*|"
                           r"[وف]?عقد\w*)(?!\w)", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"(?<!\w)(?:since|منذ)\s+[^,،;؛]{0,60}$", re.IGNORECASE)


def _ministers_meeting(text: str, start: int, end: int, dates: list, date_starts: list[int],
                       published: date | None) -> dict | bool | None:
    """The meeting's date item for a count of the members who met (see _MINISTERS_OF); False
    for such a count when no date of the meeting is named (the publication date); None when the
    count is not one of members who met."""
    sentence_start, sentence_end = sentence_span(text, start)
    members_met = _MEMBERS_MET.match(text, end, min(sentence_end, end + 40))
    if not members_met and not _MINISTERS_OF.search(text, max(sentence_start, start - 60), start):
        return None
    verbs = [match.start() for match in _MEETING_WORD.finditer(text, sentence_start,
                                                                sentence_end)]
    if not verbs:
        return None
    candidates = []
    for date_start, date_end, item in _within(dates, date_starts, sentence_start, sentence_end):
        if _after(item["value"], published) or _since_date(text, date_start, item) or (
                _SINCE_CLAUSE.search(text, max(sentence_start, date_start - 60), date_start)):
            continue
        if start <= date_start < end:
            continue
        nearest = min(_distance(date_start, date_end, verb, verb + 1) for verb in verbs)
        candidates.append((nearest, date_start, item))
    if candidates:
        return min(candidates, key=lambda pair: pair[:2])[2]
    held = _meeting_before(text, sentence_start, dates, date_starts, published)
    return held if held is not None else False


# A deadline ('تغطية هذه الفجوة قبل نهاية العام', 'by the end of the year') is when something
# should happen, not when the count was true.
_DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:before|by|until|ahead\s+of|[وف]?قبل|[وف]?حتي|بحلول)\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)


# A timeline entry: a line that opens with its date and a dash or colon ('NOVEMBER 14 — Coalition
# ministers ... taking the roster to 81', '١٤ تشرين الثاني: ...') dates what the line tells.
_HEADING_GAP = re.compile(r"\s*[-–—:]\s")


def _line_heading_date(text: str, start: int, dates: list, date_starts: list[int],
                       published: date | None) -> dict | None:
    line_start = text.rfind("\n", 0, start) + 1
    first = next(iter(_within(dates, date_starts, line_start, start)), None)
    if first is None:
        return None
    date_start, date_end, item = first
    heading = date_start - line_start <= 3 and _HEADING_GAP.match(text, date_end)
    return item if heading and not _after(item["value"], published) else None


# 'up from a little more than 60 at its founding', 'من 60 دولة عند تأسيسه': the founding named
# earlier in the sentence or paragraph ('launched in September 2014') dates the count.
_AT_FOUNDING = re.compile(
    r"(?<!\w)(?:at\s+(?:its|the(?:\s+coalition's)?)\s+(?:founding|launch|creation|inception|formation|"
    r"start|birth)|when\s+it\s+was\s+(?:founded|formed|launched|created|set\s+up)|"

    r"(?:عند|لدي|ابان|وقت)\s+(?:تاسيسه|انطلاقه|تشكيله|انشائه))(?!\w)", re.IGNORECASE)
_FOUNDED = re.compile(r"(?<!\w)(?:launched|founded|formed|created|established|set\s+up|born|"
                      r"[وف]?(?:تاسس|انطلق|اطلق|تشكل|انشئ)\w*|[وف]?ولد)(?!\w)", re.IGNORECASE)


_FOUNDING_STEMS = ("found", "launch", "creat", "incept", "format", "start", "birth", "set up",
                   "تاسيس", "انطلاق", "تشكيل", "انشائ")


# The founding told with its members right before the count ('Since its creation in 2014 with
# 60 members', 'منذ تأسيسه عام 2014 بنحو 60 دولة').
_CREATED_WITH = re.compile(
    r"(?<!\w)(?:creation|founding|formation|launch|inception|establishment|تاسيسه|انطلاقه|تشكيله|"
    r"انشائه)\s+(?:in|عام|في)\s+(?:\S+\s+){1,2}?(?:with|ب)\s*(?:(?:about|some|nearly|around|"
    r"more\s+than|over|just\s+over|نحو|حوالي|قرابه|اكثر\s+من)\s+)?$", re.IGNORECASE)


# A total counted at the founding ('launched in 2014 with roughly 60 members', 'began as a group
# of some 60 states', 'انطلق قبل خمس سنوات بستين دولة', 'التحالف الذي أطلقته نحو ستين دولة', 'عند
# تأسيسه ... حين لم يكن عدد أعضائه يتجاوز الستين') is dated the founding month, September 2014,
# whatever date (a year, 'five years ago', none) the text gives the founding. Not when a present
# word stands between ('formed in 2014 and now has 84', 'launched in 2014, it counts 86').
FOUNDING_MONTH = {"value": "2014-09", "precision": "month"}
_FOUNDING_LEAD = re.compile(
    r"(?<!\w)(?:launched|founded|formed|created|established|set\s+up|born|"
    r"(?<!(?<!\w)i\s)(?<!(?<!\w)we\s)(?:began|started)|"  # not 'When I started in 2017'
    r"(?:creation|founding|formation|launch|inception|birth)(?!\s+of\s+(?!the\s+coalition))"
    r"(?!\s+(?:members?|partners?|states?|nations?|countries|signator\w*))|"
    r"[وف]?(?:تاسس|انطلق|تشكل|انشئ)(?!ت)\w*|[وف]?اطلق\w*|[وف]?(?:عند\s+|لدي\s+)?(?:تاسيس|انطلاق|"
    r"تشكيل|انشاء)\w*)(?!\w)"
    r"(?P<between>[^.;؛]{0,120})$", re.IGNORECASE)
_PRESENT_BETWEEN = re.compile(
    r"(?<!\w)(?:now|today|currently|has|have|counts|numbers|includes|comprises|stands|grown|"
    r"risen|rose|reached|since|joined|to|(?:ال)?يوم|الان|حاليا|[يت]ضم|بات|اصبح|[يت]بلغ|صار|"
    r"[يت]?رتفع|ارتفع|[يت]?صل|وصل|[يت]عد|منذ|انضم\w*|الي|"
    # the founding of something else the coalition backs ('انطلقت عمليات ... بدعم من التحالف')
    r"support\w*|backed|backing|help|operations?|offensive|campaign|[وب]?دعم|بمسانده|عمليات)(?!\w)",
    re.IGNORECASE)
# The founding told right after the count, of the count's members or of the coalition.
_FOUNDING_AFTER = re.compile(
    r"\s*(?:(?:countries|nations|states|members|partners|governments|"
    r"[وف]?(?:ال)?(?:دوله|دول|اعضاء))\s+)?"
    r"(?:[,،]\s*)?(?:"
    # round 21: 'When some 60 governments launched the coalition in September 2014'
    r"(?:(?:that|which|who)\s+)?(?:had\s+)?(?:launched|founded|formed|created|set\s+up|"
    r"established)\s+(?:the|a|this)\s+(?:[\w-]+\s+){0,2}?(?:coalition|alliance)|"
    # the coalition itself founded: 'when it was formed', 'by the time the coalition was launched'
    r"(?:when|by\s+the\s+time)\s+(?:it|the\s+(?:global\s+)?(?:coalition|alliance))\s+was\s+"
    r"(?:\w+\s+)?(?:launched|founded|formed|created|set\s+up|established)|"
    # 'الدول الستين التي أطلقت التحالف', 'عند تأسيسه', 'حين انطلق التحالف'
    r"[وف]?(?:التي|الذين)\s+(?:اطلق|اسس|شكل|انشا)\w*\s+(?:ال)?تحالف|"
    r"[وف]?(?:حين|عندما|عند)\s+(?:(?:تاسيس|انطلاق|تشكيل|انشاء)(?:ه|\s+(?:ال)?تحالف)|"
    r"(?:تاسس|انطلق|تشكل|انشئ)(?:\s+(?:ال)?تحالف)?))(?!\w)", re.IGNORECASE)
_FOUNDING_WORDS = ("launch", "found", "formed", "creat", "establish", "set up", "born", "began",
                   "started", "formation", "inception", "birth", "تاسس", "تاسيس", "انطلق",
                   "انطلاق", "اطلق", "تشكل", "تشكيل", "انشئ", "انشاء")


def _at_founding(text: str, start: int, end: int, sentence_start: int) -> bool:
    # the founding word may open the count's own words ('launched in 2014 with 60 members'),
    # which may hold the present ('has grown to sixty-five', 'ويضم اليوم ٨٧')
    low = max(sentence_start, start - 120)
    lower, same = lowered(text)
    window = lower[low:end + 90] if same else text[low:end + 90].lower()
    if not any(word in window for word in _FOUNDING_WORDS):
        return False
    if _FOUNDING_AFTER.match(text, end, min(len(text), end + 90)) and not _PRESENT_BETWEEN.search(
            text, start, end):
        return True  # 'a little over 60 when it was formed', 'الدول الستين التي أطلقت التحالف'
    lead = _FOUNDING_LEAD.search(text, low, end)
    return bool(lead) and not _PRESENT_BETWEEN.search(lead.group("between"))


def _founding_date(text: str, start: int, low: int, high: int,
                   dates: list[tuple[int, int, dict]], date_starts: list[int],
                   published: date | None) -> dict | None:
    """The founding date for a total counted 'at its founding', when the founding verb and its
    date stand earlier in the sentence or the 300 characters before it (same paragraph)."""
    sentence_start, _ = sentence_span(text, start)
    window = text[min(low, sentence_start):high].lower()
    if not any(stem in window for stem in _FOUNDING_STEMS):
        return None
    at_founding = list(_AT_FOUNDING.finditer(text, min(low, sentence_start), high))
    if not at_founding:
        return None
    paragraph = max(text.rfind("\n", 0, start) + 1, start - 300)
    # the date right after 'at its founding' ('... in September 2014, when it numbered'), else
    # the date right after a founding verb earlier in the paragraph
    anchors = [(match.end(), 30) for match in reversed(at_founding)] + [
        (match.end(), 40) for match in reversed(list(_FOUNDED.finditer(text, paragraph, start)))]
    for anchor, reach in anchors:
        for date_start, _, item in _within(dates, date_starts, anchor, anchor + reach):
            if not _after(item["value"], published) and date_start < start:
                return item
    return None


def _boundary_start(text: str, end: int, clause_end: int) -> int:
    """Where the clause-ending word after a count starts (the clause end, less spaces)."""
    return clause_end if clause_end > end else end


# A total told in the past tense ('by March 2019, when Baghuz fell, the coalition counted 79
# members', 'Since late 2014, when about 60 governments signed up', 'وبعد أيام كانت نواته تضم
# قرابة ستين دولة'): what it was at the last date named before it in its sentence.
_PAST_TOTAL = re.compile(r"(?<!\w)(?:counted|numbered|had|comprised|included|stood\s+at|was|were|"
                         r"signed\s+up|signed\s+on|joined|answered|came\s+together|"
                         r"[وف]?(?:كان|كانت|كنا|انضمت|انضم|انضموا))(?!\w)", re.IGNORECASE)
_AT_THE_TIME = re.compile(r"(?<!\w)(?:at\s+the\s+time|back\s+then|(?<!since\s)(?<!until\s)then|"
                          r"وقتها|وقتئذ|انذاك|حينها|حينذاك|يومها|يومذاك|وقتذاك|ساعتها)(?!\w)",
                          re.IGNORECASE)
# 'Since late 2014, when ...': the period's start is the time of the clause that follows.
_WHEN_AFTER = re.compile(r"\s*[,،]?\s*(?:when|at\s+which\s+point|"
                         r"[وف]?(?:حين|عندما|حينما|يوم))(?!\w)",
                         re.IGNORECASE)


def _first_past_date(dates: list[tuple[int, int, dict]], date_starts: list[int], low: int,
                     high: int, published: date | None) -> dict | None:
    """The first date item wholly in [low, high] that is not after publication."""
    return next((item for _, _, item in _within(dates, date_starts, low, high)
                 if not _after(item["value"], published)), None)


def _since_date(text: str, date_start: int, item: dict) -> bool:
    """A date that opens a period ('since 2015', 'منذ 2014', 'since its founding in 2014')."""
    # (round 21: a five-character slice never equalled the four of 'منذ ', so 'منذ ٢٠١٩' dated a
    # count told after it)
    return item["text"].lower().startswith(("since", "منذ", "ومنذ", "فمنذ")) or bool(
        _SINCE_BEFORE.search(text, max(0, date_start - 20), date_start))


def _past_total_date(text: str, start: int, low: int, high: int, others: list,
                     dates: list[tuple[int, int, dict]], date_starts: list[int],
                     published: date | None) -> dict | None:
    at_the_time = _AT_THE_TIME.search(text, low, high)
    sentence_start, sentence_end = sentence_span(text, start)
    # 'Ministers from all 68 Coalition members took part': the meeting the sentence before named
    took_part = _TOOK_PART.match(text, start, min(sentence_end, start + 80))
    if not (at_the_time or took_part or _PAST_TOTAL.search(text, low, high)) or (
            _PRESENT_ADVERB.search(text, low, high)):
        return None
    if at_the_time:  # '85 members strong at the time, met in Marrakesh in May 2022'
        for date_start, _, item in _within(dates, date_starts, high, sentence_end):
            if _OTHER_EVENT_BEFORE.search(text, max(high, date_start - 40), date_start):
                continue  # ('الهزيمة ... التي أعلنها العراق في ٩ كانون الأول': another event)
            if not _after(item["value"], published) and not any(
                    high <= o_start < date_start for o_start, _ in others):
                return item
    for date_start, date_end, item in reversed(_within(dates, date_starts, sentence_start, start)):
        if _after(item["value"], published) or any(date_end <= o_start < start
                                                   for o_start, _ in others):
            continue  # after publication, or another count stands between
        if _since_date(text, date_start, item) and not _WHEN_AFTER.match(text, date_end):
            continue
        return item
    # 'كان يضم ٧٩ دولة في الاجتماع السابق بواشنطن في السادس من فبراير': a date just after, in the
    # count's own clause
    for date_start, _, item in _within(dates, date_starts, high, min(sentence_end, high + 80)):
        if _after(item["value"], published) or any(high <= o_start < date_start
                                                   for o_start, _ in others):
            break
        if not _CLAUSE_BREAK_RE.search(text, high, date_start):
            return item
        break
    if at_the_time or took_part:  # 'The Coalition had 62 members at the time': the previous
        previous_start = previous_sentence_start(text, sentence_start)  # sentence's date
        if took_part and not _MET_BEFORE_DATE.search(text, previous_start, sentence_start) and (
                not _MEETING_NOUN.search(text, previous_start, sentence_start)):
            return None
        return _previous_sentence_date(text, sentence_start, dates, date_starts, published)
    return None


# the count's own verb, right after it: 'Ministers from all 68 Coalition members took part'
_TOOK_PART = re.compile(r"[^,،;؛.]{0,60}?(?<!\w)(?:took\s+part|attended|participated|"
                        r"were\s+present|[وف]?(?:شارك|حضر)(?:ت|وا)?)(?!\w)", re.IGNORECASE)
_MEETING_NOUN = re.compile(r"(?<!\w)(?:meeting|ministerial|conference|summit|"
                           r"[وفبل]?(?:ال)?(?:اجتماع|مؤتمر|قمه)\w*)(?!\w)", re.IGNORECASE)


_CLAUSE_BREAK_RE = re.compile(r"[,،;؛]|(?<!\w)(?:but|while|whereas|لكن|بينما|فيما)(?!\w)",
                              re.IGNORECASE)


# The membership noun right after a count belongs to it when distances are weighed ('من 62 دولة
# عام 2014 إلى 86 دولة عام 2023': 2014 is 62's, not the next count's).
_NOUN_AFTER = re.compile(r"\s*(?:(?:member\s+)?(?:countries|nations|states|members|partners)|"
                         r"(?:دوله|دول|عضوا|عضو|اعضاء|شريكا|شركاء)(?!\w))", re.IGNORECASE)


def _noun_end(text: str, end: int) -> int:
    noun = _NOUN_AFTER.match(text, end, end + 24)
    return noun.end() if noun else end


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, a_start - b_end, b_start - a_end)


def _qualifier(text: str, number_start: int) -> str:
    """'more than 80 countries' -> more_than, 'نحو 60 دولة' -> about; else exact."""
    before = text[max(0, number_start - 25):number_start]
    for qualifier, pattern in _QUALIFIERS:
        if pattern.search(before):
            return qualifier
    return "exact"


def find_member_counts(folded: FoldedText, dates: list[tuple[int, int, dict]],
                       published: date | None, second_reading=None) -> list[dict]:
    """Membership counts; `dates` are (folded start, folded end, date item) triples.
    `second_reading(text, values)` (the count model) gives (start, end, value, kind) of further
    counts in the folded text, of values other than those the patterns found: each is added
    where no pattern found a count, unless a veto rules it out, and dated as the patterns'
    counts are."""
    text = folded.text
    if not _MEMBERSHIP_WORD.search(text):
        return []
    scripts = scripts_in(text)
    low, same = lowered(text)
    windows = trigger_windows(low, _TRIGGERS, _BEFORE, _AFTER)  # the patterns run only here
    found = []
    numbers = ([number.start() for number in _matches(
        *((_EN_NUMBER_START_LOW, low) if same else (_EN_NUMBER_START, text)), windows)]
        if "en" in scripts else [])
    for kind, name, pattern in _COMPILED:
        if name[:2] not in scripts or (name in _GATES and not any(
                word in low for word in _GATES[name])):
            continue
        if name in _STARTS_WITH_NUMBER:
            matches = filter(None, (pattern.match(text, position) for position in numbers))
        elif name in _OWN_TRIGGERS:
            own = [word for word in _OWN_TRIGGERS[name] if word in low]
            matches = _matches(pattern, text, trigger_windows(
                low, own, 40, _OWN_AFTER.get(name, 40))) if own else ()
        else:
            matches = _matches(pattern, text, windows)
        for match in matches:
            count = _number(match.group("n"), kind)
            if count is None or not _is_membership(kind, name, match, text):
                continue
            if not _MIN_TOTAL <= count <= _MAX_TOTAL:
                continue  # ('the first member whose territory ...' is no count)
            found.append((match.start(), match.end(), count, kind, match.start("n")))
    found += _change_targets(text, found) + _change_sources(text, found) + _answers(text)
    kept, last_end = [], -1
    for entry in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if entry[0] >= last_end:
            kept.append(entry)
            last_end = entry[1]
    if second_reading is not None:
        values = {entry[2] for entry in kept}
        added = []
        for start, end, count, kind in second_reading(text, values):
            if count not in values and not _overlaps((start, end), kept) and not _vetoed(
                    text, start, end, kind):
                values.add(count)
                added.append((start, end, count, kind, start))
        kept += added
        # the totals a model-read count's change leads to ('rose from 62 in 2014 to 86 in 2023')
        for entry in _change_targets(text, added):
            if entry[2] not in values and not _overlaps(entry, kept):
                values.add(entry[2])
                kept.append(entry)
        kept.sort()
    for entry in _continued(text, kept):
        if not _overlaps(entry, kept):
            kept.append(entry)
    number_starts = sorted(entry[4] for entry in kept)
    kept = [entry for entry in kept if not _bare_change_source(text, entry, number_starts)]
    # a number inside a date is the date's ('a fact sheet dated October 20 still listed 89')
    date_spans = [(date_start, date_end) for date_start, date_end, _ in dates]
    kept = sorted(entry for entry in kept if not _in_date(entry[4], date_spans))
    spans = [(start, end) for start, end, *_ in kept]
    starts = ([date_start for date_start, _, _ in dates], [s for s, _ in spans],
              [e for _, e in spans])
    items = []
    for start, end, count, kind, number_start in kept:
        count_date = _count_date(kind, start, end, text, dates, published, spans, starts)
        if kind == "ordinal":
            count_date = _joining_month(count_date, published)
        items.append({
            **folded.item(start, end), "count": count, "kind": kind,
            "qualifier": _qualifier(text, number_start) if kind == "total" else "exact",
            "date": count_date["value"] if count_date else _iso(published),
            "date_precision": count_date["precision"] if count_date else (
                "day" if published else None),
        })
    return items


def _joining_month(found: dict | None, published: date | None) -> dict | None:
    """An ordinal is dated by the month its member joined: the publication's month when no
    date is named, and the month of a day told relative to publication ('أمس الإثنين', 'on
    Tuesday'); a day written out in full ('joined on 12 March 2023') stays a day."""
    if found is None:
        return {"value": published.isoformat()[:7], "precision": "month"} if published else None
    return found


# 'grew from 60 members ... to 87 today', 'من 60 عضواً ... إلى 87': the second number of a
# change shares the first one's noun.
_FROM_BEFORE = re.compile(r"(?<!\w)(?:from|من)\s+(?:(?:about|around|some|نحو|حوالي)\s+)?$",
                          re.IGNORECASE)
_TO_AFTER = re.compile(r"(?:\s+[^\s.;؛,،]+){0,10}?\s+(?:to|الي)\s+(?:(?:about|around|some|nearly|"
                       r"more\s+than|over|نحو|حوالي|اكثر\s+من)\s+)?(?P<n>\d{2,3})"
                       r"(?![\d%]|\s*(?:%|percent|per\s+cent|في\s+المئه|بالمئه|مليون|million))",
                       re.IGNORECASE)


# 'has grown from more than 60 countries at its founding ... to 79 members', 'من نحو 60 دولة ...
# إلى 87 عضواً': the first number of a change shares the second one's noun; 'numbers 90
# countries, up from 89 when the ministers last met' names the earlier total.
_FROM_NUMBER = re.compile(
    r"(?<!\w)(?:grown|grew|rose|risen|increased|expanded|climbed|gone|went|ارتفع\w*|زاد\w*|توسع\w*|"
    r"[وف]?[يت](?:رتفع|زيد|توسع)\w*)\s+(?:\S+\s+){0,3}?(?:from|من)\s+"
    r"(?P<q>(?:about|around|some|more\s+than|over|nearly|just\s+over|نحو|حوالي|اكثر\s+من)\s+)?"
    r"(?P<n>\d{2,3})(?:\s+(?:countries|nations|states|members|partners|دوله|عضوا|اعضاء|شريكا))?"
    r"(?![\w%])", re.IGNORECASE)
_UP_FROM = re.compile(r"[^.;؛]{0,40}?(?<!\w)(?:up|down)\s+from\s+"
                      r"(?P<q>(?:a\s+little\s+|just\s+|slightly\s+)?"
                      r"(?:more\s+than|over|under|fewer\s+than|about|around|some|nearly)\s+)?"
                      r"(?P<n>\d{2,3})(?![\w%.,]\d)"
                      r"(?!\s*(?:%|percent|per\s+cent|million))", re.IGNORECASE)


_CHANGE_STEMS = ("grow", "grew", "rose", "risen", "increas", "expand", "climb", "gone", "went",
                 "ارتفع", "زاد", "توسع", "رتفع", "زيد")


def _change_sources(text: str, found: list[tuple]) -> list[tuple]:
    """The totals a change starts from ('grown from more than 60 countries ... to 79 members',
    'numbers 90, up from 89 when they last met')."""
    sources = []
    for start, end, _, kind, _ in found:
        if kind != "total":
            continue
        up_window = text[end:end + 70].lower()
        up = _UP_FROM.match(text, end, min(len(text), end + 70)) if (
            "up from" in up_window or "down from" in up_window) else None
        if up and _MIN_TOTAL <= int(up.group("n")) <= _MAX_TOTAL:
            sources.append((up.start("q") if up.group("q") else up.start("n"), up.end("n"),
                            int(up.group("n")), "total", up.start("n")))
        sentence_start, _ = sentence_span(text, start)
        window = text[max(sentence_start, start - 160):start].lower()
        if not (("from" in window or "من" in window)
                and any(stem in window for stem in _CHANGE_STEMS)):
            continue
        for match in _FROM_NUMBER.finditer(text, max(sentence_start, start - 160), start):
            if _MIN_TOTAL <= int(match.group("n")) <= _MAX_TOTAL and _TO_AFTER.match(
                    text, match.end(), min(len(text), match.end() + 130)):
                sources.append((match.start("q") if match.group("q") else match.start("n"),
                                match.end(), int(match.group("n")), "total", match.start("n")))
    return sources


# Round 21: an interview's answer that is the number alone, to a question on the membership
# ('PRESENTER: How many countries are in this coalition now?\nALDOUS: As we speak, sixty-two.',
# '■ كم أصبح عدد أعضاء التحالف؟\n- تسعون.'). The question names the Coalition, or the Coalition is
# the last body named before it.
_QUESTION = re.compile(
    r"(?<!\w)(?:how\s+many\s+(?:[\w-]+\s+){0,2}?(?:countries|nations|members|partners|states|"
    r"governments)|كم\s+(?:\S+\s+){0,2}?(?:دوله|دول|عضوا|عضو|اعضاء|اعضائ\w*|بلدا|شريكا))(?!\w)"
    r"[^\n?؟]{0,120}[?؟]", re.IGNORECASE)
_ANSWER = re.compile(
    r"[^\S\n]*(?:[^\W\d][^\n:?؟.]{0,30}:\s*|[-–—■•]\s*)?(?:(?:as\s+we\s+speak|today|right\s+now|"
    r"currently|now|at\s+present|اليوم|حاليا|الان)[,،]?\s+)?"
    rf"(?P<n>\d{{2,3}}|{_CARDINAL_WORD}|{_AR_CARDINAL})"
    # (a noun and a word or two may follow: 'أربع وثمانون دولة ومنظمة، إن لم تخنّي الذاكرة')
    r"(?=(?:\s+(?:countries|nations|members|partners|states|دوله|دول|عضوا|بلدا)(?:\s+[^\s.,،!؛;]+)"
    r"{0,2})?\s*(?:[.,،!؛;]|$))", re.IGNORECASE)
_QUESTION_STEMS = ("how many", "كم ")


def _answers(text: str) -> list[tuple]:
    """(start, end, count, 'total', number start) of the answers that are a count alone."""
    low, same = lowered(text)
    if not any(stem in (low if same else text.lower()) for stem in _QUESTION_STEMS):
        return []
    found = []
    for question in _QUESTION.finditer(text):
        line_start = text.find("\n", question.end())
        while 0 <= line_start < len(text) and text[line_start] in "\n\r \t":
            line_start += 1
        if line_start < 0 or not (_COALITION.search(question.group()) or _coalition_earlier(
                text, question.start(), question.end(), anaphor=False)):
            continue
        answer = _ANSWER.match(text, line_start, min(len(text), line_start + 80))
        if answer:
            count = _number(answer.group("n"), "total")
            if count is not None and _MIN_TOTAL <= count <= _MAX_TOTAL:
                found.append((answer.start("n"), answer.end("n"), count, "total",
                              answer.start("n")))
    return found


# Round 21: 'took the Coalition from 89 to 90 members', 'من ٧٩ إلى ٨١': a change told at one
# moment names only the new total; the old one is a count when it has its own words between
# ('from 60 members at its founding to 87 today', 'from 62 in 2014 to 86').
_BARE_TO = re.compile(r"\s*(?:(?:countries|nations|states|members|partners|دوله|دول|عضوا|اعضاء)"
                      r"\s+)?(?:to|الي)\s+(?:(?:about|around|some|nearly|more\s+than|over|نحو|"
                      r"حوالي|اكثر\s+من)\s+)?$", re.IGNORECASE)


def _bare_change_source(text: str, entry: tuple, number_starts: list[int]) -> bool:
    """Whether the total is the old side of a change with nothing of its own before the new
    total, which is kept ('from 89 to 90 members'); `number_starts` are the sorted number
    starts of the kept counts (found by bisection: a scan of all of them for each count was
    quadratic on a long text of changes)."""
    _, end, _, kind, number_start = entry
    if kind != "total" or not _FROM_BEFORE.search(text, max(0, number_start - 20), number_start):
        return False
    return any(_BARE_TO.match(text, end, other) for other in
               number_starts[bisect_right(number_starts, end):bisect_right(number_starts,
                                                                            end + 24)])


def _change_targets(text: str, found: list[tuple]) -> list[tuple]:
    """The totals a change leads to ('from 60 members at its founding to 87 today')."""
    targets = []
    for _start, end, _, kind, number_start in found:
        if kind != "total" or not ("from" in text[max(0, number_start - 20):number_start] or (
                "من" in text[max(0, number_start - 8):number_start])) or not _FROM_BEFORE.search(
                text, max(0, number_start - 20), number_start):
            continue
        after = _TO_AFTER.match(text, end, min(len(text), end + 100))
        if after and _MIN_TOTAL <= int(after.group("n")) <= _MAX_TOTAL:
            targets.append((after.start("n"), after.end("n"), int(after.group("n")), "total",
                            after.start("n")))
    return targets


# A total that refers back to a count just named ('Two years ago the coalition had 84 members;
# today it has 86', 'which stood at 62 in December 2014, has since risen to 86', 'there were 68
# of us ... Today we're 71'): the same membership, without its noun.
_CONTINUED = re.compile(
    r"(?<!\w)(?:(?:it|we|the\s+coalition|the\s+alliance|(?:the\s+)?membership)\s+(?:now\s+|today\s+|"
    r"currently\s+)?(?:has|have|counts|numbers|stands\s+at|is|are)\s+(?:now\s+)?|"
    r"we['’]re\s+(?:now\s+)?|(?:now|today|currently)\s+(?:has|have|counts|numbers)\s+|"
    r"(?:has|have)\s+(?:now\s+)?since\s+(?:risen|grown|climbed|increased|expanded|gone\s+up)\s+to\s+|"
    # round 21: a list of totals over time ('بلغ ٦٨ في آذار ٢٠١٧، ثم ٧٩ مطلع ٢٠١٩', '68 in
    # March 2017, then 79 in early 2019')
    r"(?<=[,،]\s)(?:then|ثم)\s+(?:to\s+|الي\s+)?)"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?(?P<n>\d{2,3})(?![\w%]|[.,]\d)"
    r"(?=\s*(?:[^\w\s%]|$|(?:today|now|in|by|this|as|after|and|with|since|في|عام|مطلع|اواخر|"
    r"منتصف|نهايه|بدايه|اليوم|حاليا|الان|بعد|مع|منذ)(?!\w)))",
    re.IGNORECASE)
_CONTINUED_REACH = 250


def _continued(text: str, kept: list[tuple]) -> list[tuple]:
    """Totals without a noun that continue a count named at most _CONTINUED_REACH characters
    before, in the same paragraph."""
    more, last = [], -1
    for _start, end, count, _kind, _ in kept:
        paragraph_end = text.find("\n", end)
        high = min(end + _CONTINUED_REACH, paragraph_end if paragraph_end >= 0 else len(text))
        for match in _CONTINUED.finditer(text, max(end, last), high):
            value = int(match.group("n"))
            if value != count and _MIN_TOTAL <= value <= _MAX_TOTAL:
                more.append((match.start("n"), match.end("n"), value, "total",
                             match.start("n")))
                last = match.end()
    return more


def _overlaps(entry: tuple, kept: list[tuple]) -> bool:
    """Whether the (start, end, ...) entry shares a character with one already kept."""
    return any(entry[0] < other[1] and other[0] < entry[1] for other in kept)


def _in_date(position: int, spans: list[tuple[int, int]]) -> bool:
    index = bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None

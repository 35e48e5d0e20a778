/*
 * Chinese statistical expressions: one rule per concept.
 *
 * Two entry points. `standaloneValue` reads one whole expression (ZhStat.parse).
 * `scanItem` reads the longest expression that starts at a token of running text
 * (ZhStat.extract). `scan` is never called: it tells SLL prediction that a few tokens of
 * anything may follow a scan item, so that an expression may stop wherever it is complete
 * and prediction still looks only a few tokens past its end.
 */
parser grammar ZhStatParser;

options { tokenVocab = ZhStatLexer; contextSuperClass = io.github.zhstat.parse.CompactContext; }

standaloneValue : value EOF ;

scan     : scanItem (. .?)? EOF ;
scanItem : name | mention | looseBasis ;

looseBasis
    : basis sameBelow? (COMMA | LPAREN)   # basisAlone          // 同比2018年，平均降幅超17%; 较二〇一八年(54 225宗)增加
    | basis ADVERB* direction COMMA        # changeWithoutFigure // 比上年略有减少，减少0.1%
    ;

value    : change | multipleOf | rank | figure ;
mention  : change | multipleOf | rank | dateSpan | eraDate | figureList | restatement ;

// ---------------------------------------------------------------- changes

// 负增长3.2% is 增长-3.2%.
// 同比上升19.17%, 比2012年下降43%, 同比分别下降15%、62%, 平均降幅超17%, 提升至91.39%,
// 由8 884宗增加806宗(+9.1%)至9 690宗, 翻两番, 高于上年0.3个百分点, 百分之4.7的跌幅, 多破案件500起
change
    : (basis sameBelow? ADVERB*)? AVERAGE? RESPECTIVELY? MINUS? movement toDate? magnitude (restatement | namely)?
      (listSeparator magnitude restatement?)* chainEnd? sameBelow?
    | ((basis | WITH baseline) ADVERB*)? RESPECTIVELY? FLAT          // 与上年持平: no 相比 needed
    | (basis sameBelow? ADVERB*)? doubling
    | comparedTo magnitude (listSeparator magnitude)*
    | basis? magnitude OF ADVERB? trailingDirection
    | (basis | IS YEAR_WORD?) moreOrFewer magnitude
    ;

basis
    : YOY baseline?                  # yearOnYear
    | YEAR                           # yearOnYear        // 年增, 年减 (Taiwan)
    | POP baseline?                  # periodOnPeriod
    | MONTH                          # periodOnPeriod    // 月增
    | THAN baseline                  # explicitBasis
    | WITH baseline COMPARED         # explicitBasis
    | (WITH | AGAINST) datedBaseline # explicitBasis     // 对上年同季, 与上年增长 (相比 left out)
    ;

// what a figure is compared with, as written: 2012年, 去年同期, 前两年平均数, 8月预估值3.10%;
// an adverb (进一步) or a parenthesised figure after it is no part of it
baseline : (baselineWord | yearInParentheses)+ baselineLevel? (AVERAGE baselineWord+)* ;
// 較2022年的70,048宗上升28.9%: the level compared with, written after 的, is part of the baseline
baselineLevel : OF amount (BIG? unit | currency? YUAN) ;
// 较去(111)年, 较去（2024）年: the year in parentheses is part of the baseline
yearInParentheses : DEICTIC_YEAR LPAREN (NUMBER | YEAR_DIGITS) RPAREN YEAR ;
baselineWord
    : ~( COMMA | SENTENCE_END | UP_VERB | SHENG | DOWN_VERB | UP_NOUN | DOWN_NOUN | FLAT | AVERAGE | RESPECTIVELY
       | COMPARED | OF | LIST_SEP | IS | YOY | POP | THAN | ADVERB | LPAREN | RPAREN | MORE_THAN_SUFFIX | FEWER
       | DOUBLING )
    ;
datedBaseline : YEAR_WORD baselineWord* ;

// the form: BY (上升15%, 增幅为15%) or TO (升至, 下降到, 上升为)
movement
    : direction PERFECTIVE? (TO | BECOME)     # movedTo
    | direction PERFECTIVE?                   # movedBy
    | directionNoun gloss? RESPECTIVELY? (BECOME | REACH | IS)?    # movedBy
    | SIGNED                                  # movedBy   // 增减-5.6%: the sign tells the direction
    ;
direction     : UP_VERB | SHENG | DOWN_VERB ;
directionNoun : UP_NOUN | DOWN_NOUN | YOY_RATE ;

// 年增率(yoy)达12.68%: a gloss in parentheses after a growth-rate noun
gloss : LPAREN (YOY_RATE | LATIN) RPAREN ;
// 下跌至二〇一八年的54 225宗: the date of the new level is a mention of its own
toDate : date OF ;
// 增加5 000宗(+9.2%): the same change in another unit; 盗窃(-12.5%): a change whose sign is its
// direction. The sign comes right after the parenthesis, so two tokens tell a restatement from
// anything else in parentheses (增长5%(2018年为3%)) and the change before it still reads.
restatement : LPAREN sign=(PLUS | MINUS) magnitude RPAREN ;
// 按年增加563宗即1.8%: the same change in another unit, after 即 (namely)
namely : NAMELY magnitude ;
// 增加806宗至9 690宗: the new level after the change
chainEnd : TO magnitude restatement? ;
// 比上年增长7%(下同): the basis holds for the changes after it in the text
sameBelow : LPAREN SAME_BELOW ~(RPAREN | SENTENCE_END)* RPAREN ;   // (下同), (下同，增速为实际增长率)
// 翻番 is twice, 翻两番 four times
doubling : DOUBLING digit? DOUBLINGS ;
// 高于上年0.3个百分点: a comparison, not an approximation
comparedTo : (HIGHER_THAN | LOWER_THAN) namedBaseline ;
namedBaseline : namedWord+ ;
// 12.4%的增长, 两成的降幅
trailingDirection : direction | directionNoun ;
// 多破案件5824起, 少发生事故12起
// 比上年多增38万人, 少增12万人: an increase by more or less than the baseline's; 多 or 少 tells the direction
moreOrFewer : (MORE_THAN_SUFFIX | FEWER) UP_VERB? namedWord? namedWord? namedWord? namedWord? ;
// a word that is no number and no part of a figure
namedWord
    : ~( COMMA | SENTENCE_END | LIST_SEP | LPAREN | RPAREN | OF | NUMBER | YEAR_DIGITS | ISO_DATE | CN_ZERO | CN_ONE
       | CN_TWO | CN_THREE | CN_FOUR | CN_FIVE | CN_SIX | CN_SEVEN | CN_EIGHT | CN_NINE | CN_TEN | CN_HUNDRED
       | CN_THOUSAND | CAN | CN_TWENTY | CN_THIRTY | CN_FORTY | WAN | YI | ZHAO | PERCENT_OF | SEVERAL | PLUS | MINUS | MORE_THAN_PREFIX | MORE_THAN_SUFFIX
       | AT_LEAST_PREFIX | LESS_THAN_PREFIX | AT_MOST_PREFIX | NEARLY_PREFIX | ABOUT_PREFIX | HIGHER_THAN
       | LOWER_THAN | UP_VERB | SHENG | DOWN_VERB | UP_NOUN | DOWN_NOUN | FLAT | CNY | USD | HKD | TWD | MOP | AUD
       | EUR | JPY | GBP | KRW | SGD | RUB | THB | CAD | CHF | INR | FEWER )
    ;

magnitude : approxPrefix? measured approxSuffix? ;

// Years of the Republic of China without 民国, where a year stands: 111年8月, 去(111)年,
// 至112年, 110年至112年, and before a part of the year (112年第1季, 112年上半年). The extractor reads them so in traditional script only.
eraDate
    : eraYear monthOfYear dayOfMonth?                  # eraMonth
    | eraYear (NUMBER | cnInteger) (TO | DASH | MINUS) monthOfYear   # eraMonthSpan   // 112年1至6月
    | DEICTIC_YEAR LPAREN NUMBER RPAREN YEAR           # eraDeictic
    | (TO | THAN | WITH) eraYear ((TO | DASH | LIST_SEP) eraYear)*    # eraYears
    | eraYear ((TO | DASH | LIST_SEP) eraYear)+                       # eraYears
    | eraYear (ordinal | YEAR_WORD)                                   # eraPeriod   // 112年第1季, 112年上半年
    | eraDigits YEAR                                                  # eraYearInDigits   // 一一二年: no count of years
    ;
eraYear : (NUMBER | eraDigits) YEAR ;
// 一一二年: three Chinese digits, as a string; 一百一十二年 would be a count of years
eraDigits : cnDigit cnDigit cnDigit ;

// 是去年同期的3倍, 是过去17年的3.3倍
multipleOf : IS baseline OF approxPrefix? multiple approxSuffix? ;

// 居全国第二
rank : RANK SCOPE? ordinal ;

// 2020—2022年, 1至11月: two dates, with one 年 or 月
dateSpan
    : FROM? YEAR_DIGITS (TO | DASH | MINUS) year                 # yearSpan
    | year? (NUMBER | cnInteger) (TO | DASH | MINUS) monthOfYear # monthSpan    // 2003年1至11月: the year goes with the first
    ;

// ---------------------------------------------------------------- figures

// 3人、5人; 15%、62%; 1、3、5分钟 (bare members take the unit of the last one)
figureList : figure (listSeparator figure)* ;
listSeparator : LIST_SEP | AND | WITH ;

figure
    : date                                          # dateFigure
    | ordinal                                       # ordinalFigure
    | approxPrefix? range approxSuffix?             # rangeFigure
    | approxPrefix? fraction approxSuffix?          # fractionFigure
    | approxPrefix HALF                             # halfFigure        // 近半, 逾半: about half; 半 alone is a word
    | approxPrefix? measured approxSuffix?          # measuredFigure
    ;

measured : percent | percentPoint | multiple | money | quantity ;

percent
    : amount PERCENT_SIGN                           # percentBySign
    | amount PER_MILLE                              # percentBySign     // 5.32‰ is 0.532%
    | MINUS? PERCENT_OF amount                      # percentInWords    // 负百分之五 is -5
    | number TENTH (digit | NUMBER | HALF)?         # percentInTenths
    | HALF TENTH                                    # percentInTenths   // 半成 is 5%
    ;
// 20个百分点; 0.86个千分点 is 0.086 points, 25个基点 0.25
percentPoint : amount (PERCENT_POINT | PER_MILLE_POINT | BASIS_POINT) ;
multiple     : amount TIMES ;
// 元 names the unit of the currency before the number (新台币88.6亿元), or CNY; where two
// currencies are written (9000元日币) the named one wins; sub-units and a closing 整 follow 元
money
    : currency? amount (currency | YUAN)+ subUnits? perUnit? CLOSING?
    | currency amount
    ;
// 3元5角, 十块三毛, 3元5角2分, 3元零5分; 一块二 is 1.2, 一块二毛五 1.25
subUnits
    : subUnit JIAO (subUnit FEN?)?
    | CN_ZERO? subUnit FEN
    | digit
    ;
subUnit : digit | NUMBER ;
// 520公斤/亩, 3.2元/千瓦时: the rate base belongs to the unit
perUnit : SLASH (unit | MONTH | DAY) ;
// 五大类: 大 (major) may stand between a number and its measure word
// the longer readings first: where a shorter one reads the same tokens (3斤 of 3斤5两), the first wins
quantity
    : amount JIN subUnit CN_TWO                     // 3斤5两 is 3.5斤
    | NUMBER SHENG                                  // 2升; 两升 is a slogan's (两降两升)
    | DECIMAL_DAYS                                  // 1.2日
    | amount MEASURE HALF (TIME_UNIT | MONTH)       // 三个半小时, 一个半月: 3.5 小时, 1.5 月
    | amount (BIG? unit perUnit? HALF?)?            // 一年半: and a half
    | HALF halfUnit                                 // 半斤, 半个
    | BELOW_ZERO amount CELSIUS                     // 零下4摄氏度
    ;

unit     : MEASURE | TIME_UNIT | PHYSICAL_UNIT | JIN | CELSIUS | YEAR ;
// 上半年 is a period, not half a year
halfUnit : MEASURE | TIME_UNIT | PHYSICAL_UNIT | JIN ;
currency : CNY | USD | HKD | TWD | MOP | AUD | EUR | JPY | GBP | KRW | SGD | RUB | THB | CAD | CHF | INR ;

// 三分之一, 千分之五, 负千分之15 (-15/1000), 五百分之二 (2/500), 1/2, 一半
fraction
    : (number scales? | scales) FRACTION_OF number  # fractionInWords
    | number PERCENT_OF number                      # fractionOfHundreds
    | NUMBER SLASH NUMBER                           # fractionWithSlash
    | CN_ONE HALF                                   # half
    ;

// 3至5万人, 21至75个月, 3%-5%; 两三个, 三四十人
// 从8500到3万港元, 1万元--5万元, 1万(含)-5万元
range
    : FROM? rangeBound (TO | DASH | MINUS) rangeBound     # spanRange
    | neighbours smallScale? scales? rangeUnit?           # neighbourRange
    ;
// 两三个, 三四十人: two neighbouring digits; other pairs (一一 is 11) are strings of digits
neighbours
    : CN_ONE CN_TWO | CN_TWO CN_THREE | CN_THREE CN_FOUR | CN_FOUR CN_FIVE
    | CN_FIVE CN_SIX | CN_SIX CN_SEVEN | CN_SEVEN CN_EIGHT | CN_EIGHT CN_NINE
    ;
rangeBound : amount rangeUnit? INCLUSIVE? | PERCENT_OF amount ;     // 百分之五到百分之十
rangeUnit  : unit | currency | YUAN | PERCENT_SIGN | TENTH ;     // 一至三成 is 10% to 30%

// 第三, 第38个, 第十九届; 第1-3名 reads as its first place
ordinal : ORDINAL_PREFIX number ((TO | DASH | MINUS) number)? (MEASURE | TIME_UNIT | SESSION)? ;

// 2019年, 2016年8月14日, 1月8日, 27日, 二〇一九年, 今(2026)年, 2020-12-29
date
    : ISO_DATE                                      # isoDate
    | DEICTIC_YEAR LPAREN YEAR_DIGITS RPAREN YEAR monthOfYear? dayOfMonth?   # deicticYear   // 去(2025)年1月
    | ROC_ERA (NUMBER | cnInteger) YEAR              # rocYear          // 民国112年 is 2023
    | year monthOfYear? dayOfMonth?                 # calendarDate
    | year? monthOfYear numberedDay                 # calendarDate
    | monthOfYear dayOfMonth?                       # calendarDate
    | dayOfMonth                                    # calendarDate
    ;
year        : (YEAR_DIGITS | yearInWords) YEAR ;
// four Chinese digits; 二OO八: Latin O for 〇, four digits in all (checked when the value is built)
yearInWords
    : cnDigit cnDigit cnDigit cnDigit
    | cnDigit (cnDigit | LATIN_ZEROS)* LATIN_ZEROS (cnDigit | LATIN_ZEROS)*
    ;
monthOfYear : (NUMBER | cnInteger) (MONTH | MONTH_NAMED) ;     // 3月份
dayOfMonth  : (NUMBER | cnInteger) DAY ;
// 号 is a day only after a month (3月5号); 5号 alone is a number
numberedDay : (NUMBER | cnInteger) DAY_NUMBERED ;

// ---------------------------------------------------------------- numbers

// 1400万余, 5600余万, 3.9万余, 1.2万亿, 两千余, 十几万; 数万, 数十
amount
    : number approxInfix? scales? approxInfix?     # countedAmount
    | SEVERAL (smallScale scales? | scales)         # severalAmount
    | scales approxInfix?                           # scaleAmount      // 万余人, 近万人: one 万
    ;
approxInfix : MORE_THAN_SUFFIX | SEVERAL ;
scale       : WAN | YI | ZHAO ;
scales      : scale+ ;      // 万亿: two at most, checked when the value is built (一万万亿 is refused whole)
smallScale  : CN_TEN | CN_HUNDRED | CN_THOUSAND ;

// the Chinese reading comes first: where both read the same tokens, the longer one wins
// 三点五, 零點77, 点五 (0.5), 三.二
number
    : MINUS? cnInteger (CN_POINT (cnDigit+ | NUMBER) | CN_POINT_DIGIT cnDigit*)?   # chineseNumber
    | MINUS? CN_POINT cnDigit+                            # chineseNumber
    | (PLUS | MINUS)? (NUMBER | YEAR_DIGITS)              # arabicNumber
    ;

// 三千零五, 十五, 两千, 二〇一九; with Arabic digits 5千, 27万1,543, 1万2千:
// place values are checked when the value is built
cnInteger
    : cnPart (scale cnPart)*
    | scale cnPart                      // 萬九 is 一万九千: a scale with no digit is one of it
    | (NUMBER | YEAR_DIGITS) (scale (cnPart | CN_ZERO? (NUMBER | YEAR_DIGITS)))+     // 1万零500
    ;
// a part below 万: places descend, 零 stands for a skipped place, a last digit may stand for
// the next place down (两千三 is 2300); or a string of one to four digits (二〇一九)
cnPart
    : CN_ZERO? places CN_ZERO?          // 一百零几万: a zero before 几
    | digitString
    ;
places
    : thousands (CN_ZERO? hundreds)? (CN_ZERO? tens)? (CN_ZERO? ones)?
    | hundreds (CN_ZERO? tens)? (CN_ZERO? ones)?
    | tens ones?
    ;
// a last digit that is Arabic keeps its own value: 1百01 is 101, 1千5 is 1500
thousands   : multiplier? CN_THOUSAND ;
hundreds    : multiplier? CN_HUNDRED ;
tens        : multiplier? CN_TEN | CN_TWENTY | CN_THIRTY | CN_FORTY ;   // 廿三 is 23
multiplier  : digit | NUMBER | CAN ;            // 5千, 參拾
ones        : digit | NUMBER | CAN ;            // 1千零20, 拾參
// up to four digits (二〇一九), checked when the value is built: 一二三四五 is refused whole
digitString : cnDigit+ ;
cnDigit     : digit | CN_ZERO ;
digit     : CN_ONE | CN_TWO | CN_THREE | CN_FOUR | CN_FIVE | CN_SIX | CN_SEVEN | CN_EIGHT | CN_NINE ;

approxPrefix
    : MORE_THAN_PREFIX | HIGHER_THAN | AT_LEAST_PREFIX | LESS_THAN_PREFIX | LOWER_THAN | AT_MOST_PREFIX
    | NEARLY_PREFIX | ABOUT_PREFIX
    ;
approxSuffix : MORE_THAN_SUFFIX | AT_LEAST_SUFFIX | AT_MOST_SUFFIX | ABOUT_SUFFIX ;

// ---------------------------------------------------------------- names, not figures

// numbers that name things; the extractor reads them to step over them, and reports nothing
name
    : cnInteger SESSION (plenumOrder (LIST_SEP plenumOrder)*)? PLENUM?   # meetingName
    | LATIN (NUMBER | YEAR_DIGITS | LATIN)+                              # codeName
    | (NUMBER | YEAR_DIGITS) LATIN                                       # codeName
    | (NUMBER | YEAR_DIGITS) (PLUS (NUMBER | YEAR_DIGITS | LATIN))+      # formula
    | ORDINAL_PREFIX digit SECTOR                                        # sectorName   // 第一产业
    | ORDINAL_PREFIX? cnInteger MEASURE? (PLENUM | MEETING)              # meetingName  // 人大三次会议, 第四次会议
    | cnInteger MEASURE MOTTO                                            # slogan       // 四个自信, 两个维护
    | STRIVE ordinal                                                     # slogan       // 争第一
    | DEICTIC_YEAR (NUMBER | cnInteger) MONTH                            # firstMonths  // 前10月: January to October, no month
    | EVERY amount (MEASURE | TIME_UNIT)?                                # rateBase     // 每10股, 每十万人: the base of a rate
    ;
plenumOrder : cnInteger (PLENUM_ORDER | MEASURE) ;

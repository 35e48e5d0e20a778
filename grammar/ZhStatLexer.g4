/*
 * Tokens of Chinese statistical expressions.
 *
 * The lexer reads text that has been folded first (see CharFolding): traditional
 * characters to simplified, full-width ASCII to half-width. So every word below is
 * written once, in simplified script, and still matches 萬, 個, ％ and １２３.
 *
 * Words that share a meaning share a token type; the parser and the value builder
 * only look at types. Currency tokens are named by their ISO 4217 code, and the
 * approximation tokens by the Approx they stand for, so the names carry the meaning.
 * Anything else is OTHER, one char at a time, which keeps tokenisation local:
 * a char that cannot start a word below always becomes a one-char OTHER.
 */
lexer grammar ZhStatLexer;

// ---------------------------------------------------------------- digits

ISO_DATE    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT? '-' DIGIT DIGIT? ;
// four digits that may be a year; the parser decides from what follows (年)
YEAR_DIGITS : [12] DIGIT DIGIT DIGIT ;
NUMBER      : DIGIT+ FRACTION_PART?
            | DIGIT DIGIT? DIGIT? (GROUP_SEPARATOR DIGIT DIGIT DIGIT)+ FRACTION_PART?
            ;

// ---------------------------------------------------------------- Chinese numerals

CN_ZERO     : ZERO_CHAR ;
// 二OO八年: Latin O for 〇, read only inside a year of Chinese digits
LATIN_ZEROS : [Oo]+ ;
CN_ONE      : ONE_CHAR ;
CN_TWO      : TWO_CHAR ;
CN_THREE    : THREE_CHAR ;
// 参 (參) is 叁 only beside a place (參拾參); alone it is the 参 of 参加
CAN         : '参' ;
CN_FOUR     : FOUR_CHAR ;
CN_FIVE     : FIVE_CHAR ;
CN_SIX      : SIX_CHAR ;
CN_SEVEN    : SEVEN_CHAR ;
CN_EIGHT    : EIGHT_CHAR ;
CN_NINE     : NINE_CHAR ;
CN_TEN      : '十' | '拾' ;
CN_HUNDRED  : '百' | '佰' ;
CN_THOUSAND : '千' | '仟' ;
// 廿三, 卅二, 卌: twenty, thirty and forty in one char
CN_TWENTY   : '廿' ;
CN_THIRTY   : '卅' ;
CN_FORTY    : '卌' ;
CN_POINT    : '点' ;
// 三.二%, 一二‧四%, 一○‧五: a decimal point before a Chinese digit, with that first decimal, as
// Taiwan writes them; before an Arabic digit (“7·02”) the point is no decimal point
CN_POINT_DIGIT
    : ('.' | '\u2027' | '\u30fb' | '\u00b7')
      (ZERO_CHAR | ONE_CHAR | TWO_CHAR | THREE_CHAR | FOUR_CHAR | FIVE_CHAR | SIX_CHAR | SEVEN_CHAR | EIGHT_CHAR | NINE_CHAR)
    ;
// 零下4摄氏度: below zero
BELOW_ZERO  : '零下' ;
WAN         : '万' ;
YI          : '亿' ;
// 兆 is 10^12, as in Taiwan and in 万亿
ZHAO        : '兆' ;

// ---------------------------------------------------------------- approximation

MORE_THAN_PREFIX  : '逾' | '超' | '超过' | '大于' | '多于' | '突破' ;
// 高于 and 低于 are approximations before a figure (高于5%) and comparisons before a baseline
// (高于上年0.3个百分点): their own types, so the parser can tell the two
HIGHER_THAN       : '高于' ;
LOWER_THAN        : '低于' ;
MORE_THAN_SUFFIX  : '余' | '多' | '有余' ;
AT_LEAST_PREFIX   : '不少于' | '不低于' | '至少' | '最少' | '起码' | '最起码' ;
AT_LEAST_SUFFIX   : '以上' | '或以上' | '及以上' | '(含)以上' ;
LESS_THAN_PREFIX  : '不足' | '不到' | '未满' | '小于' | '少于' ;
AT_MOST_PREFIX    : '不超过' | '最多' ;
AT_MOST_SUFFIX    : '以下' | '以内' | '或以下' | '及以下' | '(含)以下' ;
// 1万(含)-5万元: the bound is part of the range
INCLUSIVE         : '(含)' ;
NEARLY_PREFIX     : '近' | '接近' | '将近' | '逼近' | '几乎' ;
ABOUT_PREFIX      : '约' | '大约' | '约合' | '大致' | '大概' ;
ABOUT_SUFFIX      : '左右' | '上下' ;
// 数万, 几十: "some" before a scale; 十几, 十数: "and more" after a number
SEVERAL           : '数' | '几' ;

// ---------------------------------------------------------------- units

PERCENT_SIGN  : '%' ;
// 5.32‰ is 0.532%
PER_MILLE     : '‰' ;
PERCENT_OF    : '百分之' ;
PERCENT_POINT : '个百分点' | '百分点' ;
// tenths and hundredths of a percentage point: 0.86个千分点 is 0.086, 25个基点 0.25
PER_MILLE_POINT : '个千分点' | '千分点' ;
BASIS_POINT   : '个基点' | '基点' ;
FRACTION_OF   : '分之' ;
HALF          : '半' ;
TIMES         : '倍' ;
// 三成 = 30%, 3成2 = 32%
TENTH         : '成' ;

// 元 alone is the unit of whatever currency is named, CNY where none is
YUAN : '元' | '圆' | '块' | '块钱' ;
// the sub-units of 元: 3元5角, 十块三毛, 5角2分
JIAO : '角' | '毛' ;
FEN  : '分' ;
// a cheque's closing 整 (人民币壹万元整)
CLOSING : '整' | '正' ;
CNY : '人民币' | '¥' | '￥' | 'RMB' ;
USD : '美元' | '美金' | '$' | 'US$' ;
HKD : '港元' | '港币' | 'HK$' ;
TWD : '新台币' | '台币' | 'NT$' ;
MOP : '澳门元' | '澳门币' | '葡币' ;
AUD : '澳元' | '澳币' ;
EUR : '欧元' | '€' ;
JPY : '日元' | '日币' ;
SGD : '新加坡元' | '新币' ;
RUB : '卢布' ;
THB : '泰铢' ;
CAD : '加元' | '加币' ;
CHF : '瑞士法郎' ;
INR : '印度卢比' | '卢比' ;
GBP : '英镑' | '£' ;
KRW : '韩元' ;

YEAR  : '年' ;
MONTH : '月' ;
// 3月份 is 3月
MONTH_NAMED : '月份' ;
DAY   : '日' ;
// 逗留1.2日: a day of the month is whole, so a decimal before 日 counts days
DECIMAL_DAYS : DIGIT+ FRACTION_PART '日' ;
// 3月5号: 号 is 日 after a month
DAY_NUMBERED : '号' ;

// what is counted: the measure words (classifiers) of Chinese
MEASURE
    : '人次' | '辆次' | '架次' | '批次' | '户次' | '起' | '人' | '件' | '名' | '个' | '家'
    | '条' | '次' | '辆' | '张' | '台' | '处' | '份' | '支' | '只' | '宗' | '项' | '期'
    | '类' | '场' | '款' | '户' | '所' | '座' | '部' | '本' | '套' | '枚' | '把' | '艘'
    | '架' | '头' | '匹' | '种' | '位' | '例' | '篇' | '笔' | '单' | '间' | '栋' | '幢'
    | '颗' | '粒' | '棵' | '株' | '组' | '队' | '层' | '页' | '轮' | '批' | '片' | '门'
    | '桶' | '箱' | '袋' | '瓶' | '件次' | '羽' | '尾' | '股'
    ;
// how long
TIME_UNIT
    : '周年' | '周岁' | '个月' | '小时' | '分钟' | '秒钟' | '秒' | '天' | '周' | '星期' | '季度' | '岁'
    ;
// how much
PHYSICAL_UNIT
    : '千克' | '公斤' | '克' | '毫克' | '吨' | '公吨' | '海里' | '公里' | '千米' | '米' | '厘米'
    | '毫米' | '公分' | '公尺' | '英里' | '英尺' | '英寸' | '盎司' | '磅'
    | '平方米' | '平方公里' | '平方千米' | '亩' | '公顷' | '立方米' | '毫升' | '公升' | '千瓦' | '千瓦时'
    | '微克' | '微米' | '纳米' | '兆瓦' | '吉瓦' | '比特' | '字节' | '千字节' | '兆字节' | '吉字节' | '赫兹'
    | '千比特' | '兆比特' | '千赫' | '兆赫' | '千赫兹' | '兆赫兹' | '千卡'
    | 'TB' | 'GB' | 'MB' | 'KB' | 'PB' | 'kg' | 'km' | 'g' | 'mg' | 'cm' | 'mm' | 'm' | 'L' | 'ml' | 'mL'
    ;
// 斤 is also the unit of 3斤5两 (两 lexes as CN_TWO); 升 is also the verb of 上升
JIN     : '斤' ;
CELSIUS : '℃' | '°C' | '摄氏度' ;

// ---------------------------------------------------------------- changes

YOY       : '同比' | '按年' | '年率' ;
// yoy (Taiwan and company releases) is a basis and a growth-rate noun at once
YOY_RATE  : 'yoy' | 'YoY' | 'YOY' | 'Yoy' ;
POP       : '环比' | '按月' | '按季' ;
THAN      : '比' | '较' | '较之' ;
// 对上年同季: against a period named by a word
AGAINST   : '对' ;
WITH      : '与' | '和' | '跟' | '同' ;
COMPARED  : '相比' | '相较' | '比较' ;
// words that hold 比 or 较 without comparing: kept whole so they never open a baseline;
// 较 before an adjective is "rather" (较快增长, 较大幅度)
NOT_THAN  : '比例' | '比重' | '比率' | '比如' | '比赛' | '对比' | '无比' | '较为' | '比拟' | '可比' | '占比'
          | '百分比' | '比对' | '比武' | '评比' | '比值' | '比照' | '比分' | '好比' | '正比' | '反比'
          | '较快' | '较大' | '较好' | '较高' | '较低' | '较多' | '较少' | '较强' | '较弱' | '较小' | '较长'
          | '较短' | '较重' | '较轻' | '较差' | '较早' | '较晚' | '较慢' | '较稳' | '较明显'
          ;
// 新增 (newly added) counts what is new, it does not compare; 期间 (during) is no measure word
NEW       : '新增' ;
DURING    : '期间' ;

UP_VERB   : '上升' | '增长' | '增加' | '提升' | '提高' | '上涨' | '攀升' | '回升' | '上扬'
          | '增多' | '成长' | '增产' | '上修' | '跃升' | '激增' | '加快' | '提速' | '扩大' | '上调' | '调高'
          | '大增' | '急升' | '急增' | '暴增' | '飙升' | '猛增' | '劲升' | '微增' | '微升' | '偏高' | '偏多' | '延长' | '高出' | '超出'
          | '增' | '涨' ;
// 升 rises (同比升2%) or is a litre (2升)
SHENG     : '升' ;
DOWN_VERB : '下降' | '减少' | '降低' | '下跌' | '回落' | '下滑' | '下挫' | '减低' | '衰退' | '跌落'
          | '萎缩' | '减产' | '缩水' | '锐减' | '骤降' | '下修' | '放缓' | '放慢' | '缩小' | '收窄' | '下调'
          | '调低' | '大跌' | '大降' | '大减' | '急跌' | '急降' | '暴跌' | '骤减' | '锐降' | '微降' | '微跌' | '偏低' | '缩短'
          | '偏少'
          | '减' | '降' | '跌' ;
UP_NOUN   : '增幅' | '升幅' | '涨幅' | '增速' | '增长幅度' | '上升幅度' | '增长率' | '成长率' | '增率' ;
DOWN_NOUN : '降幅' | '跌幅' | '减幅' | '下降幅度' | '降低幅度' ;
// 翻番, 翻两番: doubled, quadrupled
DOUBLING  : '翻' ;
// 比上年同期增减-5.6%: a change either way, as its sign says
SIGNED    : '增减' ;
DOUBLINGS : '番' ;
FLAT      : '持平' ;
AVERAGE   : '平均' ;
RESPECTIVELY : '分别' ;
// how a change is said: they stand between its baseline and its verb and are part of neither
ADVERB    : '进一步' | '大幅' | '大幅度' | '略' | '略有' | '明显' | '有所' | '小幅' | '稳步' | '继续'
          | '持续' | '显著' | '同步' | '快速' | '稳定' | '基本' | '实际' | '实质' | '名义' | '又' | '也' | '仍' | '还'
          | '再' | '都' | '则' | '已' | '已经' | '将' | '仍然' | '依然' ;
// 多破案件500起, 少发生事故12起: more or fewer of something, in a comparison
FEWER     : '少' ;
// (下同): the same basis holds for what follows in the text
SAME_BELOW : '下同' ;
PERFECTIVE : '了' ;
NAMELY    : '即' ;
TO        : '至' | '到' ;
BECOME    : '为' ;
REACH     : '达' | '达到' | '可达' ;
IS        : '是' | '相当于' ;
OF        : '的' ;

// ---------------------------------------------------------------- words that hold a keyword

// The lexer takes the longest match, so a common word that holds a keyword is kept whole
// here and the keyword inside it never reads: 维持平稳 holds no 持平, 最近一段 no 近一,
// 全年增长 no 年增. No rule uses WORD: it is as plain as OTHER.
WORD
    : '维持' | '保持' | '坚持' | '扶持' | '支持' | '主持' | '最近' | '附近' | '靠近' | '邻近' | '就近'
    | '一体化' | '一把手' | '两会' | '十四五' | '十三五' | '十二五' | '十一五' | '十五五'
    | '三次产业' | '零件' | '零部件' | '零售' | '零星' | '第三方' | '三角洲' | '同时' | '同等' | '同类' | '同样'
    | '共同' | '合同' | '不同' | '相同' | '同志' | '增加值' | '增值' | '代表团' | '代表队' | '代表处'
    | '队伍' | '八项规定' | '单元' | '转增' | '半成品' | '两位数' | '三位数' | '个位数' | '双位数' | '第一季度' | '第二季度' | '第三季度' | '第四季度'
    ;
// years and parts of years named by a word, not a number: 去年成长5% has no 年增
YEAR_WORD
    : '去年' | '今年' | '明年' | '前年' | '上年' | '全年' | '当年' | '同年' | '本年' | '次年' | '每年'
    | '历年' | '往年' | '近年' | '逐年' | '连年' | '上半年' | '下半年'
    // quarters named by their number are periods like 上半年, not counts of quarters
    | '一季度' | '二季度' | '三季度' | '四季度' | '前三季度'
    ;

// ---------------------------------------------------------------- ranks and names

ORDINAL_PREFIX : '第' ;
// 第一时间 means "at once", not a rank
AT_ONCE   : '第一时间' ;
BIG       : '大' ;
RANK      : '居' | '位居' | '位列' ;
SCOPE     : '全国' | '全省' | '全市' | '全州' | '全区' | '全县' | '全港' | '全台' | '全球' | '世界' ;
DEICTIC_YEAR : '今' | '去' | '明' | '前' ;    // 前(2024)年: the year before last
// years of the Republic of China (Taiwan) count from 1912
ROC_ERA   : '民国' ;
SESSION   : '届' ;
SECTOR    : '产业' ;
PLENUM_ORDER : '中' ;
PLENUM    : '全会' | '全体会议' ;
MEETING   : '会议' | '大会' | '常委会' ;
// numbered slogans: 四个自信, 两个确立, 三个代表
MOTTO     : '自信' | '确立' | '维护' | '意识' | '全面' | '代表' | '务必' | '没有变' | '统筹' | '轮子'
          | '严重暴力' | '主要刑事' ;    // 八类严重暴力案件, 五类主要刑事案件: names of kinds of crime
// 争第一, 创一流: a slogan of places
STRIVE    : '争' | '争创' | '争当' | '争做' ;
// 每10股派发现金红利3元: the base of a rate, no figure of its own
EVERY     : '每' ;
// a list number followed by spaces (2   本报告期), not a count of what follows; no rule uses it
LIST_NUMBER : DIGIT DIGIT? [ \t\u00a0\u3000] [ \t\u00a0\u3000]+ ;

// ---------------------------------------------------------------- punctuation

LIST_SEP  : '、' ;
AND       : '及' | '以及' ;
DASH      : '~' | '～' | '〜' | '—' | '–' | '——' | '--' ;
// 从8500到3万港元
FROM      : '从' ;
// 1/2, 520公斤/亩
SLASH     : '/' ;
PLUS      : '+' ;
MINUS     : '-' | '负' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
// no expression reads across a clause or a sentence; a basis left alone before a comma
// (同比2018年，平均降幅超17%) still holds for the rest of its sentence
COMMA        : [,:，：] ;
SENTENCE_END : [.;!?。；！？…\r\n] ;
LATIN     : [a-zA-Z_]+ ;
WS        : [ \t\u00a0\u2002-\u200b\u202f\u3000]+ -> channel(HIDDEN) ;
OTHER     : . ;

fragment DIGIT           : [0-9] ;
fragment ZERO_CHAR       : '零' | '〇' | '○' ;
fragment ONE_CHAR        : '一' | '壹' | '幺' ;
fragment TWO_CHAR        : '二' | '两' | '贰' | '俩' ;
fragment THREE_CHAR      : '三' | '叁' | '仨' ;
fragment FOUR_CHAR       : '四' | '肆' ;
fragment FIVE_CHAR       : '五' | '伍' ;
fragment SIX_CHAR        : '六' | '陆' ;
fragment SEVEN_CHAR      : '七' | '柒' ;
fragment EIGHT_CHAR      : '八' | '捌' ;
fragment NINE_CHAR       : '九' | '玖' ;
fragment FRACTION_PART   : '.' DIGIT+ ;
fragment GROUP_SEPARATOR : ',' | ' ' | '\u2009' | '\u202f' ;

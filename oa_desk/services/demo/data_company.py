"""Demo data: the invented group company, its OA offers and the pool of names."""

# Long Chinese sentences are data, not code: they stay on one line each.

from __future__ import annotations

from typing import Final, NamedTuple

# -- the company --------------------------------------------------------------

GROUP_SHORT: Final = "华晟集团"
GROUP_FULL: Final = "华晟实业集团有限公司"
MAIL_DOMAIN: Final = "huasheng-group.com.cn"
LEARN_URL: Final = "https://learn.huasheng-group.com.cn/course/"


class OaOffer(NamedTuple):
    product: str
    vendor: str
    vendor_short: str
    vendor_domain: str


# Invented products in the style of the big Chinese OA vendors; the seed picks one.
OA_OFFERS: Final = (
    OaOffer("致达协同 A9 集团版", "致达互联软件股份有限公司", "致达", "zhida-soft.com"),
    OaOffer("泛智 e-cology 协同办公平台 V10", "泛智网络科技股份有限公司", "泛智", "fanzhi.net"),
    OaOffer("蓝翎 EKP 数智化办公平台", "蓝翎软件股份有限公司", "蓝翎", "lanling-ekp.com"),
)

# (display name, channel code) of the company's messaging platform; the seed picks one.
IM_PLATFORMS: Final = (("企业微信", "wecom"), ("钉钉", "dingtalk"))

# -- people ---------------------------------------------------------------------

# Surname, pinyin, relative frequency (per mille, after the national surname census).
SURNAMES: Final = (
    ("王", "wang", 71), ("李", "li", 70), ("张", "zhang", 67), ("刘", "liu", 54),
    ("陈", "chen", 45), ("杨", "yang", 31), ("黄", "huang", 24), ("赵", "zhao", 22),
    ("吴", "wu", 20), ("周", "zhou", 19), ("徐", "xu", 13), ("孙", "sun", 13),
    ("马", "ma", 12), ("朱", "zhu", 12), ("胡", "hu", 11), ("郭", "guo", 11),
    ("何", "he", 10), ("林", "lin", 9), ("高", "gao", 9), ("罗", "luo", 9),
    ("郑", "zheng", 8), ("梁", "liang", 7), ("谢", "xie", 6), ("宋", "song", 6),
    ("唐", "tang", 6), ("许", "xu", 5), ("邓", "deng", 5), ("韩", "han", 5),
    ("冯", "feng", 5), ("曹", "cao", 5), ("彭", "peng", 4), ("曾", "zeng", 4),
    ("肖", "xiao", 4), ("田", "tian", 4), ("董", "dong", 4), ("潘", "pan", 3),
    ("袁", "yuan", 3), ("蔡", "cai", 3), ("蒋", "jiang", 3), ("余", "yu", 3),
    ("于", "yu", 3), ("杜", "du", 3), ("叶", "ye", 3), ("程", "cheng", 3),
    ("魏", "wei", 3), ("苏", "su", 3), ("吕", "lv", 3), ("丁", "ding", 3),
    ("任", "ren", 3), ("卢", "lu", 3), ("姚", "yao", 3), ("沈", "shen", 3),
    ("钟", "zhong", 3), ("姜", "jiang", 3), ("崔", "cui", 3), ("谭", "tan", 2),
    ("陆", "lu", 2), ("范", "fan", 2), ("汪", "wang", 2), ("廖", "liao", 2),
    ("石", "shi", 2), ("金", "jin", 2), ("韦", "wei", 2), ("贾", "jia", 2),
    ("夏", "xia", 2), ("付", "fu", 2), ("方", "fang", 2), ("邹", "zou", 2),
    ("熊", "xiong", 2), ("白", "bai", 2), ("孟", "meng", 2), ("秦", "qin", 2),
    ("邱", "qiu", 2), ("侯", "hou", 2), ("江", "jiang", 2), ("尹", "yin", 2),
    ("薛", "xue", 2), ("闫", "yan", 2), ("段", "duan", 2), ("雷", "lei", 2),
    ("龙", "long", 1), ("黎", "li", 1), ("史", "shi", 1), ("陶", "tao", 1),
    ("贺", "he", 1), ("毛", "mao", 1), ("郝", "hao", 1), ("顾", "gu", 1),
    ("龚", "gong", 1), ("邵", "shao", 1), ("万", "wan", 1), ("覃", "qin", 1),
    ("武", "wu", 1), ("钱", "qian", 1), ("戴", "dai", 1), ("严", "yan", 1),
    ("欧阳", "ouyang", 1), ("上官", "shangguan", 1),
)  # fmt: skip

# Characters of given names, with pinyin; one or two are drawn from one pool.
GIVEN_MALE: Final = (
    ("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("勇", "yong"),
    ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("刚", "gang"),
    ("平", "ping"), ("辉", "hui"), ("鹏", "peng"), ("华", "hua"), ("飞", "fei"),
    ("鑫", "xin"), ("波", "bo"), ("斌", "bin"), ("宇", "yu"), ("浩", "hao"),
    ("凯", "kai"), ("健", "jian"), ("俊", "jun"), ("帆", "fan"), ("旭", "xu"),
    ("宁", "ning"), ("龙", "long"), ("林", "lin"), ("阳", "yang"), ("建", "jian"),
    ("国", "guo"), ("志", "zhi"), ("海", "hai"), ("文", "wen"), ("博", "bo"),
    ("晨", "chen"), ("子", "zi"), ("轩", "xuan"), ("昊", "hao"), ("然", "ran"),
    ("泽", "ze"), ("宏", "hong"), ("振", "zhen"), ("立", "li"), ("新", "xin"),
    ("永", "yong"), ("成", "cheng"), ("德", "de"), ("峰", "feng"), ("亮", "liang"),
    ("毅", "yi"), ("天", "tian"), ("睿", "rui"), ("嘉", "jia"), ("一", "yi"),
    ("航", "hang"), ("铭", "ming"), ("晓", "xiao"), ("东", "dong"), ("荣", "rong"),
    ("春", "chun"), ("家", "jia"), ("云", "yun"), ("长", "chang"), ("松", "song"),
)  # fmt: skip
GIVEN_FEMALE: Final = (
    ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
    ("艳", "yan"), ("娟", "juan"), ("霞", "xia"), ("燕", "yan"), ("玲", "ling"),
    ("红", "hong"), ("琳", "lin"), ("颖", "ying"), ("慧", "hui"), ("倩", "qian"),
    ("洁", "jie"), ("蕾", "lei"), ("薇", "wei"), ("瑶", "yao"), ("璐", "lu"),
    ("晶", "jing"), ("莉", "li"), ("婧", "jing"), ("婷", "ting"), ("雪", "xue"),
    ("梅", "mei"), ("兰", "lan"), ("萍", "ping"), ("秀", "xiu"), ("欣", "xin"),
    ("怡", "yi"), ("雨", "yu"), ("涵", "han"), ("思", "si"), ("佳", "jia"),
    ("诗", "shi"), ("梦", "meng"), ("晓", "xiao"), ("文", "wen"), ("雅", "ya"),
    ("琪", "qi"), ("悦", "yue"), ("彤", "tong"), ("可", "ke"), ("馨", "xin"),
    ("月", "yue"), ("媛", "yuan"), ("丹", "dan"), ("凤", "feng"), ("春", "chun"),
    ("桂", "gui"), ("美", "mei"), ("淑", "shu"), ("珊", "shan"), ("若", "ruo"),
    ("子", "zi"), ("心", "xin"), ("亚", "ya"), ("晴", "qing"), ("妍", "yan"),
)  # fmt: skip

# Characters that start a given name but do not end one.
FIRST_ONLY: Final = frozenset("子一晓思嘉家诗梦雅若心亚志建国永长天春桂淑美梓")

# Chinese mobile number prefixes (the two digits after the leading 1).
MOBILE_PREFIXES: Final = (
    "30", "31", "32", "33", "35", "36", "37", "38", "39", "50", "51", "52", "53",
    "55", "56", "57", "58", "59", "66", "77", "80", "81", "82", "83", "85", "86",
    "87", "88", "89", "98", "99",
)  # fmt: skip

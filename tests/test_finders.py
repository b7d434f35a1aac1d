"""
The audit's finders, one class per claim kind, in English, Japanese and
Korean: sentences in the phrasings news copy uses, each with its
publication date. A correct claim is found consistent with no alarm in its
text; a wrong one (a wrong rate, difference, sum or share, a lost digit,
億 read as billion, a count outside the band, an average that does not
divide) is found inconsistent. Sentences about other quantities (defense
budgets, all USFJ-related costs, relocation) and written differences raise
no alarm, and every shape of the wording tables reads its own example.
"""

from __future__ import annotations

import datetime as dt

import pytest

from hns.audit import Claim, audit
from hns.audit.wording import LANGUAGES, wording


def _summary(claims: tuple[Claim, ...]) -> list[tuple[str, str, str]]:
    return [
        (c.kind, c.verdict.status, c.verdict.explain()[:120]) for c in claims
    ]


def _alarms(claims: tuple[Claim, ...]) -> list[str]:
    return [
        f"{c.kind}: {c.verdict.explain()}"
        for c in claims
        if c.verdict.status == "inconsistent"
    ]


def assert_consistent(text: str, published: str, kind: str) -> None:
    """
    *text* makes a consistent claim of *kind* and no inconsistent claim.
    """
    claims = audit(text, published=published).claims
    found = [
        c
        for c in claims
        if c.kind == kind and c.verdict.status == "consistent"
    ]

    assert _alarms(claims) == []
    assert found, f"no consistent {kind} claim in {_summary(claims)}"


def assert_inconsistent(text: str, published: str, kind: str) -> None:
    """
    *text* makes an inconsistent claim of *kind*.
    """
    claims = audit(text, published=published).claims
    found = [
        c
        for c in claims
        if c.kind == kind and c.verdict.status == "inconsistent"
    ]

    assert found, f"no inconsistent {kind} claim in {_summary(claims)}"


LEVELS_RIGHT = [
    pytest.param(
        "2021-03-31",
        "Japan will shoulder 201.7 billion yen in host nation support for "
        "fiscal 2021.",
        id="en-1",
    ),
    pytest.param(
        "2020-04-02",
        "Tokyo earmarked ¥199.3 billion for the so-called sympathy budget in "
        "fiscal 2020.",
        id="en-2",
    ),
    pytest.param(
        "2022-03-01",
        "South Korea's cost-sharing contribution for 2022 was set at 1.2472 "
        "trillion won.",
        id="en-3",
    ),
    pytest.param(
        "2019-03-08",
        "Seoul will pay 1.0389 trillion won this year under the Special "
        "Measures Agreement.",
        id="en-4",
    ),
    pytest.param(
        "2023-01-10",
        "Host-nation support in fiscal 2023 comes to about 211.2 billion yen.",
        id="en-5",
    ),
    pytest.param(
        "2021-03-10",
        "This year, South Korea will contribute KRW 1.18 trillion to the "
        "upkeep of USFK.",
        id="en-6",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の在日米軍駐留経費負担は2017億円となった。",
        id="ja-1",
    ),
    pytest.param(
        "2022-12-23",
        "政府は2023年度予算案に思いやり予算として2112億円を計上した。",
        id="ja-2",
    ),
    pytest.param(
        "2019-03-10",
        "韓国の2019年の防衛費分担金は1兆389億ウォンに決まった。",
        id="ja-3",
    ),
    pytest.param(
        "2019-06-01",
        "令和元年度の在日米軍駐留経費負担は1974億円だ。",
        id="ja-4",
    ),
    pytest.param(
        "2020-04-01",
        "令和2年度の在日米軍駐留経費負担は約1993億円だ。",
        id="ja-5",
    ),
    pytest.param(
        "2021-03-10",
        "올해 방위비 분담금은 1조1833억원이다.",
        id="ko-1",
    ),
    pytest.param(
        "2022-02-15",
        "2022년 한국의 방위비 분담금은 1조2472억 원으로 확정됐다.",
        id="ko-2",
    ),
    pytest.param(
        "2021-03-31",
        "일본은 2021회계연도 주일미군 주둔비 부담금으로 2017억엔을 낸다.",
        id="ko-3",
    ),
    pytest.param(
        "2018-02-01",
        "지난해 방위비 분담금은 9천507억원이었다.",
        id="ko-4",
    ),
]

LEVELS_IN_DOLLARS_RIGHT = [
    pytest.param(
        "2019-02-10",
        "In 1991, South Korea paid $150 million for the upkeep of U.S. "
        "troops.",
        id="en-1",
    ),
    pytest.param(
        "2019-02-10",
        "한국은 1991년 주한미군 주둔비로 1억5000만 달러를 분담했다.",
        id="ko-1",
    ),
    pytest.param(
        "2019-02-10",
        "韓国は2004年に在韓米軍の駐留経費として6億2000万ドルを負担した。",
        id="ja-1",
    ),
]
LEVELS_IN_DOLLARS_WRONG = [
    pytest.param(
        "2019-02-10",
        "In 1991, South Korea paid $250 million for the upkeep of U.S. "
        "troops.",
        id="en-1",
    ),
    pytest.param(
        "2019-02-10",
        "한국은 2003년 주한미군 주둔비로 7억5000만 달러를 분담했다.",
        id="ko-1",
    ),
    pytest.param(
        "2019-02-10",
        "韓国は2004年に在韓米軍の駐留経費として7億ドルを負担した。",
        id="ja-1",
    ),
]
LEVELS_WRONG = [
    pytest.param(
        "2021-03-31",
        "Japan will pay 2017 billion yen for host nation support in fiscal "
        "2021.",
        id="en-1",
    ),
    pytest.param(
        "2019-03-10",
        "South Korea's contribution under the special measures agreement for "
        "2019 is 1.389 trillion won.",
        id="en-2",
    ),
    pytest.param(
        "2021-06-01",
        "Host nation support in fiscal 2020 was 201.7 billion yen.",
        id="en-3",
    ),
    pytest.param(
        "2022-03-01",
        "South Korea's cost-sharing contribution for 2022 was 1.4272 "
        "trillion won.",
        id="en-4",
    ),
    pytest.param(
        "2021-06-01",
        "2020年度の思いやり予算は2017億円だった。",
        id="ja-1",
    ),
    pytest.param(
        "2022-02-01",
        "韓国の2022年の分担金は1兆2742億ウォンとなった。",
        id="ja-2",
    ),
    pytest.param(
        "2019-03-10",
        "2019년 방위비 분담금은 1조3890억원이다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-03-10",
        "2021년 방위비 분담금은 1조1383억원이다.",
        id="ko-2",
    ),
    pytest.param(
        "2022-02-15",
        "올해 방위비 분담금은 12조4720억원으로 확정됐다.",
        id="ko-3",
    ),
]

CONVERSIONS_RIGHT = [
    pytest.param(
        "2021-03-10",
        "Seoul agreed to pay 1.1833 trillion won (about $1.04 billion) this "
        "year.",
        id="en-1",
    ),
    pytest.param(
        "2021-12-22",
        "The new deal is worth 1.0551 trillion yen (roughly $9.3 billion) "
        "over five years.",
        id="en-2",
    ),
    pytest.param(
        "2022-03-25",
        "Japan's cost-sharing for fiscal 2022, ¥205.6 billion ($1.7 "
        "billion), was approved by the Diet.",
        id="en-3",
    ),
    pytest.param(
        "2019-11-20",
        "Washington wants $8 billion (880 billion yen at $1 = ¥110) from "
        "Japan every year.",
        id="en-4",
    ),
    pytest.param(
        "2019-11-20",
        "The $5 billion Washington wants would be about 5.9 trillion won, at "
        "1,170 won to the dollar.",
        id="en-5",
    ),
    pytest.param(
        "2019-11-20",
        "At 110 yen per dollar, the $8 billion demand equals 880 billion yen.",
        id="en-6",
    ),
    pytest.param(
        "2019-02-15",
        "韓国の負担は1兆389億ウォン(約1010億円)となる。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-10",
        "韓国の今年の分担金は1兆1833億ウォン(約1140億円)に決まった。",
        id="ja-2",
    ),
    pytest.param(
        "2019-11-20",
        "米側が求める年80億ドル(約8800億円、1ドル=110円で計算)は重い。",
        id="ja-3",
    ),
    pytest.param(
        "2019-11-20",
        "米側が求める年80億ドル(約8800億円、1ドル=110円で計算)は現在の4倍超だ"
        "。",
        id="ja-4",
    ),
    pytest.param(
        "2021-03-31",
        "일본은 올해 2017억엔(약 2조1천억원)을 부담한다.",
        id="ko-1",
    ),
    pytest.param(
        "2019-02-10",
        "미국은 10억 달러(약 1조1300억원)를 마지노선으로 제시했다.",
        id="ko-2",
    ),
    pytest.param(
        "2019-11-20",
        "트럼프 대통령이 요구한 50억 달러(한화 약 5조8000억원)는 큰 액수다.",
        id="ko-3",
    ),
]

CONVERSIONS_WRONG = [
    pytest.param(
        "2021-03-31",
        "Japan will pay 201.7 billion yen ($2.8 billion) in fiscal 2021.",
        id="en-1",
    ),
    pytest.param(
        "2019-03-08",
        "Seoul pays 1.0389 trillion won ($9.2 billion) this year for U.S. "
        "troops.",
        id="en-2",
    ),
    pytest.param(
        "2019-11-20",
        "Washington wants $8 billion (88 billion yen at $1 = ¥110) from "
        "Japan every year.",
        id="en-3",
    ),
    pytest.param(
        "2019-11-20",
        "At 110 yen per dollar, the $8 billion demand equals 800 billion yen.",
        id="en-4",
    ),
    pytest.param(
        "2019-02-15",
        "韓国の負担は1兆389億ウォン(約9360億円)となる。",
        id="ja-1",
    ),
    pytest.param(
        "2019-11-20",
        "米側が求める年80億ドル(約880億円、1ドル=110円で計算)は重い。",
        id="ja-2",
    ),
    pytest.param(
        "2019-02-15",
        "트럼프 대통령은 5억 달러(약 5조6270억 원)를 언급했다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-03-31",
        "일본은 올해 2017억엔(약 1조2천억원)을 부담한다.",
        id="ko-2",
    ),
]

CHANGES_RIGHT = [
    pytest.param(
        "2021-03-31",
        "Japan's host nation support for fiscal 2021 rose 1.2% from the "
        "previous year to 201.7 billion yen.",
        id="en-1",
    ),
    pytest.param(
        "2022-03-10",
        "South Korea's cost-sharing payment will be 1.2472 trillion won in "
        "2022, a 5.4 percent increase from last year.",
        id="en-2",
    ),
    pytest.param(
        "2019-03-08",
        "Seoul's share climbed 8.2 percent to 1.0389 trillion won from 960.2 "
        "billion won.",
        id="en-3",
    ),
    pytest.param(
        "2019-03-08",
        "The contribution rose by 78.7 billion won to 1.0389 trillion won "
        "this year.",
        id="en-4",
    ),
    pytest.param(
        "2021-03-31",
        "Host nation support rose to ¥201.7 billion in fiscal 2021 from "
        "¥199.3 billion, up ¥2.4 billion.",
        id="en-5",
    ),
    pytest.param(
        "2022-08-30",
        "The defense budget rose 4.6% to 57.1 trillion won from 54.6 "
        "trillion won.",
        id="en-6",
    ),
    pytest.param(
        "2021-03-10",
        "Seoul's contribution this year jumped 13.9 percent to 1.1833 "
        "trillion won.",
        id="en-7",
    ),
    pytest.param(
        "2021-03-10",
        "South Korea's share of the cost will be 1.1833 trillion won this "
        "year, 13.9% higher than in 2020.",
        id="en-8",
    ),
    pytest.param(
        "2021-03-31",
        "Japan's host nation support increased by 2.4 billion yen in fiscal "
        "2021.",
        id="en-9",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の思いやり予算は前年度比1.2%増の2017億円。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-31",
        "思いやり予算は2020年度の1993億円から24億円増えて2017億円となった。",
        id="ja-2",
    ),
    pytest.param(
        "2022-12-23",
        "来年度の防衛費は、今年度の5兆4005億円より1兆4214億円多い6兆8219億円"
        "となった。",
        id="ja-3",
    ),
    pytest.param(
        "2022-03-10",
        "韓国の分担金は前年比5.4%増の1兆2472億ウォンとなった。",
        id="ja-4",
    ),
    pytest.param(
        "2016-12-19",
        "在日米軍関係経費は7642億円で、昨年度の7278億円を364億円上回った。",
        id="ja-5",
    ),
    pytest.param(
        "2019-02-15",
        "韓国の負担は9602億ウォンから8.2%増え、1兆389億ウォンとなった。",
        id="ja-6",
    ),
    pytest.param(
        "2022-03-10",
        "올해 분담금은 1조2472억원으로 작년보다 5.4% 늘었다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-03-10",
        "분담금은 지난해 1조389억원에서 13.9% 증가한 1조1833억원이다.",
        id="ko-2",
    ),
    pytest.param(
        "2022-08-30",
        "국방예산은 54조6112억원보다 4.6% 증가한 57조1268억원이다.",
        id="ko-3",
    ),
    pytest.param(
        "2019-03-08",
        "방위비 분담금은 787억원 늘어난 1조389억원으로 정해졌다.",
        id="ko-4",
    ),
    pytest.param(
        "2019-03-08",
        "올해 분담금은 지난해 9천602억원에 비해 8.2% 오른 1조 389억 원이다.",
        id="ko-5",
    ),
    pytest.param(
        "2014-01-12",
        "올해 방위비 분담금은 전년 대비 5.8% 오른 9200억원이다.",
        id="ko-6",
    ),
    pytest.param(
        "2019-03-08",
        "올해 방위비 분담금은 지난해보다 787억원 늘어난다.",
        id="ko-7",
    ),
]

CHANGES_WRONG = [
    pytest.param(
        "2019-03-08",
        "South Korea will pay 1.0389 trillion won this year, up 9.2% from "
        "960.2 billion won last year.",
        id="en-1",
    ),
    pytest.param(
        "2019-03-08",
        "Seoul's contribution rose 78.7 billion won to 1.0389 trillion won "
        "from 906.2 billion won.",
        id="en-2",
    ),
    pytest.param(
        "2021-03-31",
        "Japan's host nation support for fiscal 2021 rose 2.1% from the "
        "previous year to 201.7 billion yen.",
        id="en-3",
    ),
    pytest.param(
        "2022-08-30",
        "The defense budget rose 6.4% to 57.1 trillion won from 54.6 "
        "trillion won.",
        id="en-4",
    ),
    pytest.param(
        "2022-03-10",
        "South Korea's cost-sharing payment will be 1.2472 trillion won in "
        "2022, a 13.9 percent increase from last year.",
        id="en-5",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の思いやり予算は前年度比2.1%増の2017億円。",
        id="ja-1",
    ),
    pytest.param(
        "2016-12-19",
        "在日米軍関係経費は7642億円で、昨年度の7278億円を346億円上回った。",
        id="ja-2",
    ),
    pytest.param(
        "2019-02-15",
        "韓国の負担は9602億ウォンから2.8%増え、1兆389億ウォンとなった。",
        id="ja-3",
    ),
    pytest.param(
        "2019-03-08",
        "올해 분담금은 지난해 9602억원보다 8.2%, 877억원 인상된 "
        "1조389억원이다.",
        id="ko-1",
    ),
    pytest.param(
        "2022-03-10",
        "올해 분담금은 전년 대비 13.9% 늘어난 1조2472억원이다.",
        id="ko-2",
    ),
    pytest.param(
        "2022-08-30",
        "국방예산은 54조6112억원보다 6.4% 증가한 57조1268억원이다.",
        id="ko-3",
    ),
]

GROWTH_RIGHT = [
    pytest.param(
        "2019-03-08",
        "Applying the 8.2% rise in the defense budget to last year's 960.2 "
        "billion won gives this year's cost-sharing payment of 1.0389 "
        "trillion won.",
        id="en-1",
    ),
    pytest.param(
        "2019-02-15",
        "韓国の分担金は、昨年の9602億ウォンに国防予算の伸び率8.2%を適用し、1"
        "兆389億ウォンとした。",
        id="ja-1",
    ),
    pytest.param(
        "2019-02-10",
        "이 액수는 작년 분담액 9천602억원에 국방예산 인상률 8.2%를 적용해 "
        "산출한 1조389억원이다.",
        id="ko-1",
    ),
]

GROWTH_WRONG = [
    pytest.param(
        "2019-03-08",
        "Applying the 8.2% rise in the defense budget to last year's 960.2 "
        "billion won gives this year's cost-sharing payment of 1.0489 "
        "trillion won.",
        id="en-1",
    ),
    pytest.param(
        "2019-02-10",
        "이 액수는 작년 분담액 9602억원에 국방예산 인상률 8.2%를 적용해 "
        "산출한 1조489억원이다.",
        id="ko-1",
    ),
]

SAME_LEVEL_RIGHT = [
    pytest.param(
        "2021-03-31",
        "Japan will pay ¥201.7 billion in host nation support in fiscal "
        "2021, roughly the same level as last year.",
        id="en-1",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の思いやり予算は2017億円で、前年度とほぼ同水準となった。",
        id="ja-1",
    ),
    pytest.param(
        "2020-06-01",
        "2020년 분담금은 1조389억원으로 지난해와 같은 수준이다.",
        id="ko-1",
    ),
]

SAME_LEVEL_WRONG = [
    pytest.param(
        "2022-03-10",
        "South Korea will pay 1.2472 trillion won for the upkeep of USFK "
        "this year, about the same amount as last year.",
        id="en-1",
    ),
    pytest.param(
        "2022-03-10",
        "올해 분담금은 1조2472억원으로 지난해와 같은 수준이다.",
        id="ko-1",
    ),
]

MULTIPLES_RIGHT = [
    pytest.param(
        "2019-11-20",
        "The US demanded that Japan pay $8 billion a year, more than four "
        "times the current level.",
        id="en-1",
    ),
    pytest.param(
        "2020-07-21",
        "Trump sought $5 billion from Seoul, more than five times the $870 "
        "million it paid last year.",
        id="en-2",
    ),
    pytest.param(
        "2016-01-10",
        "The 768.8 billion yen of fiscal 2015 is about 4.4 times the 176 "
        "billion yen of fiscal 1978.",
        id="en-3",
    ),
    pytest.param(
        "2020-06-22",
        "米国は日本に年80億ドル、現在の4倍以上の負担を求めた。",
        id="ja-1",
    ),
    pytest.param(
        "2016-01-10",
        "15年度の米軍関係経費7688億円は、1978年度の1760億円と比べて約4.4倍だ"
        "。",
        id="ja-2",
    ),
    pytest.param(
        "2009-12-08",
        "日本の負担は米兵1人当たり1293万円で、ドイツの265万円の約5倍にあたる"
        "。",
        id="ja-3",
    ),
    pytest.param(
        "2019-11-20",
        "미국은 한국에 50억 달러를 요구했는데, 이는 현재 수준의 5배가 넘는다.",
        id="ko-1",
    ),
    pytest.param(
        "2022-03-10",
        "올해 분담금 1조2472억원은 2018년 9602억원의 약 1.3배다.",
        id="ko-2",
    ),
]

MULTIPLES_WRONG = [
    pytest.param(
        "2020-07-21",
        "Trump's $5 billion demand is three times the $870 million Seoul "
        "paid last year.",
        id="en-1",
    ),
    pytest.param(
        "2016-01-10",
        "The 768.8 billion yen of fiscal 2015 is about 3.4 times the 176 "
        "billion yen of fiscal 1978.",
        id="en-2",
    ),
    pytest.param(
        "2016-01-10",
        "15年度の米軍関係経費7688億円は、1978年度の1760億円と比べて約3.4倍だ"
        "。",
        id="ja-1",
    ),
    pytest.param(
        "2022-03-10",
        "올해 분담금 1조2472억원은 2018년 9602억원의 약 1.5배다.",
        id="ko-1",
    ),
    pytest.param(
        "2019-11-20",
        "미국은 한국에 50억 달러를 요구했는데, 이는 현재 수준의 2배다.",
        id="ko-2",
    ),
]

SUMS_RIGHT = [
    pytest.param(
        "2017-02-06",
        "Korea's burden includes 790.4 billion won in cost-sharing and 884.5 "
        "billion won in indirect support, totaling 1.6749 trillion won.",
        id="en-1",
    ),
    pytest.param(
        "2015-10-26",
        "Host nation support of ¥189.9 billion plus ¥182.6 billion for land "
        "rent and other items comes to a combined ¥372.5 billion.",
        id="en-2",
    ),
    pytest.param(
        "2015-10-26",
        "思いやり予算1899億円と基地の借地料など1826億円を合わせると計3725億円"
        "になる。",
        id="ja-1",
    ),
    pytest.param(
        "2015-10-26",
        "思いやり予算1899億円に借地料1826億円を加えた合計は3725億円だ。",
        id="ja-2",
    ),
    pytest.param(
        "2017-02-06",
        "방위비 분담금 7904억원과 직간접 지원비 8845억원을 합친 총 부담액은 "
        "1조6749억원이다.",
        id="ko-1",
    ),
    pytest.param(
        "2011-03-29",
        "한국 측 8조9000억원과 미국 측 7조1000억원을 합하면 총 16조원이다.",
        id="ko-2",
    ),
]

SUMS_WRONG = [
    pytest.param(
        "2017-02-06",
        "Korea's burden includes 790.4 billion won in cost-sharing and 884.5 "
        "billion won in indirect support, totaling 1.7749 trillion won.",
        id="en-1",
    ),
    pytest.param(
        "2015-10-26",
        "思いやり予算1899億円と基地の借地料など1826億円を合わせると計3752億円"
        "になる。",
        id="ja-1",
    ),
    pytest.param(
        "2017-02-06",
        "방위비 분담금 7904억 원과 직간접 지원비 8845억 원 등 총 1조7649억 "
        "원이다.",
        id="ko-1",
    ),
]

SHARES_RIGHT = [
    pytest.param(
        "2010-09-29",
        "Of the 714.6 billion yen total, 377.7 billion yen, or about 53% of "
        "the total, is rent and base-related payments.",
        id="en-1",
    ),
    pytest.param(
        "2019-08-30",
        "The 1.0389 trillion won contribution accounts for 2.2% of the 46.7 "
        "trillion won defense budget.",
        id="en-2",
    ),
    pytest.param(
        "2010-09-29",
        "総額7146億円のうち、全体の約53%にあたる3777億円が地代や基地交付金だ"
        "。",
        id="ja-1",
    ),
    pytest.param(
        "2010-09-29",
        "総額7146億円のうち、地代などの3777億円が全体の約53%を占める。",
        id="ja-2",
    ),
    pytest.param(
        "2010-09-29",
        "총액 7146억원 가운데 전체의 약 53%인 3777억원이 임대료 등이다.",
        id="ko-1",
    ),
    pytest.param(
        "2010-09-29",
        "총액 7146억원 가운데 임대료 등 3777억원이 전체의 53%를 차지한다.",
        id="ko-2",
    ),
    pytest.param(
        "2012-04-27",
        "グアム移転の総費用は86億ドルと見積もられ、このうち日本は最大28億ドル"
        "、約3割を負担する。",
        id="ja-wari",
    ),
    pytest.param(
        "2012-04-27",
        "在日米軍関係経費6000億円のうち、日本の負担2017億円は約3割を占める。",
        id="ja-wari-2",
    ),
    pytest.param(
        "2012-04-27",
        "グアム移転の総費用は86億ドルと見積もられ、このうち日本は最大28億ドル"
        "、約33%を負担する。",
        id="ja-percent",
    ),
]

SHARES_WRONG = [
    pytest.param(
        "2010-09-29",
        "Of the 714.6 billion yen total, 377.7 billion yen, or about 63% of "
        "the total, is rent and base-related payments.",
        id="en-1",
    ),
    pytest.param(
        "2019-08-30",
        "The 1.0389 trillion won contribution accounts for 3.2% of the 46.7 "
        "trillion won defense budget.",
        id="en-2",
    ),
    pytest.param(
        "2010-09-29",
        "総額7146億円のうち、全体の約35%にあたる3777億円が地代や基地交付金だ"
        "。",
        id="ja-1",
    ),
    pytest.param(
        "2010-09-29",
        "総額7146億円のうち、地代などの3777億円が全体の約63%を占める。",
        id="ja-2",
    ),
    pytest.param(
        "2010-09-29",
        "총액 7146억원 가운데 전체의 약 58%인 3777억원이 임대료 등이다.",
        id="ko-1",
    ),
    pytest.param(
        "2010-09-29",
        "총액 7146억원 가운데 임대료 등 3777억원이 전체의 35%를 차지한다.",
        id="ko-2",
    ),
    pytest.param(
        "2012-04-27",
        "グアム移転の総費用は86億ドルと見積もられ、このうち日本は最大28億ドル"
        "、約5割を負担する。",
        id="ja-wari",
    ),
    pytest.param(
        "2012-04-27",
        "在日米軍関係経費6000億円のうち、日本の負担2017億円は約5割を占める。",
        id="ja-wari-2",
    ),
]

AVERAGES_RIGHT = [
    pytest.param(
        "2020-07-10",
        "Japan's host nation support totaled 946.5 billion yen over five "
        "years, an average of 189.3 billion yen a year.",
        id="en-1",
    ),
    pytest.param(
        "2021-12-22",
        "The new deal totals 1.0551 trillion yen over five years, or about "
        "211 billion yen per year in host nation support.",
        id="en-2",
    ),
    pytest.param(
        "2021-03-10",
        "Seoul will pay 7.2 trillion won in total over six years, an average "
        "of 1.2 trillion won annually.",
        id="en-3",
    ),
    pytest.param(
        "2021-12-22",
        "在日米軍駐留経費負担の5年間の総額は1兆551億円で、年平均2110億円とな"
        "る。",
        id="ja-1",
    ),
    pytest.param(
        "2015-12-18",
        "思いやり予算は5年間で総額9465億円、1年当たり約1893億円だ。",
        id="ja-2",
    ),
    pytest.param(
        "2021-12-22",
        "주일미군 주둔비 부담금은 5년간 총 1조551억엔, 연평균 2110억엔이다.",
        id="ko-1",
    ),
    pytest.param(
        "2019-11-20",
        "일본은 주둔비 부담금으로 5년간 총액 9465억엔을 내며, 1년에 약 "
        "1893억엔을 부담한다.",
        id="ko-2",
    ),
]

AVERAGES_WRONG = [
    pytest.param(
        "2020-07-10",
        "Japan's host nation support totaled 946.5 billion yen over five "
        "years, an average of 198.3 billion yen a year.",
        id="en-1",
    ),
    pytest.param(
        "2021-03-10",
        "Seoul will pay 7.2 trillion won in total over six years, an average "
        "of 1.3 trillion won annually.",
        id="en-2",
    ),
    pytest.param(
        "2021-12-22",
        "在日米軍駐留経費負担の5年間の総額は1兆551億円で、年平均2210億円とな"
        "る。",
        id="ja-1",
    ),
    pytest.param(
        "2015-12-18",
        "思いやり予算は5年間で総額9465億円、1年当たり約1983億円だ。",
        id="ja-2",
    ),
    pytest.param(
        "2021-12-22",
        "주일미군 주둔비 부담금은 5년간 총 1조551억엔, 연평균 2011억엔이다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-03-10",
        "방위비 분담금은 6년간 총 9조6000억원으로, 연평균 1조7000억원이다.",
        id="ko-2",
    ),
]

AGREEMENT_TOTALS_RIGHT = [
    pytest.param(
        "2021-12-22",
        "Japan agreed to pay a total of 1.0551 trillion yen in host nation "
        "support over five years starting in fiscal 2022.",
        id="en-1",
    ),
    pytest.param(
        "2016-01-22",
        "Tokyo's host-nation support will total 946.5 billion yen over the "
        "next five years.",
        id="en-2",
    ),
    pytest.param(
        "2021-12-22",
        "Japan will pay 1.0551 trillion yen in host nation support under a "
        "new five-year agreement.",
        id="en-3",
    ),
    pytest.param(
        "2022-01-07",
        "在日米軍駐留経費負担は2022年度から5年間の総額で1兆551億円となる。",
        id="ja-1",
    ),
    pytest.param(
        "2015-12-18",
        "思いやり予算は2016年度から5年間で総額9465億円と決まった。",
        id="ja-2",
    ),
    pytest.param(
        "2016-01-22",
        "일본은 주일미군 주둔비 부담금으로 2016년부터 5년간 총 9465억엔을 "
        "부담하기로 했다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-12-22",
        "미일 양국은 주둔비 부담금을 내년도부터 5년간 총액 1조551억엔으로 "
        "합의했다.",
        id="ko-2",
    ),
]

AGREEMENT_TOTALS_WRONG = [
    pytest.param(
        "2021-12-22",
        "Japan agreed to pay a total of 1.551 trillion yen in host nation "
        "support over five years starting in fiscal 2022.",
        id="en-1",
    ),
    pytest.param(
        "2016-01-22",
        "Tokyo's host-nation support will total 964.5 billion yen over the "
        "next five years.",
        id="en-2",
    ),
    pytest.param(
        "2015-12-18",
        "思いやり予算は2016年度から5年間で総額9645億円と決まった。",
        id="ja-1",
    ),
    pytest.param(
        "2022-01-07",
        "在日米軍駐留経費負担は2022年度から5年間の総額で1兆515億円となる。",
        id="ja-2",
    ),
    pytest.param(
        "2021-12-22",
        "미일 양국은 주둔비 부담금을 2022년부터 5년간 총액 1조5510억엔으로 "
        "합의했다.",
        id="ko-1",
    ),
]

INCREASES_OVER_PREVIOUS_AGREEMENT_RIGHT = [
    pytest.param(
        "2021-12-22",
        "The host nation support deal totals 1.0551 trillion yen over five "
        "years from fiscal 2022, up 108.6 billion yen from the previous "
        "agreement.",
        id="en-1",
    ),
    pytest.param(
        "2021-12-22",
        "Japan's host nation support will total 1.0551 trillion yen over "
        "five years, 75 billion yen more than the amount actually spent in "
        "the five years to fiscal 2020.",
        id="en-2",
    ),
    pytest.param(
        "2021-12-22",
        "思いやり予算は2022年度から5年間で総額1兆551億円となり、現行協定より1"
        "086億円増える。",
        id="ja-1",
    ),
    pytest.param(
        "2021-12-22",
        "2022年度から5年間の在日米軍駐留経費負担は総額1兆551億円で、前回協定"
        "の実績より750億円多い。",
        id="ja-2",
    ),
    pytest.param(
        "2021-12-22",
        "일본의 주둔비 부담금은 2022년부터 5년간 총 1조551억엔으로, 이전 "
        "협정보다 1086억엔 많다.",
        id="ko-1",
    ),
]

INCREASES_OVER_PREVIOUS_AGREEMENT_WRONG = [
    pytest.param(
        "2021-12-22",
        "The host nation support deal totals 1.0551 trillion yen over five "
        "years from fiscal 2022, up 180.6 billion yen from the previous "
        "agreement.",
        id="en-1",
    ),
    pytest.param(
        "2021-12-22",
        "Japan's host nation support will total 1.0551 trillion yen over "
        "five years, 57 billion yen more than the amount actually spent in "
        "the five years to fiscal 2020.",
        id="en-2",
    ),
    pytest.param(
        "2021-12-22",
        "思いやり予算は2022年度から5年間で総額1兆551億円となり、現行協定より1"
        "680億円増える。",
        id="ja-1",
    ),
    pytest.param(
        "2021-12-22",
        "일본의 주둔비 부담금은 2022년부터 5년간 총 1조551억엔으로, 이전 "
        "협정보다 1860억엔 많다.",
        id="ko-1",
    ),
]

YEARLY_INCREASES_RIGHT = [
    pytest.param(
        "2021-12-22",
        "Under the new five-year deal, Japan will pay a total of 1.0551 "
        "trillion yen, an average of 211 billion yen a year, about 9.3 "
        "billion yen more a year than now.",
        id="en-1",
    ),
    pytest.param(
        "2021-12-22",
        "新たな特別協定の総額は1兆551億円で、1年あたり平均2110億円。現行より"
        "年93億円増える。",
        id="ja-1",
    ),
    pytest.param(
        "2021-12-22",
        "새 협정의 5년 총액은 1조551억엔으로, 현행 협정보다 연간 약 217억엔 "
        "많다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-12-21",
        "Japan's host nation support will total 1.0551 trillion yen over five"
        " years from fiscal 2022, 21.7 billion yen a year more than under the"
        " previous agreement.",
        id="en-a-year-more",
    ),
    pytest.param(
        "2021-12-21",
        "思いやり予算は2022年度から5年間で総額1兆551億円となり、前の協定より"
        "年平均217億円多い。",
        id="ja-previous-agreement",
    ),
    pytest.param(
        "2021-12-21",
        "일본의 방위비 분담금은 2022년부터 5년간 총 1조551억엔으로, 이전 "
        "협정보다 연평균 217억엔 많다.",
        id="ko-yearly-average",
    ),
]
YEARLY_INCREASES_WRONG = [
    pytest.param(
        "2021-12-22",
        "Under the new five-year deal, Japan will pay a total of 1.0551 "
        "trillion yen, an average of 211 billion yen a year, 19.3 billion "
        "yen more a year than now.",
        id="en-1",
    ),
    pytest.param(
        "2021-12-22",
        "新たな特別協定の総額は1兆551億円で、1年あたり平均2110億円。現行より"
        "年39億円増える。",
        id="ja-1",
    ),
    pytest.param(
        "2021-12-22",
        "새 협정의 5년 총액은 1조551억엔으로, 현행 협정보다 연간 약 127억엔 "
        "많다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-12-21",
        "Japan's host nation support will total 1.0551 trillion yen over five"
        " years from fiscal 2022, 31.7 billion yen a year more than under the"
        " previous agreement.",
        id="en-a-year-more",
    ),
    pytest.param(
        "2021-12-21",
        "思いやり予算は2022年度から5年間で総額1兆551億円となり、前の協定より"
        "年平均317億円多い。",
        id="ja-previous-agreement",
    ),
    pytest.param(
        "2021-12-21",
        "일본의 방위비 분담금은 2022년부터 5년간 총 1조551억엔으로, 이전 "
        "협정보다 연평균 317억엔 많다.",
        id="ko-yearly-average",
    ),
]

AGREEMENT_STARTS_RIGHT = [
    pytest.param(
        "2021-12-22",
        "Japan's host nation support will total 1.0551 trillion yen over "
        "five years starting in fiscal 2022, or about 211 billion yen a year.",
        id="en-1",
    ),
    pytest.param(
        "2021-12-22",
        "思いやり予算は2022年度から5年間で総額1兆551億円、年平均2110億円とな"
        "る。",
        id="ja-1",
    ),
    pytest.param(
        "2021-12-22",
        "주일미군 주둔비 부담금은 2022년부터 5년간 총액 1조551억엔, 연평균 "
        "2110억엔이다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-02-10",
        "Japan pays host nation support for U.S. forces. The current "
        "five-year deal will expire next month.",
        id="en-2",
    ),
    pytest.param(
        "2021-12-22",
        "Japan will shoulder 1.0551 trillion yen in host nation support "
        "under a new five-year agreement beginning in fiscal 2022.",
        id="en-3",
    ),
    pytest.param(
        "2021-12-22",
        "思いやり予算は2022年度から5年間で総額1兆551億円となる。",
        id="ja-2",
    ),
    pytest.param(
        "2021-12-22",
        "주일미군 주둔비 부담금은 2022년부터 5년간 총액 1조551억엔이다.",
        id="ko-2",
    ),
    pytest.param(
        "2021-02-10",
        "The current five-year cost-sharing deal for U.S. forces in Japan "
        "expires at the end of March.",
        id="en-4",
    ),
    pytest.param(
        "2021-02-10",
        "在日米軍駐留経費負担の現行の特別協定は今年3月末に期限が切れる。",
        id="ja-3",
    ),
    pytest.param(
        "2025-06-01",
        "한미 방위비 분담금 제11차 특별협정은 올해 말 만료된다.",
        id="ko-3",
    ),
]

AGREEMENT_STARTS_WRONG = [
    pytest.param(
        "2021-12-22",
        "Japan's host nation support will total 1.0551 trillion yen over "
        "five years starting in fiscal 2021, or about 211 billion yen a year.",
        id="en-1",
    ),
    pytest.param(
        "2021-12-22",
        "思いやり予算は2021年度から5年間で総額1兆551億円、年平均2110億円とな"
        "る。",
        id="ja-1",
    ),
    pytest.param(
        "2021-12-22",
        "주일미군 주둔비 부담금은 2021년부터 5년간 총액 1조551억엔, 연평균 "
        "2110억엔이다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-02-10",
        "Japan pays host nation support for U.S. forces. The current "
        "five-year deal will expire next year.",
        id="en-2",
    ),
    pytest.param(
        "2021-12-22",
        "Japan will shoulder 1.0551 trillion yen in host nation support "
        "under a new five-year agreement beginning in fiscal 2021.",
        id="en-3",
    ),
    pytest.param(
        "2021-12-22",
        "思いやり予算は2021年度から5年間で総額1兆551億円となる。",
        id="ja-2",
    ),
    pytest.param(
        "2021-12-22",
        "주일미군 주둔비 부담금은 2021년부터 5년간 총액 1조551억엔이다.",
        id="ko-2",
    ),
]

COUNTS_RIGHT = [
    pytest.param(
        "2021-03-10",
        "South Korea pays part of the cost of keeping the 28,500 U.S. troops "
        "stationed there.",
        id="en-1",
    ),
    pytest.param(
        "2021-03-31",
        "Japan currently hosts approximately 55,000 U.S. military personnel, "
        "the largest presence overseas.",
        id="en-2",
    ),
    pytest.param(
        "2024-10-04",
        "Seoul will pay 1.5192 trillion won in 2026 for the 28,500-strong "
        "USFK.",
        id="en-3",
    ),
    pytest.param(
        "2021-03-31",
        "日本には約5万5000人の在日米軍が駐留している。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-10",
        "韓国は在韓米軍2万8500人の駐留経費の一部を負担する。",
        id="ja-2",
    ),
    pytest.param(
        "2021-03-10",
        "한국은 2만8500명의 주한미군 주둔 비용 일부를 분담한다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-03-31",
        "일본에 주둔하는 주일미군은 약 5만4000명이다.",
        id="ko-2",
    ),
    pytest.param(
        "2021-03-31",
        "주일미군은 약 5만4000명이다.",
        id="ko-3",
    ),
]

COUNTS_WRONG = [
    pytest.param(
        "2021-03-10",
        "South Korea pays part of the cost of keeping the 38,500 U.S. troops "
        "stationed there.",
        id="en-1",
    ),
    pytest.param(
        "2021-03-31",
        "Japan currently hosts about 75,000 U.S. military personnel, the "
        "largest presence overseas.",
        id="en-2",
    ),
    pytest.param(
        "2021-03-10",
        "韓国は在韓米軍3万8500人の駐留経費の一部を負担する。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-10",
        "한국은 2만5800명의 주한미군 주둔 비용 일부를 분담한다.",
        id="ko-1",
    ),
    pytest.param(
        "2024-10-17",
        "트럼프는 한국이 4만명의 미군에 대한 비용을 내지 않는다고 주장했다.",
        id="ko-2",
    ),
]

PER_CAPITA_RIGHT = [
    pytest.param(
        "2021-03-31",
        "Japan pays 201.7 billion yen for some 55,000 troops, or about 3.7 "
        "million yen per soldier.",
        id="en-1",
    ),
    pytest.param(
        "2019-11-28",
        "The Pentagon put the cost of USFK at $4.4642 billion, or $156,639 "
        "per service member for 28,500 troops.",
        id="en-2",
    ),
    pytest.param(
        "2021-03-31",
        "思いやり予算2017億円を在日米軍約5万5000人で割ると、1人当たり約370万"
        "円になる。",
        id="ja-1",
    ),
    pytest.param(
        "2016-12-19",
        "米軍関係経費7642億円を兵士4万5779人で割れば、一人あたり約1670万円に"
        "達する。",
        id="ja-2",
    ),
    pytest.param(
        "2019-03-10",
        "분담금 1조389억원을 주한미군 2만8500명으로 나누면 1인당 약 "
        "3645만원이다.",
        id="ko-1",
    ),
    pytest.param(
        "2019-11-28",
        "주일미군 5만4000명의 비용 57억1780만 달러는 1인당 10만5885달러다.",
        id="ko-2",
    ),
    pytest.param(
        "2021-05-03",
        "Japan's 201.7 billion yen this fiscal year works out to about 3.7"
        " million yen for each of the roughly 55,000 U.S. service members.",
        id="en-3",
    ),
    pytest.param(
        "2021-04-10",
        "Seoul's 1.1833 trillion won comes to about 41.5 million won for every"
        " one of the 28,500 American troops.",
        id="en-4",
    ),
    pytest.param(
        "2021-05-03",
        "日本の2021年度の負担2017億円は、在日米軍約5万5000人の1人につき約370"
        "万円に当たる。",
        id="ja-3",
    ),
    pytest.param(
        "2021-05-03",
        "올해 분담금 1조1833억원은 주한미군 2만8500명 한 명에 약 4150만원"
        "꼴이다.",
        id="ko-3",
    ),
    pytest.param(
        "2021-05-03",
        "Japan's 201.7 billion yen in host-nation support this fiscal year"
        " works out to about $33,000 for each of the roughly 55,000 U.S."
        " service members.",
        id="en-dollars",
    ),
    pytest.param(
        "2021-05-03",
        "日本の2021年度の負担2017億円は、在日米軍約5万5000人の1人につき約3万"
        "4000ドルに当たる。",
        id="ja-dollars",
    ),
    pytest.param(
        "2021-05-03",
        "올해 분담금 1조1833억원은 주한미군 2만8500명 1인당 약 3만6000달러다.",
        id="ko-dollars",
    ),
]

PER_CAPITA_WRONG = [
    pytest.param(
        "2021-03-31",
        "Japan pays 201.7 billion yen for some 55,000 troops, or about 4.7 "
        "million yen per soldier.",
        id="en-1",
    ),
    pytest.param(
        "2021-03-31",
        "思いやり予算2017億円を在日米軍約5万5000人で割ると、1人当たり約3700万"
        "円になる。",
        id="ja-1",
    ),
    pytest.param(
        "2019-03-10",
        "분담금 1조389억원을 주한미군 2만8500명으로 나누면 1인당 약 "
        "3억6450만원이다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-05-03",
        "Japan's 201.7 billion yen this fiscal year works out to about 37"
        " million yen for each of the roughly 55,000 U.S. service members.",
        id="en-3",
    ),
    pytest.param(
        "2021-05-03",
        "日本の2021年度の負担2017億円は、在日米軍約5万5000人の1人につき約470"
        "万円に当たる。",
        id="ja-3",
    ),
    pytest.param(
        "2021-05-03",
        "올해 분담금 1조1833억원은 주한미군 2만8500명 한 명에 약 5150만원"
        "꼴이다.",
        id="ko-3",
    ),
    pytest.param(
        "2021-05-03",
        "Japan's 201.7 billion yen in host-nation support this fiscal year"
        " works out to about $370,000 for each of the roughly 55,000 U.S."
        " service members.",
        id="en-dollars",
    ),
    pytest.param(
        "2021-05-03",
        "日本の2021年度の負担2017億円は、在日米軍約5万5000人の1人につき約34万"
        "ドルに当たる。",
        id="ja-dollars",
    ),
    pytest.param(
        "2021-05-03",
        "올해 분담금 1조1833억원은 주한미군 2만8500명 1인당 약 36만달러다.",
        id="ko-dollars",
    ),
]

MALFORMED_WRONG = [
    pytest.param(
        "2021-03-11",
        "Last year's contribution was frozen at 1.38.9 billion won, the 2019 "
        "level.",
        id="en-1",
    ),
    pytest.param(
        "2021-03-31",
        "Japan's host nation support for fiscal 2021 is ¥2,01,7 billion.",
        id="en-2",
    ),
    pytest.param(
        "2019-08-30",
        "韓国の2023年の国防予算は57億1268億ウォンだ。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の思いやり予算は2,01,7億円だ。",
        id="ja-2",
    ),
    pytest.param(
        "2022-08-31",
        "올해 국방 본예산은 54억6112억 원이다.",
        id="ko-1",
    ),
]

OTHER_QUANTITIES = [
    pytest.param(
        "2022-03-25",
        "Japan's defense budget for fiscal 2022 is a record 5.4 trillion "
        "yen, of which host nation support accounts for 205.6 billion yen.",
        id="en-1",
    ),
    pytest.param(
        "2021-12-24",
        "In fiscal 2021, all costs related to U.S. forces in Japan, "
        "including realignment, came to about 800 billion yen.",
        id="en-2",
    ),
    pytest.param(
        "2021-03-10",
        "The relocation of U.S. forces to Pyeongtaek cost about 10.7 "
        "trillion won, far more than the 1.1833 trillion won cost-sharing "
        "bill for 2021.",
        id="en-3",
    ),
    pytest.param(
        "2022-08-30",
        "South Korea's defense budget for 2023 is 57.1 trillion won, while "
        "its cost-sharing payment is 1.2472 trillion won.",
        id="en-4",
    ),
    pytest.param(
        "2021-12-24",
        "2021年度の在日米軍関係経費は約8000億円に上る。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の防衛費は5兆3422億円、思いやり予算は2017億円だった。",
        id="ja-2",
    ),
    pytest.param(
        "2022-12-23",
        "来年度の防衛費は今年度より1兆4214億円多い6兆8219億円です。",
        id="ja-3",
    ),
    pytest.param(
        "2016-12-19",
        "2016年度の在日米軍関係経費は7642億円に達した。",
        id="ja-4",
    ),
    pytest.param(
        "2021-03-31",
        "在日米軍再編関係経費は2044億円で、思いやり予算の2017億円を上回った。",
        id="ja-5",
    ),
    pytest.param(
        "2019-08-30",
        "2020년 국방비는 50조1527억원으로 방위비 분담금 1조389억원의 약 "
        "48배다.",
        id="ko-1",
    ),
    pytest.param(
        "2022-08-30",
        "2023년 국방예산은 57조1268억원으로 올해보다 4.6% 증가했다.",
        id="ko-2",
    ),
    pytest.param(
        "2011-03-29",
        "평택기지 이전 비용 16조원 가운데 한국이 8조9000억원을 부담한다.",
        id="ko-3",
    ),
    pytest.param(
        "2021-03-10",
        "올해 국방비는 52조8401억원, 방위비 분담금은 1조1833억원이다.",
        id="ko-4",
    ),
]

DIFFERENCES = [
    pytest.param(
        "2021-03-31",
        "Japan's host nation support increased by 2.4 billion yen in fiscal "
        "2021.",
        "2.4 billion yen",
        id="en-1",
    ),
    pytest.param(
        "2019-03-08",
        "South Korea's contribution rose by 78.7 billion won this year.",
        "78.7 billion won",
        id="en-2",
    ),
    pytest.param(
        "2021-12-22",
        "Japan's host nation support will go up by 3.9 billion yen in fiscal "
        "2022.",
        "3.9 billion yen",
        id="en-3",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の思いやり予算は前年度より24億円増えた。",
        "24億円",
        id="ja-1",
    ),
    pytest.param(
        "2021-12-22",
        "来年度の思いやり予算は今年度より39億円多くなる。",
        "39億円",
        id="ja-2",
    ),
    pytest.param(
        "2019-03-08",
        "올해 방위비 분담금은 지난해보다 787억원 늘어난다.",
        "787억원",
        id="ko-1",
    ),
    pytest.param(
        "2022-03-10",
        "2022년 방위비 분담금은 작년보다 639억원 증가했다.",
        "639억원",
        id="ko-2",
    ),
]


class TestLevels:
    """
    Levels of a year against the bundled series.
    """

    @pytest.mark.parametrize(("published", "text"), LEVELS_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct level claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "level")

    @pytest.mark.parametrize(("published", "text"), LEVELS_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong level claim is inconsistent.
        """
        assert_inconsistent(text, published, "level")

    @pytest.mark.parametrize(("published", "text"), LEVELS_IN_DOLLARS_RIGHT)
    def test_dollar_years_right(self, published: str, text: str) -> None:
        """
        Korea's 1991-2004 contributions, which the sources give in
        dollars, check a dollar amount of those years as it stands.
        """
        assert_consistent(text, published, "level")

    @pytest.mark.parametrize(("published", "text"), LEVELS_IN_DOLLARS_WRONG)
    def test_dollar_years_wrong(self, published: str, text: str) -> None:
        """
        A wrong dollar amount of those years is inconsistent, and says
        where the reference figure comes from.
        """
        assert_inconsistent(text, published, "level")
        (claim,) = audit(text, published=published).claims
        assert "Defense White Paper" in claim.verdict.sources[0]


class TestConversions:
    """
    Conversions at the rate of the day or at a rate the text states.
    """

    @pytest.mark.parametrize(("published", "text"), CONVERSIONS_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct conversion claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "conversion")

    @pytest.mark.parametrize(("published", "text"), CONVERSIONS_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong conversion claim is inconsistent.
        """
        assert_inconsistent(text, published, "conversion")


class TestChanges:
    """
    Changes: a rate or a difference, the base written, named or implied.
    """

    @pytest.mark.parametrize(("published", "text"), CHANGES_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct change claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "change")

    @pytest.mark.parametrize(("published", "text"), CHANGES_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong change claim is inconsistent.
        """
        assert_inconsistent(text, published, "change")


class TestGrowth:
    """
    Growth: a stated rate applied to a base.
    """

    @pytest.mark.parametrize(("published", "text"), GROWTH_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct growth claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "growth")

    @pytest.mark.parametrize(("published", "text"), GROWTH_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong growth claim is inconsistent.
        """
        assert_inconsistent(text, published, "growth")


class TestSameLevel:
    """
    The same level as the year before.
    """

    @pytest.mark.parametrize(("published", "text"), SAME_LEVEL_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct change claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "change")

    @pytest.mark.parametrize(("published", "text"), SAME_LEVEL_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong change claim is inconsistent.
        """
        assert_inconsistent(text, published, "change")


class TestMultiples:
    """
    Multiples of the current level or of another amount of the text.
    """

    @pytest.mark.parametrize(("published", "text"), MULTIPLES_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct ratio claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "ratio")

    @pytest.mark.parametrize(("published", "text"), MULTIPLES_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong ratio claim is inconsistent.
        """
        assert_inconsistent(text, published, "ratio")


class TestSums:
    """
    Sums of parts against a stated total.
    """

    @pytest.mark.parametrize(("published", "text"), SUMS_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct sum claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "sum")

    @pytest.mark.parametrize(("published", "text"), SUMS_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong sum claim is inconsistent.
        """
        assert_inconsistent(text, published, "sum")


class TestShares:
    """
    Shares of a whole stated as a percent.
    """

    @pytest.mark.parametrize(("published", "text"), SHARES_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct share claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "share")

    @pytest.mark.parametrize(("published", "text"), SHARES_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong share claim is inconsistent.
        """
        assert_inconsistent(text, published, "share")


class TestAverages:
    """
    Yearly averages of a total over years.
    """

    @pytest.mark.parametrize(("published", "text"), AVERAGES_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct average claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "average")

    @pytest.mark.parametrize(("published", "text"), AVERAGES_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong average claim is inconsistent.
        """
        assert_inconsistent(text, published, "average")


class TestAgreementTotals:
    """
    Totals over an agreement's years against the registry.
    """

    @pytest.mark.parametrize(("published", "text"), AGREEMENT_TOTALS_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct total claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "total")

    @pytest.mark.parametrize(("published", "text"), AGREEMENT_TOTALS_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong total claim is inconsistent.
        """
        assert_inconsistent(text, published, "total")


class TestIncreasesOverPreviousAgreement:
    """
    An agreement's total against the one before it.
    """

    @pytest.mark.parametrize(
        ("published", "text"), INCREASES_OVER_PREVIOUS_AGREEMENT_RIGHT
    )
    def test_right(self, published: str, text: str) -> None:
        """
        A correct change claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "change")

    @pytest.mark.parametrize(
        ("published", "text"), INCREASES_OVER_PREVIOUS_AGREEMENT_WRONG
    )
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong change claim is inconsistent.
        """
        assert_inconsistent(text, published, "change")

    @pytest.mark.parametrize(("published", "text"), YEARLY_INCREASES_RIGHT)
    def test_yearly_right(self, published: str, text: str) -> None:
        """
        An increase written per year (``a year``, ``年``, ``연간``) is the
        total's change divided by the agreement's years, against each
        baseline.
        """
        assert_consistent(text, published, "change")

    @pytest.mark.parametrize(("published", "text"), YEARLY_INCREASES_WRONG)
    def test_yearly_wrong(self, published: str, text: str) -> None:
        """
        A yearly increase no baseline gives is inconsistent as a change,
        and is never read as the agreement's yearly average.
        """
        assert_inconsistent(text, published, "change")
        claims = audit(text, published=published).claims
        averages = [c for c in claims if c.kind == "average"]
        assert all(c.verdict.status == "consistent" for c in averages)

    def test_more_than_n_times_is_no_amount_multiplied(self) -> None:
        """
        "X more than five times the current level": X is how much more,
        never the amount five times the level.
        """
        claims = audit(
            "The new five-year total of 1.0551 trillion yen is 46.6 billion"
            " yen more than five times the current level.",
            published="2021-12-22",
        ).claims

        assert _alarms(claims) == []
        ratios = [c for c in claims if c.kind == "ratio"]
        assert ratios[0].figures[0].text == "1.0551 trillion yen"
        (change,) = [c for c in claims if c.kind == "change"]
        assert change.verdict.status == "consistent"
        assert change.reading == "the increase over 5 times the FY2021 level"

    @pytest.mark.parametrize(
        "text",
        [
            "The new deal totals 1.0551 trillion yen, on average 31.7 billion"
            " yen a year more than under the previous agreement.",
            "新協定の総額は1兆551億円で、現行協定より年平均317億円多い。",
            "새 협정 총액은 1조551억엔으로, 이전 협정보다 연평균 317억엔 "
            "많다.",
        ],
    )
    def test_a_yearly_change_is_no_average(self, text: str) -> None:
        """
        A yearly amount stated as more than another is a change, never
        checked as the agreement's yearly average.
        """
        claims = audit(text, published="2021-12-22").claims

        assert [c for c in claims if c.kind == "average"] == []

    def test_more_than_n_times_wrong(self) -> None:
        """
        An increase over N times the current level that the figures do not
        give is inconsistent.
        """
        text = (
            "The new five-year total of 1.0551 trillion yen is 66.6 billion"
            " yen more than five times the current level."
        )
        assert_inconsistent(text, "2021-12-22", "change")


class TestAgreementStarts:
    """
    The year an agreement starts and when it expires.
    """

    @pytest.mark.parametrize(("published", "text"), AGREEMENT_STARTS_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct agreement claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "agreement")

    @pytest.mark.parametrize(("published", "text"), AGREEMENT_STARTS_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong agreement claim is inconsistent.
        """
        assert_inconsistent(text, published, "agreement")


class TestCounts:
    """
    Troop counts against the sourced band of each host.
    """

    @pytest.mark.parametrize(("published", "text"), COUNTS_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct count claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "count")

    @pytest.mark.parametrize(("published", "text"), COUNTS_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong count claim is inconsistent.
        """
        assert_inconsistent(text, published, "count")

    @pytest.mark.parametrize(
        ("text", "host", "source"),
        [
            (
                "주한미군 2만8500명의 주둔 비용을 한국이 일부 부담한다.",
                "KR",
                "AP (2021-03-10): 28,500",
            ),
            (
                "約5万5000人の在日米軍の駐留経費を日本が負担している。",
                "JP",
                "Kyodo (2020-11-11): about 55,000",
            ),
            (
                "Japan hosts about 55,000 U.S. troops.",
                "JP",
                "Kyodo (2020-11-11): about 55,000",
            ),
        ],
    )
    def test_verdict_names_the_band_sources(
        self, text: str, host: str, source: str
    ) -> None:
        """
        A count's verdict names where each figure of the band comes from.
        """
        (claim,) = [
            c
            for c in audit(text, published="2021-03-10").claims
            if c.kind == "count"
        ]

        assert claim.verdict.status == "consistent"
        assert f"US personnel in {host}: {source}" in claim.verdict.sources
        assert "; source: US personnel in" in claim.verdict.explain()


STREAKS_RIGHT = [
    pytest.param(
        "2021-12-25",
        "Japan's host nation support rose for the fourth straight year to "
        "205.6 billion yen in fiscal 2022.",
        id="en-1",
    ),
    pytest.param(
        "2021-04-01",
        "2021年度の思いやり予算は2017億円で、3年連続の増加となった。",
        id="ja-1",
    ),
    pytest.param(
        "2022-03-10",
        "올해 한국의 방위비 분담금은 1조2472억원으로 2년 연속 증가했다.",
        id="ko-1",
    ),
]
STREAKS_WRONG = [
    pytest.param(
        "2021-03-10",
        "South Korea's share rose for the third straight year to 1.1833 "
        "trillion won in 2021.",
        id="en-1",
    ),
    pytest.param(
        "2020-03-10",
        "韓国の2020年の防衛費分担金は1兆389億ウォンで、2年連続の増加となった。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-10",
        "올해 한국의 방위비 분담금은 1조1833억원으로 3년 연속 증가했다.",
        id="ko-1",
    ),
]


class TestStreaks:
    """
    Rises in a row against the yearly changes of the bundled series.
    """

    @pytest.mark.parametrize(("published", "text"), STREAKS_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A streak whose every year is a known rise is consistent.
        """
        assert_consistent(text, published, "streak")

    @pytest.mark.parametrize(("published", "text"), STREAKS_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A streak with a known year that is no rise is inconsistent, and
        says which.
        """
        assert_inconsistent(text, published, "streak")
        claims = audit(text, published=published).claims
        (streak,) = [c for c in claims if c.kind == "streak"]
        assert "is no rise over" in streak.verdict.explain()

    @pytest.mark.parametrize(
        "text",
        [
            "Korea's defense budget rose for the fifth straight year, while"
            " its share for USFK came to 1.0389 trillion won in 2020.",
            "국방비는 5년 연속 증가했고 방위비 분담금은 2020년 1조389억원"
            "이었다.",
            "韓国の国防費は5年連続で増加し、2020年の防衛費分担金は1兆389億"
            "ウォンだった。",
        ],
    )
    def test_another_quantitys_streak_is_not_checked(self, text: str) -> None:
        """
        A streak the text gives another quantity (a defense budget) is not
        read as one of host-nation support beside it.
        """
        claims = audit(text, published="2020-03-10").claims

        assert [c for c in claims if c.kind == "streak"] == []
        assert _alarms(claims) == []

    def test_a_gap_leaves_it_open(self) -> None:
        """
        A streak over a year the sources do not give is undetermined,
        never an alarm.
        """
        claims = audit(
            "2020年度の思いやり予算は1993億円で、4年連続の増加となった。",
            published="2020-04-01",
        ).claims

        (streak,) = [c for c in claims if c.kind == "streak"]
        assert streak.verdict.status == "undetermined"
        assert "FY2016" in streak.verdict.explain()


PER_PERIOD_RIGHT = [
    pytest.param(
        "2021-03-31",
        "Japan pays about 550 million yen a day for host nation support in "
        "fiscal 2021.",
        id="en-1",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の思いやり予算は2017億円で、月額約168億円になる。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-10",
        "올해 방위비 분담금은 1조1833억원으로, 하루 약 32억원꼴이다.",
        id="ko-1",
    ),
]
PER_PERIOD_WRONG = [
    pytest.param(
        "2021-03-31",
        "Japan pays about 950 million yen a day for host nation support in "
        "fiscal 2021.",
        id="en-1",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の思いやり予算は2017億円で、月額約268億円になる。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-10",
        "올해 방위비 분담금은 1조1833억원으로, 하루 약 23억원꼴이다.",
        id="ko-1",
    ),
]


class TestPerPeriod:
    """
    A year's amount per day or per month against the bundled level.
    """

    @pytest.mark.parametrize(("published", "text"), PER_PERIOD_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        The level of the year over its days or its months is consistent.
        """
        assert_consistent(text, published, "per_period")

    @pytest.mark.parametrize(("published", "text"), PER_PERIOD_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong daily or monthly amount is inconsistent, citing the
        year's figure.
        """
        assert_inconsistent(text, published, "per_period")
        claims = audit(text, published=published).claims
        (claim,) = [c for c in claims if c.kind == "per_period"]
        assert claim.verdict.sources[0].startswith("FY2021 ")

    def test_another_quantity_is_not_split(self) -> None:
        """
        A defense budget per day is not checked against host-nation
        support.
        """
        claims = audit(
            "Japan's defense budget comes to about 14.8 billion yen a day in"
            " fiscal 2021.",
            published="2021-03-31",
        ).claims

        assert [c for c in claims if c.kind == "per_period"] == []


PER_CAPITA_OVER_BAND_RIGHT = [
    pytest.param(
        "2021-03-31",
        "Japan's host nation support of 201.7 billion yen comes to about 3.7"
        " million yen per service member.",
        id="en-1",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の思いやり予算2017億円は、米兵1人当たり約380万円になる。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-10",
        "올해 방위비 분담금 1조1833억원은 주한미군 1인당 약 4150만원이다.",
        id="ko-1",
    ),
]
PER_CAPITA_OVER_BAND_WRONG = [
    pytest.param(
        "2021-03-31",
        "Japan's host nation support of 201.7 billion yen comes to about 7"
        " million yen per service member.",
        id="en-1",
    ),
    pytest.param(
        "2021-03-31",
        "2021年度の思いやり予算2017億円は、米兵1人当たり約680万円になる。",
        id="ja-1",
    ),
    pytest.param(
        "2021-03-10",
        "올해 방위비 분담금 1조1833억원은 주한미군 1인당 약 6150만원이다.",
        id="ko-1",
    ),
]


class TestPerCapitaOverBand:
    """
    An amount per person with no count written: the total over every
    count of the host's sourced band of US personnel.
    """

    @pytest.mark.parametrize(("published", "text"), PER_CAPITA_OVER_BAND_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A per-person amount some count of the band gives is consistent,
        and "1人当たり" is no troop count.
        """
        assert_consistent(text, published, "per_capita")

    @pytest.mark.parametrize(("published", "text"), PER_CAPITA_OVER_BAND_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        One no count of the band gives is inconsistent and names the
        band's sources.
        """
        assert_inconsistent(text, published, "per_capita")
        claims = audit(text, published=published).claims
        (claim,) = [c for c in claims if c.kind == "per_capita"]
        assert claim.verdict.sources[0].startswith("US personnel in ")


class TestPerCapita:
    """
    Amounts per person over a total and a count of the text.
    """

    @pytest.mark.parametrize(("published", "text"), PER_CAPITA_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        A correct per_capita claim is consistent and raises no alarm.
        """
        assert_consistent(text, published, "per_capita")

    @pytest.mark.parametrize(("published", "text"), PER_CAPITA_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong per_capita claim is inconsistent.
        """
        assert_inconsistent(text, published, "per_capita")


class TestMalformed:
    """
    Figures malformed in print.
    """

    @pytest.mark.parametrize(("published", "text"), MALFORMED_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A wrong malformed claim is inconsistent.
        """
        assert_inconsistent(text, published, "malformed")


class TestOtherQuantities:
    """
    Defense budgets, all USFJ-related costs and relocation costs beside
    host-nation support.
    """

    @pytest.mark.parametrize(("published", "text"), OTHER_QUANTITIES)
    def test_no_false_alarm(self, published: str, text: str) -> None:
        """
        Another quantity is never checked against host-nation support.
        """
        claims = audit(text, published=published).claims

        assert _alarms(claims) == []


class TestDifferences:
    """
    A written difference ("787억원 늘어난", "increased by 2.4 billion yen").
    """

    @pytest.mark.parametrize(("published", "text", "difference"), DIFFERENCES)
    def test_never_a_level(
        self, published: str, text: str, difference: str
    ) -> None:
        """
        A difference is never checked as the level of a year.
        """
        claims = audit(text, published=published).claims
        levels = [
            c
            for c in claims
            if c.kind == "level" and difference in [f.text for f in c.figures]
        ]

        assert levels == []
        assert _alarms(claims) == []


EXAMPLES = [
    pytest.param(
        shape.example,
        shape.published,
        id=f"{language}-{shape.source.split()[-1]}-{shape.kind}",
    )
    for language in LANGUAGES
    for kind in sorted(wording(language).shapes)
    for shape in wording(language).of(kind)
]


@pytest.mark.parametrize(("example", "published"), EXAMPLES)
def test_shape_example(example: str, published: dt.date | None) -> None:
    """
    Every shape's example reads as a consistent claim with no alarm.
    """
    claims = audit(example, published=published).claims
    consistent = [c for c in claims if c.verdict.status == "consistent"]

    assert _alarms(claims) == []
    assert consistent, f"nothing consistent in {_summary(claims)}"


SPAN_SUMS_RIGHT = [
    pytest.param(
        "2019-04-01",
        "From 2015 to 2017, Seoul's cost-sharing payments for USFK came to"
        " 2.8268 trillion won in total.",
        id="en-1",
    ),
    pytest.param(
        "2019-04-01",
        "2016~2018년 3년간 한국이 낸 방위비 분담금은 모두 2조8550억원이다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-05-01",
        "19年度と20年度の2年間の思いやり予算は合計3967億円だった。",
        id="ja-1",
    ),
]
SPAN_SUMS_WRONG = [
    pytest.param(
        "2019-04-01",
        "From 2015 to 2017, Seoul's cost-sharing payments for USFK came to"
        " 2.9268 trillion won in total.",
        id="en-1",
    ),
    pytest.param(
        "2019-04-01",
        "2016~2018년 3년간 한국이 낸 방위비 분담금은 모두 2조9550억원이다.",
        id="ko-1",
    ),
    pytest.param(
        "2021-05-01",
        "19年度と20年度の2年間の思いやり予算は合計3867億円だった。",
        id="ja-1",
    ),
]


class TestSpanSums:
    """
    An amount of several years named as a span is the sum of their bundled
    levels (Korea 2015-2017: 9320 + 9441 + 9507 = 28268억원; 2016-2018:
    28550억원; Japan JFY2019-2020: 1974 + 1993 = 3967億円).
    """

    @pytest.mark.parametrize(("published", "text"), SPAN_SUMS_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        The sum of the bundled years is consistent, and no level of one
        year is checked against it.
        """
        assert_consistent(text, published, "sum")

    @pytest.mark.parametrize(("published", "text"), SPAN_SUMS_WRONG)
    def test_wrong(self, published: str, text: str) -> None:
        """
        A sum the years do not add up to is inconsistent.
        """
        assert_inconsistent(text, published, "sum")


EARLIER_AGREEMENTS = [
    pytest.param(
        "2022-01-07",
        "The new deal commits Tokyo to roughly 211 billion yen a year for"
        " host nation support, against about 189 billion yen a year under"
        " the previous pact.",
        "consistent",
        id="en-previous",
    ),
    pytest.param(
        "2022-01-07",
        "Host nation support averaged 189.3 billion yen a year under the"
        " accord covering fiscal 2016 to 2020.",
        "consistent",
        id="en-span",
    ),
    pytest.param(
        "2016-11-13",
        "Japan agreed in 2015 to spend about 189.9 billion yen annually on"
        " host nation support.",
        "inconsistent",
        id="en-current",
    ),
]


@pytest.mark.parametrize(("published", "text", "status"), EARLIER_AGREEMENTS)
def test_yearly_amount_of_an_agreement(
    published: str, text: str, status: str
) -> None:
    """
    A yearly amount is read against the agreements in force, the one
    before them when the text says so, and those whose years it names.
    """
    claims = [
        c
        for c in audit(text, published=published).claims
        if c.kind == "average"
    ]

    assert claims
    statuses = {c.verdict.status for c in claims}
    if status == "consistent":
        assert "inconsistent" not in statuses
    else:
        assert "inconsistent" in statuses


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param(
            "The Guam move is to cost 8.6 billion dollars, of which Japan"
            " pays 2.8 billion dollars, or about 33 percent.",
            "consistent",
            id="en-right",
        ),
        pytest.param(
            "The Guam move is to cost 8.6 billion dollars, of which Japan"
            " pays 2.8 billion dollars, or about 53 percent.",
            "inconsistent",
            id="en-wrong",
        ),
    ],
)
def test_share_after_or(text: str, status: str) -> None:
    """
    "P, or about N percent" of the one whole in reach is a share.
    """
    shares = [
        c
        for c in audit(text, published="2012-04-27").claims
        if c.kind == "share"
    ]

    assert [c.verdict.status for c in shares] == [status]


def test_change_after_or_is_no_share() -> None:
    """
    "up 78.7 billion won, or 8.2%" is a change, never a share.
    """
    claims = audit(
        "Korea pays 1.0389 trillion won this year for USFK, up 78.7 billion"
        " won, or 8.2%, from 960.2 billion won.",
        published="2019-03-08",
    ).claims

    assert "share" not in {c.kind for c in claims}
    assert {c.verdict.status for c in claims} == {"consistent"}


MILESTONES_RIGHT = [
    pytest.param(
        "Host-nation support for U.S. forces in Japan began in fiscal 1978,"
        " when Tokyo agreed to pay the wages of base workers.",
        id="en-began",
    ),
    pytest.param(
        "Japan first paid the wages of Japanese workers at U.S. bases in"
        " 1978, the start of its host-nation support.",
        id="en-first-paid",
    ),
    pytest.param(
        "Seoul has shared the costs of U.S. forces in Korea since 1991"
        " through its cost-sharing payments.",
        id="en-since",
    ),
    pytest.param(
        "Since 1991, South Korea has paid part of the upkeep of U.S. troops"
        " in host-nation support.",
        id="en-since-first",
    ),
    pytest.param("思いやり予算は1978年度に始まった。", id="ja-began"),
    pytest.param("思いやり予算は昭和53年度に導入された。", id="ja-era"),
    pytest.param(
        "日本は1978年度から在日米軍駐留経費の一部を負担してきた。",
        id="ja-since",
    ),
    pytest.param(
        "한국은 1991년부터 주한미군 주둔비의 일부를 분담해 왔다.",
        id="ko-since",
    ),
    pytest.param("한국의 방위비 분담은 1991년 처음 시작됐다.", id="ko-began"),
]

MILESTONES_WRONG = [
    pytest.param(
        "Host-nation support for U.S. forces in Japan began in fiscal 1987,"
        " when Tokyo agreed to pay the wages of base workers.",
        "JFY1978",
        id="en-began",
    ),
    pytest.param(
        "Seoul has shared the costs of U.S. forces in Korea since 1995"
        " through its cost-sharing payments.",
        "1991",
        id="en-since",
    ),
    pytest.param("思いやり予算は1979年度に始まった。", "JFY1978", id="ja"),
    pytest.param(
        "한국은 1989년부터 주한미군 주둔비의 일부를 분담해 왔다.",
        "1991",
        id="ko",
    ),
]


class TestMilestones:
    """
    The year a host began to pay, against the bundled milestones.
    """

    @pytest.mark.parametrize("text", MILESTONES_RIGHT)
    def test_right(self, text: str) -> None:
        """
        The year each host began to pay is consistent, and the verdict
        names the milestone's source.
        """
        assert_consistent(text, "2022-03-01", "milestone")
        (claim,) = [
            c
            for c in audit(text, published="2022-03-01").claims
            if c.kind == "milestone"
        ]
        assert claim.verdict.sources
        assert "; source: " in claim.verdict.explain()
        assert claim.verdict.to_dict()["sources"] == list(
            claim.verdict.sources
        )

    @pytest.mark.parametrize(("text", "began"), MILESTONES_WRONG)
    def test_wrong(self, text: str, began: str) -> None:
        """
        Another year is inconsistent, and the verdict says the year of the
        sources.
        """
        assert_inconsistent(text, "2022-03-01", "milestone")
        (claim,) = [
            c
            for c in audit(text, published="2022-03-01").claims
            if c.kind == "milestone"
        ]
        assert f"began in {began}, not in" in claim.verdict.explain()

    @pytest.mark.parametrize(
        "text",
        [
            # A deal's start, talks, a span of years: not the programme's.
            "The new five-year host-nation support deal started in fiscal"
            " 2022.",
            "Talks on Seoul's cost-sharing for U.S. troops began in 2019.",
            "2022年度から始まった5年間の思いやり予算は総額1兆551億円だ。",
            "새 방위비 분담 특별협정은 2021년부터 시작됐다.",
            # A level or a change since a year, not the first year.
            "Japan has paid ¥190 billion a year in host nation support since"
            " 2016.",
            "Seoul has paid more for its host-nation support since 2019.",
            "한국은 2021년부터 방위비 분담금을 13.9% 늘려 분담해 왔다.",
            "日本は2016年度から思いやり予算を増やして負担してきた。",
            # Another quantity.
            "Japan's defense budget began rising in 2013 and its"
            " host-nation support has grown since.",
        ],
    )
    def test_other_starts_are_not_read(self, text: str) -> None:
        """
        A deal's start, a level or change since a year, and another
        quantity's start make no milestone claim.
        """
        claims = audit(text, published="2022-03-01").claims

        assert [c for c in claims if c.kind == "milestone"] == []

    def test_the_sentences_host_wins(self) -> None:
        """
        In an article about Japan, a sentence about Korea is checked
        against Korea's milestone.
        """
        text = (
            "Japan pays 201.7 billion yen for U.S. forces in Japan this year."
            " South Korea has paid part of the upkeep of U.S. troops since"
            " 1991 in host-nation support."
        )
        claims = audit(text, published="2021-03-01").claims
        (claim,) = [c for c in claims if c.kind == "milestone"]

        assert claim.verdict.status == "consistent"
        assert "Korea's host-nation support began in 1991" in (
            claim.verdict.explain()
        )


RECORDS_WRONG = [
    pytest.param(
        "2020-06-10",
        "In 2020 Seoul's cost-sharing payment for U.S. troops was 1.0389"
        " trillion won, topping 1 trillion won for the first time.",
        "was already above 1 trillion won",
        id="en-earlier-above",
    ),
    pytest.param(
        "2018-03-29",
        "Japan's host nation support for fiscal 2018 is 196.8 billion yen,"
        " above 200 billion yen for the first time.",
        "is not above 200 billion yen",
        id="en-not-above",
    ),
    pytest.param(
        "2022-03-29",
        "2022年度の思いやり予算は2056億円で、初めて2000億円を超えた。",
        "FY2021 (201.7 billion yen) was already above",
        id="ja-earlier-above",
    ),
    pytest.param(
        "2018-03-29",
        "2018年度の思いやり予算は1968億円で、2000億円を超えるのは初めてだ。",
        "is not above 200 billion yen",
        id="ja-not-above",
    ),
    pytest.param(
        "2018-02-10",
        "2018년 방위비 분담금은 9602억원으로 사상 처음으로 1조원을 넘었다.",
        "is not above 1 trillion won",
        id="ko-not-above",
    ),
    pytest.param(
        "2020-06-10",
        "2020년 방위비 분담금은 1조389억원으로, 1조원을 넘어선 것은 이번이"
        " 처음이다.",
        "was already above",
        id="ko-earlier-above",
    ),
]

RECORDS_OPEN = [
    pytest.param(
        "2019-02-10",
        "Seoul will pay a record 1.0389 trillion won this year for the upkeep"
        " of U.S. troops.",
        "FY1991-FY2004",
        id="en",
    ),
    pytest.param(
        "2015-03-29",
        "2015年度の思いやり予算は1899億円で、過去最高となった。",
        "FY1978-FY2009, FY2011-FY2014",
        id="ja",
    ),
    pytest.param(
        "2019-02-10",
        "올해 방위비 분담금은 사상 처음으로 1조원을 넘어선 1조389억원이다.",
        "FY1991-FY2004",
        id="ko",
    ),
]


class TestRecords:
    """
    Records and firsts above a threshold, against every year from the one
    the host began to pay.
    """

    @pytest.mark.parametrize(("published", "text", "why"), RECORDS_WRONG)
    def test_wrong(self, published: str, text: str, why: str) -> None:
        """
        A first above a threshold the amount does not reach, or that a
        known earlier year passed, is inconsistent, and says which.
        """
        assert_inconsistent(text, published, "record")
        claims = audit(text, published=published).claims
        (record,) = [c for c in claims if c.kind == "record"]
        assert why in record.verdict.explain()

    @pytest.mark.parametrize(("published", "text", "gaps"), RECORDS_OPEN)
    def test_open_over_gaps(
        self, published: str, text: str, gaps: str
    ) -> None:
        """
        The bundled series do not reach back to the year each host began
        to pay: a record no known year refutes stays open and names the
        years the sources do not give; the amount's level is still
        checked.
        """
        claims = audit(text, published=published).claims
        (record,) = [c for c in claims if c.kind == "record"]

        assert record.verdict.status == "undetermined"
        assert record.verdict.reason.endswith(gaps)
        assert _alarms(claims) == []
        assert [c.verdict.status for c in claims if c.kind == "level"] == [
            "consistent"
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "Japan's defense budget for fiscal 2024 is a record 7.9496"
            " trillion yen, and its host nation support 212.4 billion yen.",
            "来年度の防衛費は過去最大の6兆8219億円で、思いやり予算は2112億円だ。",
            "내년 국방예산은 역대 최대인 50조1527억원이고 방위비 분담금은"
            " 1조3463억원이다.",
        ],
    )
    def test_another_quantitys_record_is_not_checked(self, text: str) -> None:
        """
        A record of a defense budget is not read as one of host-nation
        support beside it.
        """
        claims = audit(text, published="2023-12-22").claims

        assert [c for c in claims if c.kind == "record"] == []

    @pytest.mark.parametrize(
        ("threshold", "year", "status", "why"),
        [
            (None, 2021, "consistent", "is the highest since it began"),
            (None, 2020, "inconsistent", "was higher than FY2020"),
            ("200億", 2019, "consistent", "the first year above"),
            ("200億", 2022, "inconsistent", "was already above"),
            ("300億", 2022, "inconsistent", "is not above"),
        ],
    )
    def test_against_a_complete_series(
        self, threshold: str | None, year: int, status: str, why: str
    ) -> None:
        """
        Over a series that gives every year from the first, a record or a
        first is decided either way.
        """
        from hns import jpy
        from hns.audit.finders.streaks import _record
        from hns.fiscal import JAPAN, FiscalYear
        from hns.series import Series, Source

        amounts = {2018: "150億", 2019: "210億", 2020: "180億", 2021: "220億"}
        amounts[2022] = "260億"
        series = Series.from_amounts(
            {FiscalYear(y, JAPAN): jpy(a) for y, a in amounts.items()},
            Source("V", "a test series"),
        )
        fy = FiscalYear(year, JAPAN)
        verdict = _record(
            series,
            FiscalYear(2018, JAPAN),
            fy,
            series[fy].amount,
            None if threshold is None else jpy(threshold).amount,
        )

        assert verdict.status == status
        assert why in verdict.explain()


SPANS_RIGHT = [
    pytest.param(
        "2021-03-10",
        "The 11th SMA, which covers 2020 to 2025, raised Seoul's payment for"
        " U.S. troops.",
        id="en-ordinal",
    ),
    pytest.param(
        "2019-03-10",
        "Under the agreement covering fiscal 2016 to 2020, Japan paid for"
        " U.S. forces' utilities.",
        id="en-covering",
    ),
    pytest.param(
        "2021-12-21",
        "Japan's payments under the 2016-2021 agreement, extended by a year,"
        " went on.",
        id="en-extended",
    ),
    pytest.param(
        "2014-03-10",
        "第9次特別協定(2014～2018年)で韓国の負担は増えた。",
        id="ja-ordinal",
    ),
    pytest.param(
        "2019-03-10",
        "2016年度から2020年度までの特別協定で日本側の負担が決まった。",
        id="ja-span",
    ),
    pytest.param(
        "2026-03-10",
        "제12차 방위비분담특별협정(2026~2030년)에 따라 분담금이 정해졌다.",
        id="ko-ordinal",
    ),
]

SPANS_WRONG = [
    pytest.param(
        "2021-03-10",
        "The 11th SMA, which covers 2020 to 2024, raised Seoul's payment for"
        " U.S. troops.",
        "covers 2020-2025, not 2020-2024",
        id="en-ordinal",
    ),
    pytest.param(
        "2019-03-10",
        "The deal covering 2014 to 2019 set Seoul's payment for U.S. troops.",
        "covers 2014-2018, not 2014-2019",
        id="en-first-year",
    ),
    pytest.param(
        "2014-03-10",
        "第9次特別協定(2014～2019年)で韓国の負担は増えた。",
        "covers 2014-2018, not 2014-2019",
        id="ja-ordinal",
    ),
    pytest.param(
        "2019-03-10",
        "제10차 방위비분담특별협정(2019~2020년)에 따라 분담금이 늘었다.",
        "covers 2019 only, not 2019-2020",
        id="ko-ordinal",
    ),
]


class TestAgreementSpans:
    """
    The years an agreement covers, against the registry.
    """

    @pytest.mark.parametrize(("published", "text"), SPANS_RIGHT)
    def test_right(self, published: str, text: str) -> None:
        """
        The span of the agreement of that number, or of the one starting
        in that year (its extension included), is consistent and cites
        the agreement's sources.
        """
        assert_consistent(text, published, "milestone")
        claims = audit(text, published=published).claims
        (claim,) = [c for c in claims if c.kind == "milestone"]
        assert claim.verdict.sources

    @pytest.mark.parametrize(("published", "text", "why"), SPANS_WRONG)
    def test_wrong(self, published: str, text: str, why: str) -> None:
        """
        Another last year is inconsistent, and the verdict says the span.
        """
        assert_inconsistent(text, published, "milestone")
        claims = audit(text, published=published).claims
        (claim,) = [c for c in claims if c.kind == "milestone"]
        assert why in claim.verdict.explain()

    @pytest.mark.parametrize(
        "text",
        [
            # No registered agreement starts in 2001: left alone.
            "The agreement covering fiscal 2001 to 2005 set Japan's payments.",
            "2001年度から2005年度までの特別協定で日本側の負担が決まった。",
            # A span without an agreement word.
            "Japan paid for U.S. forces from 2014 to 2019.",
        ],
    )
    def test_unknown_spans_are_left_alone(self, text: str) -> None:
        """
        A span no registered agreement starts, or one that names no
        agreement, makes no claim.
        """
        claims = audit(text, published="2019-03-10").claims

        assert [c for c in claims if c.kind == "milestone"] == []


_LEAD = {
    "en": "Japan's host nation support will total 1.0551 trillion yen over"
    " five years from fiscal 2022, {} more than the previous agreement.",
    "ja": "思いやり予算は2022年度から5年間で総額1兆551億円となり、現行協定より"
    "{}増える。",
    "ko": "일본의 방위비 분담금은 2022년부터 5년간 총 1조551억엔으로, 이전"
    " 협정보다 {} 많다.",
}
_AMOUNTS = {
    "en": {"1086": "108.6 billion yen", "750": "75 billion yen",
           "466": "46.6 billion yen", "900": "90 billion yen"},
    "ja": {"1086": "1086億円", "750": "750億円", "466": "466億円",
           "900": "900億円"},
    "ko": {"1086": "1086억엔", "750": "750억엔", "466": "466억엔",
           "900": "900억엔"},
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
@pytest.mark.parametrize(
    ("increase", "baseline"),
    [
        ("1086", "the agreed total of US-Japan Special Measures Agreement"),
        ("750", "what was actually spent under US-Japan Special Measures"),
        ("466", "5 times the FY2021 level"),
    ],
)
def test_the_three_baselines_of_the_2022_agreement(
    language: str, increase: str, baseline: str
) -> None:
    """
    The JFY2022-2026 total's increase over the previous agreement is
    printed against three baselines: the agreed 9465億円 (+1086), the
    9801億円 actually spent (+750) and 5 × FY2021's 2017億円 (+466). Each is
    recognised, and the claim names the baseline that fits.
    """
    text = _LEAD[language].format(_AMOUNTS[language][increase])
    claims = audit(text, published="2021-12-21").claims
    (change,) = [c for c in claims if c.kind == "change"]

    assert change.verdict.status == "consistent"
    assert change.reading.startswith(f"the increase over {baseline}")
    assert _alarms(claims) == []


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_an_increase_no_baseline_gives(language: str) -> None:
    """
    An increase that fits none of the three baselines is inconsistent.
    """
    text = _LEAD[language].format(_AMOUNTS[language]["900"])
    claims = audit(text, published="2021-12-21").claims
    (change,) = [c for c in claims if c.kind == "change"]

    assert change.verdict.status == "inconsistent"


@pytest.mark.parametrize(
    "text",
    [
        "올해 1조1833억원을 부담하며 한 명에 약 1만원씩 기부했다.",
        "日本は2017億円を負担し、1人に約1万円を配った。",
        "The charity gave $20 to each of the 300 children it met.",
        "日本の防衛費5兆3422億円は、在日米軍約5万5000人の1人につき約34万ドル"
        "に当たる。",
    ],
)
def test_a_sum_per_person_of_something_else_is_no_claim(text: str) -> None:
    """
    Written without a count of troops before it ("한 명에", "1人に"), or
    naming others than troops, an amount per person is no claim about
    the cost of the forces.
    """
    report = audit(text, published=dt.date(2021, 5, 3))
    assert [c for c in report.claims if c.kind == "per_capita"] == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Seoul will pay 1.5192 trillion won in 2026, 116.4 billion won"
            " more than in 2025, a rise of 8.3 percent, under the 12th deal.",
            "consistent",
        ),
        (
            "Seoul will pay 1.5192 trillion won in 2026, 116.4 billion won"
            " more than in 2025, a rise of 7.7 percent, under the 12th deal.",
            "inconsistent",
        ),
    ],
)
def test_a_percent_restating_a_change_shares_its_year(
    text: str, status: str
) -> None:
    """
    "X more than in 2025, a rise of N percent": the percent restates the
    change in money, so it is measured from the same year (which stands
    before it, where a base of its own would not in English).
    """
    report = audit(text, published=dt.date(2024, 10, 4))
    (claim,) = [
        c
        for c in report.claims
        if c.kind == "change" and c.figures[-1].kind == "percent"
    ]
    assert claim.verdict.status == status
    assert "FY2025" in claim.reading


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        (
            "Japan will pay 205.6 billion yen in fiscal 2022, 3.9 billion yen"
            " more than in fiscal 2021, up 1.9 percent.",
            ["consistent", "consistent"],
        ),
        (
            "Japan will pay 205.6 billion yen in fiscal 2022, 3.9 billion yen"
            " more than in fiscal 2021, up 2.9 percent.",
            ["inconsistent", "consistent"],
        ),
        (
            "Japan will pay 205.6 billion yen in fiscal 2022, 4.9 billion yen"
            " more than in fiscal 2021.",
            ["inconsistent"],
        ),
        (
            "Japan will pay 205.6 billion yen in fiscal 2022, 3.9 billion yen"
            " more than during fiscal 2021.",
            ["consistent"],
        ),
    ],
)
def test_a_base_year_written_in_fiscal_year(
    text: str, statuses: list[str]
) -> None:
    """
    "more than in fiscal 2021": the year after "than in" is the base, as
    "than in 2021" and "than fiscal 2021" are.
    """
    report = audit(text, published=dt.date(2021, 12, 22))
    changes = [c for c in report.claims if c.kind == "change"]
    assert [c.verdict.status for c in changes] == statuses
    assert all("FY2021" in c.reading for c in changes)


def test_a_change_after_a_part_is_no_share() -> None:
    """
    "28億ドル、5%増": a percent of change after an amount is no share of a
    whole named before it.
    """
    for text in (
        "総費用86億ドルのうち日本は28億ドル、5%増となる。",
        "総費用86億ドルのうち日本は28億ドル、前年度比5%増となる。",
    ):
        report = audit(text, published=dt.date(2012, 4, 27))
        assert [c for c in report.claims if c.kind == "share"] == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The five-year total of 1.0551 trillion yen works out to an"
            " average of 211 billion yen a year.",
            "consistent",
        ),
        (
            "The five-year total of 1.0551 trillion yen works out to an"
            " average of 231 billion yen a year.",
            "inconsistent",
        ),
        (
            "A 5-year package of about 1.05 trillion yen means some 210"
            " billion yen a year.",
            "consistent",
        ),
    ],
)
def test_an_average_of_a_total_named_by_its_years(
    text: str, status: str
) -> None:
    """
    "the five-year total of X": the years stand before the total, not in
    "over five years" after it.
    """
    report = audit(text, published=dt.date(2021, 12, 22))
    (claim,) = [c for c in report.claims if c.kind == "average"]
    assert claim.verdict.status == status


@pytest.mark.parametrize(
    ("published", "text", "status"),
    [
        (
            "2021-03-10",
            "Under the deal, South Korea's contribution rises 13.9 percent to"
            " 1.1833 trillion won this year.",
            "consistent",
        ),
        (
            "2021-03-10",
            "Under the deal, South Korea's contribution rises 15.9 percent to"
            " 1.1833 trillion won this year.",
            "inconsistent",
        ),
        (
            "2021-03-10",
            "Seoul agreed to raise its share by 15.9 percent this year to"
            " 1.1833 trillion won.",
            "inconsistent",
        ),
        (
            "2022-12-23",
            "Japan's host nation support rose 2.7 percent to 211.2 billion yen"
            " in fiscal 2023.",
            "consistent",
        ),
        (
            "2022-12-23",
            "Japan's host nation support rose 4.7 percent to 211.2 billion yen"
            " in fiscal 2023.",
            "inconsistent",
        ),
        # A span of years, or what one side asks for: the base may be
        # another year's, so a wrong-looking rate is not an alarm.
        (
            "2021-03-10",
            "South Korea's contribution has risen 25 percent over three years"
            " to 1.1833 trillion won this year.",
            "undetermined",
        ),
        (
            "2019-11-20",
            "Washington demanded that Seoul raise its share by 400 percent to"
            " about 6 trillion won.",
            "undetermined",
        ),
    ],
)
def test_an_english_change_from_the_year_before(
    published: str, text: str, status: str
) -> None:
    """
    "rises 13.9 percent to X this year": no base is written, and the one
    reading is the bundled level of the year before, which pins the claim
    down unless the sentence names a span, a comparison or a demand.
    """
    report = audit(text, published=dt.date.fromisoformat(published))
    (claim,) = [c for c in report.claims if c.kind == "change"]
    assert claim.verdict.status == status


@pytest.mark.parametrize(
    ("published", "text", "status"),
    [
        (
            "2021-03-31",
            "Japan will pay 201.7 billion yen, or about $1.83 billion, in"
            " fiscal 2021.",
            "consistent",
        ),
        (
            "2021-03-31",
            "Japan will pay 201.7 billion yen, or about $18.3 billion, in"
            " fiscal 2021.",
            "inconsistent",
        ),
        (
            "2021-03-31",
            "Japan will pay 201.7 billion yen, equivalent to $2.83 billion, in"
            " fiscal 2021.",
            "inconsistent",
        ),
        (
            "2021-03-31",
            "Japan will pay 201.7 billion yen -- about $1.83 billion -- in"
            " fiscal 2021.",
            "consistent",
        ),
        (
            "2021-03-10",
            "Seoul pays 1.1833 trillion won, which is about $1.55 billion.",
            "inconsistent",
        ),
        (
            "2021-03-10",
            "한국은 올해 약 10억5000만 달러, 한화 1조1833억원을 부담한다.",
            "consistent",
        ),
        (
            "2021-03-10",
            "한국은 올해 1조1833억원, 미화 약 15억5000만 달러를 부담한다.",
            "inconsistent",
        ),
        (
            "2021-03-31",
            "日本は2021年度に約18億3000万ドル、日本円で2017億円を負担する。",
            "consistent",
        ),
        (
            "2021-03-31",
            "日本は2021年度に2017億円、ドル換算で約28億3000万ドルを負担する。",
            "inconsistent",
        ),
    ],
)
def test_a_conversion_in_apposition(
    published: str, text: str, status: str
) -> None:
    """
    A conversion set off by a comma or dashes ("X, or about $Y", "약 $Y,
    한화 X", "約$Y、日本円でX") is checked as one in brackets is.
    """
    report = audit(text, published=dt.date.fromisoformat(published))
    (claim,) = [c for c in report.claims if c.kind == "conversion"]
    assert claim.verdict.status == status


@pytest.mark.parametrize(
    "text",
    [
        "Seoul pays 1.1833 trillion won, about $130 million more than last"
        " year.",
        "Japan pays 201.7 billion yen, or 1.2 percent more than last year.",
        "Japan pays 201.7 billion yen, or some 2,126 billion.",
        "한국은 올해 1조1833억원, 미화 약 1억 달러 더 많은 금액을 부담한다.",
        "日本は2017億円、ドルで約1億ドル多い額を負担する。",
    ],
)
def test_a_level_next_to_a_change_is_no_alarm(text: str) -> None:
    """
    A level followed by a change in percent or in another currency ("X
    yen, or 1.2 percent more") is not itself read as a change, nor the
    change as a conversion of it.
    """
    report = audit(text, published=dt.date(2021, 3, 31))
    assert report.inconsistent == ()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The current five-year deal on Japan's host nation support"
            " expires in March 2021.",
            "consistent",
        ),
        (
            "The current five-year deal on Japan's host nation support"
            " expires in March 2023.",
            "inconsistent",
        ),
    ],
)
def test_an_expiry_with_its_year(text: str, status: str) -> None:
    """
    "expires in March 2023": the year written after the month is checked
    too, not only the month.
    """
    report = audit(text, published=dt.date(2021, 2, 10))
    (claim,) = [c for c in report.claims if c.kind == "agreement"]
    assert claim.verdict.status == status

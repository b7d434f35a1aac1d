"""
Read amounts as the seed articles wrote them, and write them back for
English, Japanese and Korean readers.
"""

from hns import jpy, parse_figure, parse_money

# The machine translation wrote 2017億円 as "2017 billion yen": ten times
# too much. The two readings differ by exactly 10.
garbled = parse_money("2017 billion yen")
source = parse_money("2017億円")
print(f"{garbled} / {source} = {garbled / source:f}")

for text in ("1.2%", "about 2.5 trillion won", "more than four times"):
    figure = parse_figure(text)
    print(f"{text!r}: {figure.kind}, stands for {figure.interval}")

budget = jpy("201.7bn")
for locale in ("en_US", "ja_JP", "ko_KR"):
    print(locale, budget.format(locale, "words"))

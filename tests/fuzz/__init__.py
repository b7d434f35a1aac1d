"""
The fuzz harness: every public entry point of hns fed generated valid,
invalid and wrongly typed inputs, with oracles (only `hns.errors.HnsError`
escapes, known values read back exactly, round trips, verdict and report
invariants, linear time).

Bounded to a few seconds by default; set ``HNS_FUZZ_EXAMPLES`` (e.g. 5000)
for a deeper run.
"""

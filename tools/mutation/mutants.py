#!/usr/bin/env python3
"""Stryker.NET reports: re-testing only the mutants a Stryker run left alive, and combining the two runs.

  mutants.py spans  REPORT AREA_PREFIX [CHECKOUT] -> prints -m patterns (one per file, with {start..end} character spans),
                                                     placed in CHECKOUT's current files (lines found by their text)
  mutants.py score  REPORT [AREA_PREFIX]           -> prints the score of one report
  mutants.py combine BEFORE AFTER... [--prefix=P] -> the before run with every re-tested mutant's status replaced by the later runs'

Combining is sound when only tests were added between the runs and the mutated lines are unchanged (lines may have moved):
a mutant killed before stays killed, so only the undetected ones need running again.
"""
import json, sys, collections

DETECTED = ('Killed', 'Timeout')
UNDETECTED = ('Survived', 'NoCoverage')

def load(path):
    return json.load(open(path))

def key(f, m, lines):
    # Keyed by the text of the mutated lines, not their numbers, so that a run on a file with lines inserted above still matches.
    # Two lines of context either side tell apart mutants of identical lines ("{", "return;").
    s, e = m['location']['start'], m['location']['end']
    before = tuple(lines[max(0, s['line'] - 3):s['line'] - 1])
    after = tuple(lines[e['line']:e['line'] + 2])
    return (f.split('src/')[-1], lines[s['line'] - 1], s['column'], lines[e['line'] - 1], e['column'], m['mutatorName'], m.get('replacement'), before, after)

def offsets(source):
    starts = [0]
    for line in source.split('\n'):
        starts.append(starts[-1] + len(line) + 1)
    return starts

def moved(old_lines, new_lines, line):
    """The line number in the new text of an old line: the nearest line with the same text."""
    text = old_lines[line - 1]
    same = [i + 1 for i, l in enumerate(new_lines) if l == text]
    if not same:
        raise SystemExit(f'line {line} ({text.strip()!r}) is gone from the current file')
    return min(same, key=lambda i: abs(i - line))

def spans(report, prefix, root=None):
    out = []
    for f, d in sorted(report['files'].items()):
        rel = f.split('src/')[-1]
        if not rel.startswith(prefix):
            continue
        old = d['source'].split('\n')
        current = open(root + '/src/' + rel).read() if root else d['source']
        new = current.split('\n')
        st = offsets(current)
        parts = []
        for m in d['mutants']:
            if m['status'] in UNDETECTED:
                s, e = m['location']['start'], m['location']['end']
                sl = moved(old, new, s['line'])
                el = sl + (e['line'] - s['line'])
                a = st[sl - 1] + s['column'] - 1
                b = st[el - 1] + e['column'] - 1
                parts.append((a, b))
        if parts:
            parts.sort()
            merged = []
            for a, b in parts:
                if merged and a <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                else:
                    merged.append((a, b))
            out.append('**/src/' + rel + ''.join('{%d..%d}' % p for p in merged))
    return out

def tally(statuses):
    c = collections.Counter(statuses)
    det = sum(c[s] for s in DETECTED)
    und = sum(c[s] for s in UNDETECTED)
    return c, det, und, (100.0 * det / (det + und) if det + und else 0.0)

def statuses(report, prefix=''):
    res = {}
    for f, d in report['files'].items():
        if not f.split('src/')[-1].startswith(prefix):
            continue
        lines = d['source'].split('\n')
        for m in d['mutants']:
            k = key(f, m, lines)
            while k in res:
                k = k + ('again',)
            res[k] = m['status']
    return res

if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'spans':
        for p in spans(load(sys.argv[2]), sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None):
            print(p)
    elif cmd == 'score':
        c, det, und, score = tally(statuses(load(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else '').values())
        print(f'{score:.2f} % ({det} detected, {und} undetected: {dict(c)})')
    elif cmd == 'combine':
        prefix = next((a[len('--prefix='):] for a in sys.argv[2:] if a.startswith('--prefix=')), '')
        paths = [a for a in sys.argv[2:] if not a.startswith('--prefix=')]
        before = statuses(load(paths[0]), prefix)
        combined = dict(before)
        for path in paths[1:]:
            after = statuses(load(path), prefix)
            retested = changed = 0
            for k, s in after.items():
                if k in combined and combined[k] in UNDETECTED and s not in ('Ignored', 'CompileError', 'Pending'):
                    retested += 1
                    changed += s in DETECTED
                    combined[k] = s
            print(f'{path}: re-tested {retested} undetected, {changed} now detected')
        print(f'before: {tally(before.values())[3]:.2f} %')
        c, det, und, score = tally(combined.values())
        print(f'combined: {score:.2f} % ({det} detected, {und} undetected)')
        for k, s in sorted(combined.items()):
            if s in UNDETECTED:
                print('  left:', s, k[0], k[5], repr(k[6]), '|', k[1].strip()[:100])

import { QUESTIONS } from '../src/data/questions';
import { profileOfIndices } from '../src/engine/profile';
import { seededRandom, simulatedAnswerSet } from '../src/engine/simulation';
const r = seededRandom(5); const a = new Uint8Array(QUESTIONS.length); const m = new Uint8Array(QUESTIONS.length);
const pairs = new Map<string, number>(); const N = 5000; let tot = 0;
for (let i = 0; i < N; i++) { simulatedAnswerSet(r, a); const t = profileOfIndices(a).typeId;
  QUESTIONS.forEach((q, qi) => { if (q.id === 'experience') return; const o = a[qi]!; const last = q.options.length - 1; for (const n of [o - 1, o + 1]) { if (n < 0 || n > last) continue; m.set(a); m[qi] = n; const t2 = profileOfIndices(m).typeId; if (t2 !== t) { const k = [t, t2].sort().join('~'); pairs.set(k, (pairs.get(k) ?? 0) + 1); tot++; } } }); }
console.log([...pairs.entries()].sort((x, y) => y[1] - x[1]).slice(0, 12).map(([k, v]) => `${k}:${(v / tot * 100).toFixed(1)}`).join('\n'));

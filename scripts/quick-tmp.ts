import { analysePopulation, readerTimings } from '../src/engine/model-analysis';
import { simulatedAnswerSet, uniformAnswerSet } from '../src/engine/simulation';
const n = Number(process.argv[2] ?? 20000);
const u = analysePopulation(n, 1, uniformAnswerSet);
const s = analysePopulation(n, 2, simulatedAnswerSet, readerTimings);
const f = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k.slice(0,8)}:${(v * 100).toFixed(1)}`).join(' ');
console.log('U', f(u.types)); console.log('S', f(s.types));
console.log('flip', u.oneStepFlipRate, s.oneStepFlipRate, 'margin', u.medianMargin.toFixed(2), s.medianMargin.toFixed(2), 'close', u.closeRunnerUpRate, s.closeRunnerUpRate);
console.log('flags U', f(u.flags), 'S', f(s.flags));

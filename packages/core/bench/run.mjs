// `pnpm bench` for @milepael/core: figures, never pass/fail. Runs on the built package (dist/).
import { writeFileSync } from "node:fs";
import { parseDanishDate } from "../dist/index.js";
import { dateCorpus } from "./corpus.mjs";

const runs = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(work, repeat) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    for (let i = 0; i < repeat; i += 1) work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

// Warm up the JIT so the first sample is not an outlier.
for (let i = 0; i < 200; i += 1) for (const text of dateCorpus) parseDanishDate(text, { year: 2017 });

const repeat = 500;
const milliseconds = measure(() => {
  for (const text of dateCorpus) parseDanishDate(text, { year: 2017 });
}, repeat);
const parses = dateCorpus.length * repeat;
const results = [
  {
    benchmark: "parseDanishDate",
    corpus: `${dateCorpus.length} real expressions`,
    figure: Math.round(parses / (milliseconds / 1000)),
    unit: "parses/s",
  },
];

console.log(`\n@milepael/core benchmarks (median of ${runs} runs, Node ${process.version})\n`);
console.table(
  results.map(({ benchmark, corpus, figure, unit }) => ({
    benchmark,
    corpus,
    figure: figure.toLocaleString("en"),
    unit,
  })),
);
writeFileSync(
  new URL("./results.json", import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);

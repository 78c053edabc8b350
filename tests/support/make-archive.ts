/** Writes a small content root into a fresh temporary folder, for tests of the real indexer. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** `files` maps a path inside the root (`talks/a.md`) to its text or bytes. Returns the root folder. */
export async function makeArchive(files: Record<string, string | Uint8Array>, name = 'test-series'): Promise<string> {
  const root = join(await mkdtemp(join(tmpdir(), 'talkscope-')), name);
  await mkdir(root, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/** A tiny but realistic archive: two talks by one speaker, a news post naming him, a profile. */
export const SMALL_ARCHIVE: Record<string, string> = {
  'talks/2024-03-05-causal.md': `---
title: "Causal Inference for Time Series"
speaker: Ana Lopez
affiliation: University of Lisbon
date: 2024-03-05
location: Room 101
---

**Abstract**
We study causal inference in multivariate time series with latent confounders.

**Bio**
Ana Lopez is a professor of statistics.
`,
  'talks/2023-10-10-graphs.md': `---
title: "Graph Neural Networks Under Shift"
speaker: Ana Lopez
date: 2023-10-10
---
Graph neural networks fail under distribution shift; we show why, with causal inference tools.
`,
  'news/2024-01-02-award.md': `---
title: Ana Lopez wins the statistics award
author: Ben Okafor
date: 2024-01-02
---
Congratulations to Ana Lopez for the award on causal inference.
`,
  'profiles/ben-okafor.md': `---
name: Ben Okafor
position: PhD student
---
Ben works on graph neural networks.
`,
};

/**
 * The fixture root the browser tests build beside the seed archive: talks with a
 * speaker who also has news and a profile, an upcoming talk, a time zone.
 */
export const E2E_ARCHIVE: Record<string, string> = {
  'talks/2024-03-05-causal.md': `---
title: "Causal Inference for Time Series"
speaker: Ana Lopez
affiliation: University of Lisbon
homepage: https://ana-lopez.example.org/
date: 2024-03-05
time: "15:00 - 16:00 CET"
location: Room 101
tags: [causality, time series]
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
tags: [graphs]
---
Graph neural networks fail under distribution shift; we show why, with causal inference tools.
`,
  'talks/2099-05-01-future.md': `---
title: "Quantum Sensing for Ecology"
speaker: Zofia Kowalczyk
date: 2099-05-01
time: "12:00 - 13:00 ET"
---
A talk still to come about sensors in forests.

1. Sensors on trees
2. Sensors in soil
`,
  'news/2024-01-02-award.md': `---
title: Ana Lopez wins the statistics award
author: Ben Okafor
date: 2024-01-02
---
Congratulations to Ana Lopez for the award on causal inference.
`,
  'profiles/ben-okafor.md': `---
title: Ben Okafor
name: Ben Okafor
position: PhD student
---
Ben works on graph neural networks.
`,
};

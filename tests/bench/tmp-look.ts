import { launchExtension } from '../e2e/support/launch-extension.ts';
const b = await launchExtension('/tmp/look-host/chrome-mv3');
const p = await b.open('popup.html');
await p.setViewportSize({ width: 420, height: 600 });
for (const [q, f] of [['soumya bhattacharya', 'popup-soumya'], ['sritharan', 'popup-sritharan'], ['machine learnin', 'popup-ml'], ['keith bruns', 'popup-bruns']] as const) {
  await p.fill('#q', q);
  await p.waitForTimeout(700);
  await p.screenshot({ path: `/tmp/shots/${f}.png` });
  const opts = await p.locator('[role=option]').allInnerTexts();
  console.log(q, '→', opts.slice(0, 6).map((t) => t.replace(/\s+/g, ' ').slice(0, 90)));
}
const a = await b.context.newPage();
await a.setViewportSize({ width: 1100, height: 900 });
await a.goto(`chrome-extension://${b.id}/archive.html#/person/soumya%20bhattacharya`);
await a.waitForTimeout(1500);
await a.screenshot({ path: '/tmp/shots/person-soumya.png' });
console.log((await a.locator('main').innerText()).slice(0, 800));
await a.goto(`chrome-extension://${b.id}/archive.html#/record/iisc-math%2Ftalks%2F2012__2012-07-30-professor-s-s-sritharan.md`);
await a.waitForTimeout(1200);
await a.screenshot({ path: '/tmp/shots/record-sritharan.png' });
console.log((await a.locator('main').innerText()).slice(0, 600));
console.log('requests outside the extension:', b.requests.filter((u) => !u.startsWith('chrome-extension://')));
await b.close();

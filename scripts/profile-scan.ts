/**
 * Where the content script's scan spends its time on the generated bench page: a CPU
 * profile of one load, self time per function (extension frames and the DOM/V8 built-ins
 * they call). A maintainer's tool for optimising; `npm run bench` gives the verdicts.
 * Run with `npx tsx scripts/profile-scan.ts`.
 */
import { benchPagePath, generateNewsPage } from './bench-page.ts';
import { extensionDir, launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const html = generateNewsPage();
const server = await startStaticServer(undefined, 0, new Map([[benchPagePath, () => html]]));
const context = await launchChromium({
  extension: process.argv[2] ?? extensionDir,
  viewport: { width: 1280, height: 900 },
});
try {
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.origin + benchPagePath, { waitUntil: 'load' });
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const size = await page.evaluate("CSS.highlights.get('glosa-mention')?.size ?? -1");
    if (size !== last) {
      last = size as number;
      stableSince = Date.now();
    } else if (size !== -1 && Date.now() - stableSince > 1500) break;
    await page.waitForTimeout(100);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inExtension = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)?.callFrame.url.startsWith('chrome-extension://')) return true;
    }
    return false;
  };
  const self = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const id = profile.samples[i] as number;
    if (!inExtension(id)) continue;
    const frame = byId.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i + 1] as number) / 1000;
    total += ms;
    const key = `${frame?.functionName || '(anonymous)'} ${frame?.url.split('/').pop()}:${frame?.lineNumber}:${frame?.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  }
  console.log(`extension total ${total.toFixed(1)} ms, mentions ${last}`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
  }
} finally {
  await context.close();
  await server.close();
}

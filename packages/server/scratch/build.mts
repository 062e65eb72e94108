import { buildAssets } from '../src/build/assets.ts';
const t = performance.now();
console.log(await buildAssets(), performance.now() - t);

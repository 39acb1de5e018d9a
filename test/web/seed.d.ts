// scripts/build-web.mjs defines this (esbuild `define`) as the text of seeds/000_cd49f1154b42ae10.txt,
// for runs without a workspace folder. Any other build leaves it undefined.
declare const NEWS_LENS_SEED_TEXT: string;

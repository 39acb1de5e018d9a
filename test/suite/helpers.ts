/** Shared helpers for the extension-host tests. */
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';

export const EXTENSION_ID = 'news-lens.news-lens';
export const SEED_000 = '000_cd49f1154b42ae10.txt';
export const SEED_003 = '003_c3b271fb3ee1fc48.txt';

export async function api(): Promise<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** A seed article: from the workspace (a fresh copy per run) or, without one, the repo's seeds/. */
export function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, name) : vscode.Uri.file(path.resolve(__dirname, '../../../seeds', name));
}

export async function openSeed(name = SEED_000): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(seedUri(name));
  return vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
}

/** Polls until the condition holds; tests wait for conditions, never for fixed times. */
export async function waitFor<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, ms = 20000, detail?: () => string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${detail ? ` (${detail()})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsLens').update(key, value, vscode.ConfigurationTarget.Global);
}

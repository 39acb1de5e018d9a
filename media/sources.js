// The Sources view's clicks, passed to the extension (src/editor/sourcesView.ts). No network.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-toggle],[data-open],[data-compare],button[data-command]') : null;
    if (!target) return;
    if (target.dataset.toggle) {
      const list = document.getElementById(target.dataset.toggle);
      if (!list) return;
      list.hidden = !list.hidden;
      target.setAttribute('aria-expanded', String(!list.hidden));
    } else if (target.dataset.open) {
      event.preventDefault();
      const [article, start, end] = target.dataset.open.split(':').map(Number);
      vscode.postMessage({ type: 'open', article, start, end });
    } else if (target.dataset.compare) {
      const [article, quote] = target.dataset.compare.split(':').map(Number);
      vscode.postMessage({ type: 'compare', article, quote });
    } else {
      vscode.postMessage({ type: target.dataset.command });
    }
  });
  document.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset.command === 'scope') {
      vscode.postMessage({ type: 'scope', workspace: target.checked });
    }
  });
})();

// In an embedded chart page: tell the parent page how tall we are, so it can
// size the iframe. Message: { type: 'thi-dua-so:height', height: <px> }.
function post(): void {
  if (window.parent === window) return;
  window.parent.postMessage({ type: 'thi-dua-so:height', height: Math.ceil(document.documentElement.scrollHeight) }, '*');
}

addEventListener('load', post);
new ResizeObserver(post).observe(document.body);

// Before printing, open every collapsed table so a briefing prints in full;
// afterwards, close again the ones that were closed.
const opened: HTMLDetailsElement[] = [];

addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
    details.open = true;
    opened.push(details);
  }
});

addEventListener('afterprint', () => {
  for (const details of opened.splice(0)) details.open = false;
});

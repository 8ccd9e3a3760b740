// Colours the submitted source (templates/source.peb) and the diff between two submissions
// (templates/diff.peb) with highlight.js, loaded before this file from its webjar. The pages are
// one table row a line, so that each line keeps its number and anchor. A file is highlighted at
// once (a comment or text block may span lines) and the result cut back into lines, closing the
// spans open at each line's end and opening them again on the next. A diff's lines come from two
// versions, with unchanged runs folded away, so no text runs through them: each is highlighted
// alone. highlight.js escapes the text it is given (the cells' textContent), so the markup it
// returns holds no markup of the student's.
(function () {
  'use strict';
  if (typeof hljs === 'undefined') {
    return;
  }
  const java = text => hljs.highlight(text, {language: 'java', ignoreIllegals: true}).value;
  for (const cell of document.querySelectorAll('table.diff td.code')) {
    cell.innerHTML = java(cell.textContent);
    cell.classList.add('hljs-line');
  }
  const table = document.getElementById('source');
  if (!table) {
    return;
  }
  const cells = Array.from(table.querySelectorAll('td.code'));
  const html = java(cells.map(cell => cell.textContent).join('\n'));
  const lines = [];
  const open = [];
  let line = '';
  for (const token of html.split(/(<span[^>]*>|<\/span>|\n)/)) {
    if (token === '\n') {
      lines.push(line + '</span>'.repeat(open.length));
      line = open.join('');
    } else if (token.startsWith('<span')) {
      open.push(token);
      line += token;
    } else if (token === '</span>') {
      open.pop();
      line += token;
    } else {
      line += token;
    }
  }
  lines.push(line);
  if (lines.length !== cells.length) {
    return; // not cut as the page is: leave the plain text
  }
  cells.forEach((cell, index) => {
    cell.innerHTML = lines[index];
    cell.classList.add('hljs-line');
  });
}());

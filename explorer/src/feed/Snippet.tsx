/**
 * A search snippet. The gateway wraps matches in `<mark>`/`</mark>` but does not HTML-escape the text,
 * so it is never parsed as HTML: it is cut at those markers and every piece rendered as text.
 */
export function Snippet({ text }: { text: string }) {
  return (
    <p className="snippet">
      {highlightRanges(text).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  );
}

function highlightRanges(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf('<mark>');
    const close = open < 0 ? -1 : rest.indexOf('</mark>', open + 6);
    if (open < 0 || close < 0) {
      parts.push({ text: rest, marked: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), marked: false });
    parts.push({ text: rest.slice(open + 6, close), marked: true });
    rest = rest.slice(close + 7);
  }
  return parts;
}

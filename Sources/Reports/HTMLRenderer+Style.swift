extension HTMLRenderer {
  /// The page's style sheet: inline, no web fonts, no external resources.
  ///
  /// Filtering divergences by kind works without script: each kind has a checkbox, and `:has()`
  /// hides the divergences (and their highlights) whose box is unchecked. Browsers without
  /// `:has()` show everything.
  static let styleSheet = """
    :root { --k-number: #ffd54f; --k-date: #80deea; --k-entity: #e1bee7; --k-attribution: #a5d6a7;
      --k-quote: #90caf9; --k-qualifier: #ffab91; --line: #d0d4da; --muted: #5f6670; --fact: #e8f0fe; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP",
      "Hiragino Sans", sans-serif; color: #1d2127; background: #fff; }
    header, main, footer { max-width: 1600px; margin: 0 auto; padding: 0 24px; }
    header { padding-top: 16px; border-bottom: 1px solid var(--line); }
    h1 { font-size: 1.6em; margin: 0.2em 0; }
    h2 { font-size: 1.25em; margin: 1.6em 0 0.6em; padding-bottom: 0.2em; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1em; margin: 0 0 0.5em; }
    a { color: #1a56b0; text-decoration: none; }
    a:hover { text-decoration: underline; }
    .summary { margin: 0.3em 0 0.8em; }
    .muted, .score { color: var(--muted); font-weight: normal; }
    .filters { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; margin-bottom: 12px; }
    .filters label { padding: 1px 8px; border-radius: 10px; cursor: pointer; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
    th { background: #f4f6f8; }
    .nowrap { white-space: nowrap; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .divergence { border: 1px solid var(--line); border-left: 6px solid var(--kind, #999); border-radius: 6px;
      padding: 10px 14px; margin: 0 0 12px; }
    .kind-number { --kind: var(--k-number); } .kind-date { --kind: var(--k-date); }
    .kind-entity { --kind: var(--k-entity); } .kind-attribution { --kind: var(--k-attribution); }
    .kind-quote { --kind: var(--k-quote); } .kind-qualifier { --kind: var(--k-qualifier); }
    .tag { display: inline-block; padding: 0 8px; border-radius: 10px; background: var(--kind, #eee);
      font-size: 0.85em; font-weight: 600; }
    .readings { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); gap: 12px; }
    .reading { background: #fafbfc; border: 1px solid #e6e8eb; border-radius: 4px; padding: 8px 10px; }
    .reading p { margin: 0.3em 0 0; }
    .value { font-weight: 600; }
    .note { margin: 0.5em 0 0; color: var(--muted); }
    mark { background: var(--kind, #ff0); color: inherit; border-radius: 2px; padding: 0 1px; }
    .matrix { width: auto; min-width: 40%; }
    .matrix td, .matrix th { text-align: center; min-width: 7em; }
    .matrix th:first-child, .matrix td:first-child { text-align: left; }
    .matrix td.yes { background: #dff3e3; }
    .matrix td.no { color: #b0b5bb; }
    .aligned td { width: auto; }
    .aligned td.absent { background: #f7f7f7; color: #b0b5bb; text-align: center; }
    .ref { font-size: 0.8em; color: var(--muted); white-space: nowrap; margin-right: 4px; }
    .columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); gap: 16px; }
    .column h3 { margin-bottom: 0.2em; }
    .column ol { margin: 0; padding-left: 2.4em; }
    .column li { margin: 0 0 0.4em; padding: 2px 4px; border-radius: 3px; }
    .column li.in-fact { background: var(--fact); }
    .column li.unmatched { border-left: 3px dashed #c77700; }
    .badge { display: inline-block; font-size: 0.75em; padding: 0 5px; margin-left: 4px; border-radius: 8px;
      background: #c9d7f5; color: #123; }
    li:target, tr:target, .divergence:target { outline: 3px solid #f5a623; }
    .legend { font-size: 0.9em; color: var(--muted); }
    footer { margin-top: 2em; padding-bottom: 2em; color: var(--muted); font-size: 0.85em; }
    body:has(#show-number:not(:checked)) .kind-number,
    body:has(#show-date:not(:checked)) .kind-date,
    body:has(#show-entity:not(:checked)) .kind-entity,
    body:has(#show-attribution:not(:checked)) .kind-attribution,
    body:has(#show-quote:not(:checked)) .kind-quote,
    body:has(#show-qualifier:not(:checked)) .kind-qualifier { display: none; }
    body:has(#show-number:not(:checked)) mark.kind-number,
    body:has(#show-date:not(:checked)) mark.kind-date,
    body:has(#show-entity:not(:checked)) mark.kind-entity,
    body:has(#show-attribution:not(:checked)) mark.kind-attribution,
    body:has(#show-quote:not(:checked)) mark.kind-quote,
    body:has(#show-qualifier:not(:checked)) mark.kind-qualifier { display: inline; background: none; }
    @media (max-width: 800px) { .readings, .columns { grid-auto-flow: row; } }
    @media print { .filters { display: none; } .divergence { break-inside: avoid; } }
    """
}

extension HTMLReport {
  /// The report's only stylesheet, inline: readable on a phone (one column, at most 48em wide),
  /// direction-neutral (`start`/`end`, logical margins), and printable in black and white: the
  /// synthetic banner and the bars carry their meaning by border and shape, not by background.
  static let stylesheet = """
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; overflow-wrap: anywhere;
      font-family: system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic",
        "Noto Sans CJK SC", sans-serif;
    }
    main { max-width: 48em; margin: 0 auto; padding: 1em; }
    h1 { font-size: 1.6em; margin: 0 0 0.5em; }
    h2 { font-size: 1.25em; margin: 2em 0 0.5em; border-bottom: 1px solid #888; }
    h3 { font-size: 1.1em; margin: 0 0 0.25em; }
    header p { margin: 0.25em 0; }
    bdi { unicode-bidi: isolate; }
    .synthetic {
      margin: 0.75em 0; padding: 0.75em 1em; font-size: 1.1em;
      border: 3px solid #8a3b00; border-inline-start-width: 12px;
      background: #fff4e5; color: #5c2700;
    }
    svg.chart { display: block; width: 100%; margin: 0.5em 0; overflow: hidden; }
    svg.chart text { font-size: 14px; fill: #1a1a1a; font-family: inherit; }
    svg.chart .bar { fill: #1f5f99; }
    table { width: 100%; border-collapse: collapse; margin: 0.5em 0; }
    th, td {
      padding: 0.25em 0.5em; border-bottom: 1px solid #ccc;
      text-align: start; vertical-align: top; font-weight: normal;
    }
    thead th { font-weight: bold; border-bottom: 2px solid #333; }
    .count { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
    tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #333; border-bottom: none; }
    .note { font-size: 0.9em; color: #444; margin: 0.25em 0 0; }
    .group { border: 1px solid #bbb; border-radius: 4px; padding: 0.5em 1em; margin: 0.75em 0; }
    .group dl {
      display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; margin: 0;
    }
    .group dt { font-weight: bold; }
    .group dd { margin: 0; }
    @media (max-width: 30em) {
      main { padding: 0.5em; }
      .group dl { grid-template-columns: 1fr; }
      .group dd { margin-inline-start: 1em; }
    }
    @media print {
      body { color: #000; background: none; font-size: 11pt; }
      main { max-width: none; padding: 0; }
      .synthetic { background: none; color: #000; border: 3px double #000; }
      svg.chart .bar { fill: #444; }
      .note { color: #000; }
      section, article, table, tr, svg.chart { break-inside: avoid; page-break-inside: avoid; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      thead { display: table-header-group; }
      tfoot { display: table-row-group; }
    }
    """
}

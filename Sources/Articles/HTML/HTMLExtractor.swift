import TextCore

/// Finds the article in an HTML page: its main text and its metadata.
///
/// In the manner of readability and trafilatura: furniture is pruned by tag, ARIA role and
/// class/id words (navigation, asides, footers, comments, share bars, related lists, cookie
/// banners); the remaining text is cut into blocks (paragraphs, headings, list items, quotes);
/// blocks vote for the containers above them by length and punctuation, damped by link
/// density and boosted by `<article>`, `<main>`, `itemprop=articleBody` and class words; the
/// best container, its strong siblings and its same-class twins (a story cut into chunks by
/// adverts) are the story, whose blocks are then filtered once more (link lists, widgets,
/// captions, bare labels beside `<p>` prose, repeated lines, a repeated headline, dangling
/// headings).
struct HTMLExtractor: Sendable {
  let cues: ArticleCues
  let dates: DateReader

  init(cues: ArticleCues) {
    self.cues = cues
    self.dates = DateReader(cues: cues)
  }

  /// The article in `document`; ranges are UTF-8 offsets into its markup plus `offset`.
  func extract(_ document: HTMLDocument, offset: Int, language: Language?) -> ExtractedArticle {
    let metadata = HTMLMetadata(document: document, dates: dates, language: language)
    let removed = removedNodes(document)
    var blocks = collectBlocks(document, removed: removed)
    for index in blocks.indices {
      let range = blocks[index].utf8Range
      blocks[index].utf8Range = (range.lowerBound + offset)..<(range.upperBound + offset)
    }
    let roots = mainContainers(document, blocks: blocks, removed: removed)
    var article = ExtractedArticle()
    article.title = metadata.title
    article.byline = metadata.byline
    article.outlet = metadata.outlet
    article.published = metadata.published
    article.url = metadata.url
    article.declaredLanguage = metadata.language
    let selected = blocks.filter { block in
      roots.contains { document.isDescendant(block.owner, of: $0) }
    }
    article.paragraphs = filter(selected, in: document, article: &article, language: language)
    if article.title == nil,
      let heading = blocks.first(where: { document.nodes[$0.owner].name == "h1" })
    {
      article.title = heading.text
    }
    if let first = article.paragraphs.first {
      article.dateline = cues.dateline(in: first.text, standalone: false)
    }
    return article
  }

  // MARK: Pruning

  /// Marks every node inside page furniture.
  func removedNodes(_ document: HTMLDocument) -> [Bool] {
    let nodes = document.nodes
    var textLength = [Int](repeating: 0, count: nodes.count)
    // Text outside links: what a story wrapper holds most of, and a sidebar little of.
    var proseLength = [Int](repeating: 0, count: nodes.count)
    var holdsStory = [Bool](repeating: false, count: nodes.count)
    var holdsHeadline = [Bool](repeating: false, count: nodes.count)
    var inLink = [Bool](repeating: false, count: nodes.count)
    for index in nodes.indices where nodes[index].parent >= 0 {
      inLink[index] = inLink[nodes[index].parent] || nodes[index].name == "a"
    }
    // Children come after their parents in the list, so one backward pass sums subtrees.
    for index in nodes.indices.reversed() {
      let node = nodes[index]
      if node.isText, node.parent >= 0, nodes[node.parent].name != "script",
        nodes[node.parent].name != "style"
      {
        textLength[index] = TextFeatures.weightedLength(node.text)
        if !inLink[index] { proseLength[index] = textLength[index] }
      }
      if node.name == "article" || node.name == "main"
        || node.attribute("itemprop")?.lowercased() == "articlebody"
      {
        holdsStory[index] = true
      }
      if node.name == "h1" { holdsHeadline[index] = true }
      if node.parent >= 0 {
        if node.name != "script" && node.name != "style" {
          textLength[node.parent] += textLength[index]
          proseLength[node.parent] += proseLength[index]
        }
        if holdsStory[index] { holdsStory[node.parent] = true }
        if holdsHeadline[index] { holdsHeadline[node.parent] = true }
      }
    }
    let pageLength = max(textLength[0], 1)
    let pageProse = max(proseLength[0], 1)
    var removed = [Bool](repeating: false, count: nodes.count)
    for index in nodes.indices {
      let node = nodes[index]
      if node.parent >= 0 && removed[node.parent] {
        removed[index] = true
        continue
      }
      if node.isText || node.name == "#root" || node.name == "html" || node.name == "body" {
        continue
      }
      var furniture = HTMLCues.droppedTags.contains(node.name)
      if node.name == "form" { furniture = textLength[index] < 1_000 && !holdsStory[index] }
      if let role = node.attribute("role")?.lowercased(), HTMLCues.droppedRoles.contains(role) {
        furniture = true
      }
      if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" {
        furniture = true
      }
      if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
        style.containsText("display:none") || style.containsText("visibility:hidden")
      {
        furniture = true
      }
      if !furniture && HTMLCues.classWeight(node) < 0 && node.name != "article"
        && node.name != "main"
      {
        // A wrapper around most of the page (`<div id="page" class="with-sidebar">`) stays, and
        // so does one around most of its prose (a blog engine's `<div class="widget Blog">`
        // holding the post). A comment section stays only as a page wrapper with the headline
        // in it (`<div class="page comments-open">`): a long thread is still not the story.
        let holdsMost =
          HTMLCues.isCommentSection(node)
          ? textLength[index] * 2 >= pageLength && holdsHeadline[index]
          : textLength[index] * 2 >= pageLength || proseLength[index] * 2 >= pageProse
        furniture = !holdsStory[index] && !holdsMost
      }
      if furniture && node.name == "header" && holdsStory[index] { furniture = false }
      removed[index] = furniture
    }
    return removed
  }

  // MARK: Blocks

  /// Cuts the text that survives pruning into blocks, in document order.
  func collectBlocks(_ document: HTMLDocument, removed: [Bool]) -> [HTMLBlock] {
    var collector = BlockCollector(document: document, removed: removed)
    collector.walk(0, owner: 0, inLink: false, inQuote: false, inList: false)
    collector.flush()
    return collector.blocks
  }

  // MARK: Scoring

  /// The containers that hold the story: the best-scoring one and its strong siblings.
  func mainContainers(_ document: HTMLDocument, blocks: [HTMLBlock], removed: [Bool]) -> [Int] {
    let nodes = document.nodes
    var textLength = [Int](repeating: 0, count: nodes.count)
    var linkLength = [Int](repeating: 0, count: nodes.count)
    for block in blocks {
      var current = block.owner
      while current >= 0 {
        textLength[current] += block.weightedLength
        linkLength[current] += block.linkLength
        current = nodes[current].parent
      }
    }
    var scores = [Int: Double]()
    func initialScore(_ index: Int) -> Double {
      let node = nodes[index]
      var score: Double
      switch node.name {
      case "div": score = 5
      case "article": score = 10
      case "main": score = 5
      case "pre", "td", "blockquote": score = 3
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
      case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
      default: score = 0
      }
      switch HTMLCues.classWeight(node) {
      case 2: score += 50
      case 1: score += 25
      case -1: score -= 25
      default: break
      }
      return score
    }
    let paragraphTags: Set<String> = [
      "p", "li", "td", "pre", "blockquote", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    ]
    for block in blocks
    where block.kind != .heading && block.weightedLength >= 25 && block.linkDensity < 0.5 {
      let contribution =
        1 + Double(TextFeatures.commas(block.text)) + min(Double(block.weightedLength / 100), 3)
      var current =
        paragraphTags.contains(nodes[block.owner].name) ? nodes[block.owner].parent : block.owner
      var level = 0
      while current > 0 && level < 3 {
        if scores[current] == nil { scores[current] = initialScore(current) }
        let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
        scores[current, default: 0] += contribution / divider
        current = nodes[current].parent
        level += 1
      }
    }
    var best: (index: Int, score: Double)?
    for (index, score) in scores {
      let density =
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
      let final = score * (1 - density)
      scores[index] = final
      if best == nil || final > (best?.score ?? 0)
        || (final == best?.score && index < (best?.index ?? 0))
      {
        best = (index, final)
      }
    }
    guard let best else { return [0] }
    var top = best.index
    // A lone paragraph container inside a clear story wrapper: take the wrapper.
    var parent = nodes[top].parent
    while parent > 0 {
      let node = nodes[parent]
      if node.name == "article" || node.attribute("itemprop")?.lowercased() == "articlebody" {
        if textLength[parent] < textLength[top] * 2 { top = parent }
        break
      }
      parent = node.parent
    }
    guard let container = nodes[top].parent as Int?, container >= 0 else { return [top] }
    let threshold = max(10, (scores[top] ?? 0) * 0.2)
    var roots = [Int]()
    for sibling in nodes[container].children where !nodes[sibling].isText && !removed[sibling] {
      if sibling == top {
        roots.append(sibling)
        continue
      }
      let density =
        textLength[sibling] == 0 ? 1 : Double(linkLength[sibling]) / Double(textLength[sibling])
      if let score = scores[sibling], score >= threshold, density < 0.33 {
        roots.append(sibling)
      } else if nodes[sibling].name == "p" {
        let length = textLength[sibling]
        let text = document.text(of: sibling)
        if (length > 80 && density < 0.25)
          || (length > 0 && density == 0 && TextFeatures.endsSentence(text))
        {
          roots.append(sibling)
        }
      }
    }
    // A story cut into chunks by adverts or inline embeds: elements of the same tag and class
    // as the best container, at the same depth below a near common ancestor, with prose of
    // their own (`<div class="body-chunk">` four times over, one per screen of text).
    if let signature = nodes[top].attribute("class"), !signature.isEmpty {
      var ancestors = [Int: Int]()
      var current = top
      var depth = 0
      while current >= 0 && depth <= 6 {
        ancestors[current] = depth
        current = nodes[current].parent
        depth += 1
      }
      for index in nodes.indices
      where index != top && textLength[index] >= 80 && scores[index] != nil && !removed[index]
        && nodes[index].name == nodes[top].name && nodes[index].attribute("class") == signature
      {
        let density = Double(linkLength[index]) / Double(textLength[index])
        guard density < 0.33, !roots.contains(where: { document.isDescendant(index, of: $0) })
        else { continue }
        var current = nodes[index].parent
        var steps = 1
        while current >= 0 && ancestors[current] == nil && steps <= 6 {
          current = nodes[current].parent
          steps += 1
        }
        if current >= 0, ancestors[current] == steps { roots.append(index) }
      }
      roots.sort()
    }
    return roots
  }

  // MARK: Filtering

  /// Drops what is not the story from the chosen blocks and moves metadata lines out.
  func filter(
    _ blocks: [HTMLBlock],
    in document: HTMLDocument,
    article: inout ExtractedArticle,
    language: Language?
  ) -> [Paragraph] {
    let titleKey = article.title.map(ArticleCues.key)
    // When most of the story's text sits in `<p>` elements, text held bare by other elements
    // (a `<div>` or `<span>` inside the story's container) that does not read as a sentence is
    // a label: a video playlist's titles, a gallery's captions and slide numbers, a
    // "Story highlights" box, a dateline block.
    var bodyLength = 0
    var paragraphLength = 0
    for block in blocks where block.kind != .heading {
      bodyLength += block.weightedLength
      if document.nodes[block.owner].name == "p" { paragraphLength += block.weightedLength }
    }
    let marksParagraphs = paragraphLength * 3 >= bodyLength * 2
    var seen = Set<String>()
    var kept = [HTMLBlock]()
    var keptBody = 0
    for block in blocks {
      let density = block.linkDensity
      if density > 0.5 || (block.weightedLength < 80 && density > 0.3) { continue }
      let key = ArticleCues.key(block.text)
      if block.weightedLength == 0 || cues.furniture(key: key) != nil { continue }
      let owner = document.nodes[block.owner].name
      if block.kind == .paragraph && owner != "td" && owner != "th"
        && !block.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
      {
        continue
      }
      if marksParagraphs && block.kind == .paragraph && owner != "p" && owner != "td"
        && owner != "th" && block.weightedLength < 200 && !TextFeatures.endsSentence(block.text)
      {
        continue
      }
      // A short line said twice is template (a gallery repeats its title on every slide).
      if block.weightedLength < 200 && !seen.insert(key).inserted { continue }
      if block.kind == .heading, let titleKey,
        key == titleKey || titleKey.hasPrefix(key) && key.count > 20
      {
        continue
      }
      if keptBody < 2 && !TextFeatures.endsSentence(block.text) {
        if let name = cues.byline(in: block.text) {
          if article.byline == nil { article.byline = name }
          continue
        }
        if TextFeatures.weightedLength(block.text) <= 60, TextFeatures.wordCount(block.text) <= 8,
          let date = dates.firstDate(in: block.text, language: language)
        {
          if article.published == nil { article.published = date }
          continue
        }
      }
      kept.append(block)
      if block.kind != .heading { keptBody += 1 }
    }
    // Headings with no text after them (a "Related" heading whose list was dropped).
    var result = [HTMLBlock]()
    for (index, block) in kept.enumerated() {
      if block.kind == .heading {
        let next = kept[(index + 1)...].first
        if next == nil || next?.kind == .heading { continue }
      }
      result.append(block)
    }
    // Short non-sentences at the edges: bylines, labels and stray widget text.
    func isStray(_ block: HTMLBlock) -> Bool {
      block.kind == .paragraph && block.weightedLength < 50
        && !TextFeatures.endsSentence(block.text)
    }
    while let last = result.last, isStray(last) { result.removeLast() }
    while let first = result.first, isStray(first) { result.removeFirst() }
    return result.map { Paragraph(text: $0.text, kind: $0.kind, utf8Range: $0.utf8Range) }
  }
}

/// Walks the pruned tree and cuts its text into blocks at block-level elements.
private struct BlockCollector {
  let document: HTMLDocument
  let removed: [Bool]
  var blocks = [HTMLBlock]()
  private var pieces = [String]()
  private var start: Int?
  private var end = 0
  private var linkLength = 0
  private var owner = 0
  private var kind = Paragraph.Kind.paragraph
  private var pendingBreak = false

  init(document: HTMLDocument, removed: [Bool]) {
    self.document = document
    self.removed = removed
  }

  mutating func walk(_ index: Int, owner: Int, inLink: Bool, inQuote: Bool, inList: Bool) {
    let node = document.nodes[index]
    if removed[index] { return }
    if node.isText {
      append(node, owner: owner, inLink: inLink, inQuote: inQuote, inList: inList)
      return
    }
    if node.name == "br" {
      if pendingBreak { flush() } else { pieces.append(" ") }
      pendingBreak = true
      return
    }
    let isBlock = HTMLCues.blockTags.contains(node.name)
    if isBlock { flush() }
    let childOwner = isBlock ? index : owner
    let quote = inQuote || node.name == "blockquote"
    let list = inList || node.name == "li"
    let link = inLink || node.name == "a"
    for child in node.children {
      walk(child, owner: childOwner, inLink: link, inQuote: quote, inList: list)
    }
    if isBlock { flush() }
  }

  private mutating func append(
    _ node: HTMLDocument.Node,
    owner: Int,
    inLink: Bool,
    inQuote: Bool,
    inList: Bool
  ) {
    let text = node.text
    guard text.unicodeScalars.contains(where: { !$0.isSpace }) else {
      if !pieces.isEmpty { pieces.append(" ") }
      return
    }
    pendingBreak = false
    let verbatim = node.utf8Range.count == text.utf8.count
    let leading =
      verbatim
      ? text.unicodeScalars.prefix { $0.isSpace }.reduce(0) { $0 + UTF8.width($1) }
      : 0
    let trailing =
      verbatim
      ? text.unicodeScalars.reversed().prefix { $0.isSpace }.reduce(0) {
        $0 + UTF8.width($1)
      } : 0
    if start == nil {
      start = node.utf8Range.lowerBound + leading
      self.owner = owner
      let name = document.nodes[owner].name
      if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(name) {
        kind = .heading
      } else if inList {
        kind = .listItem
      } else if inQuote {
        kind = .quote
      } else {
        kind = .paragraph
      }
    }
    end = max(end, node.utf8Range.upperBound - trailing)
    pieces.append(text)
    if inLink { linkLength += TextFeatures.weightedLength(TextFeatures.collapsingWhitespace(text)) }
  }

  mutating func flush() {
    defer {
      pieces.removeAll(keepingCapacity: true)
      start = nil
      end = 0
      linkLength = 0
      pendingBreak = false
    }
    guard let start else { return }
    let text = TextFeatures.collapsingWhitespace(pieces.joined())
    guard !text.isEmpty else { return }
    let length = TextFeatures.weightedLength(text)
    blocks.append(
      HTMLBlock(
        text: text,
        owner: owner,
        kind: kind,
        utf8Range: start..<max(start, end),
        weightedLength: length,
        linkLength: min(linkLength, length)
      )
    )
  }
}
